import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allCommands, aptAction, placeInRun, programSpan } from './helpers';

const SIMULATE = new Set(['-s', '--simulate', '--dry-run', '--just-print', '--no-act', '--recon']);

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'apt-no-install-recommends',
    title: 'apt-get install without --no-install-recommends',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'Recommended packages are installed by default: more size, more programs and more CVEs in the image for nothing the service uses.',
    fix: 'Add --no-install-recommends to apt-get install.',
    refs: { hadolint: ['DL3015'], kics: ['7384dfb2-fcd1-4fbf-91cd-6c44c318c33c'], semgrep: ['dockerfile.best-practice.missing-no-install-recommends'] },
    messages: {
      installsRecommends: '{{program}} install also pulls in recommended packages; add --no-install-recommends to keep the image small.',
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { run, command } of allCommands(model)) {
      if ((command.program !== 'apt-get' && command.program !== 'apt') || aptAction(command) !== 'install') continue;
      // A simulated install (`apt-get install -s pkg`, a probe for whether a package exists) installs nothing.
      if (command.args.some((a) => SIMULATE.has(a))) continue;
      const disabled = command.args.some((a) => a === '--no-install-recommends' || /install-recommends=(false|0|no)/i.test(a));
      if (!disabled) hits.push({ ...placeInRun(run, command, programSpan(command, 'install')), messageId: 'installsRecommends', data: { program: command.program } });
    }
    return hits;
  },
};
