import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { numericId } from '../users';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'user-not-numeric',
    title: 'USER is a name, not a numeric id',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'run-as-non-root',
    why: 'Kubernetes runAsNonRoot cannot verify a user name and refuses to start the container ("image has non-numeric user"); only a numeric uid can be checked without reading /etc/passwd.',
    fix: 'Write the uid (and gid) the name stands for, e.g. USER 10001:10001 instead of USER app.',
    refs: { hadolint: ['DL3066'] },
    messages: {
      knownId: 'USER {{user}} is a name, which Kubernetes runAsNonRoot cannot verify. Use USER {{id}}.',
      unknownId: 'USER {{user}} is a name, which Kubernetes runAsNonRoot cannot verify. Use the numeric uid, e.g. USER 10001:10001 (create the user with useradd -u 10001).',
    },
    examples: {
      bad: 'FROM node:24-slim\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
      good: 'FROM node:24-slim\nWORKDIR /app\nCOPY server.js .\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
    },
  },
  check(model) {
    const stage = model.final;
    const user = stage?.userInstructions[stage.userInstructions.length - 1];
    if (!stage || !user || user.isRoot || user.user === '' || user.user.includes('$')) return [];
    if (numericId(user.user) !== null) return [];
    if (user.uid === null) return [{ ...user.span, messageId: 'unknownId', data: { user: user.raw } }];
    return [{ ...user.span, messageId: 'knownId', data: { user: user.raw, id: user.gid !== null ? `${user.uid}:${user.gid}` : String(user.uid) } }];
  },
};
