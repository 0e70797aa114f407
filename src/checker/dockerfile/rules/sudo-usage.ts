import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allCommands, placeInRun, reportLine, wordsSpan } from './helpers';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'sudo-usage',
    title: 'sudo in a Dockerfile',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'run-as-non-root',
    why: 'sudo has unpredictable TTY and signal behaviour in containers, and an image that ships sudo gives any process that reaches the user a path back to root.',
    fix: 'Run the privileged steps before USER (as root), then switch to the unprivileged user; do not install sudo.',
    refs: { hadolint: ['DL3004'], trivy: ['DS-0010'], checkov: ['CKV2_DOCKER_1'], kics: ['8ada6e80-0ade-439e-b176-0b28f6bce35a'], semgrep: ['dockerfile.security.no-sudo-in-dockerfile'] },
    messages: {
      viaSudo: '"sudo {{program}}" runs a step through sudo; run it before USER as root instead, and keep sudo out of the image.',
    },
    examples: {
      bad: 'FROM debian:13-slim\nUSER app\nRUN sudo apt-get update\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001:10001\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const { run, command } of allCommands(model)) {
      const line = reportLine(run, command);
      if (!command.sudo || seen.has(line)) continue;
      seen.add(line);
      const sudo = command.words.findIndex((w) => w === 'sudo' || w.endsWith('/sudo'));
      hits.push({ ...placeInRun(run, command, wordsSpan(command, sudo, sudo)), messageId: 'viaSudo', data: { program: command.program } });
    }
    return hits;
  },
};
