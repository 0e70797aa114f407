import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allRuns, commandsOf, placeInRun, programSpan } from './helpers';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'apk-add-without-no-cache',
    title: 'apk add without --no-cache',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'Without --no-cache, apk keeps its package index in /var/cache/apk, adding size to the layer that a later RUN cannot remove.',
    fix: 'Use apk add --no-cache <packages> (it also makes a separate apk update unnecessary).',
    refs: { hadolint: ['DL3019'] },
    messages: {
      keepsIndex: 'apk add keeps its package index in the layer; write apk add --no-cache instead.',
    },
    examples: { bad: 'FROM alpine:3.24\nRUN apk add curl\n', good: 'FROM alpine:3.24\nRUN apk add --no-cache curl\n' },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { run } of allRuns(model)) {
      if (run.mounts.some((m) => m.type === 'cache' && (m.target ?? '').startsWith('/var/cache/apk'))) continue;
      const commands = commandsOf(run);
      // One pass finds the last cleanup, so a RUN with n `apk add` costs O(n), not O(n²).
      let lastCleanup = -1;
      commands.forEach((d, i) => {
        if (d.program === 'rm' && d.args.some((a) => a.startsWith('/var/cache/apk'))) lastCleanup = i;
      });
      for (let i = 0; i < commands.length; i++) {
        const c = commands[i];
        if (!c || c.program !== 'apk' || (c.args.find((a) => !a.startsWith('-')) ?? '') !== 'add') continue;
        // --no-network reads no index, so it writes none to the cache either.
        if (c.args.includes('--no-cache') || c.args.includes('--no-network')) continue;
        if (lastCleanup < i) hits.push({ ...placeInRun(run, c, programSpan(c, 'add')), messageId: 'keepsIndex' });
      }
    }
    return hits;
  },
};
