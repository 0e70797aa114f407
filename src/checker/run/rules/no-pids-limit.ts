import type { Hit } from '../../core/types';
import { inSyntax, runtimeRule } from '../runtime-rule';

/** 0 and any negative number mean "unlimited" to the daemon (moby normalises PidsLimit <= 0 to no limit). */
const UNLIMITED = /^(0+|-\d+)$/;

export const rule = runtimeRule({
  id: 'no-pids-limit',
  title: 'Container has no process limit',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'read-only-and-limits',
  why: 'Without a PIDs limit one fork bomb in a container fills the host\'s process table: every other container and the host itself then fail to start a process.',
  fix: 'Cap the number of processes the container may hold: `--pids-limit 200` for `docker run`, `pids_limit: 200` (or `deploy.resources.limits.pids`) in Compose. Forks past the limit fail inside the container only.',
  refs: { dockerBench: ['5.29'] },
  messages: {
    missingRun: 'This container may start processes until the host\'s process table is full; add a limit such as --pids-limit 200.',
    missingCompose: 'Service "{{service}}" may start processes until the host\'s process table is full; add a limit such as pids_limit: 200.',
    unlimited: '{{setting}} {{value}} means no limit; give a number of processes such as 200.',
  },
  examples: {
    bad: 'docker run -d --name web example/web:1.4',
    good: 'docker run -d --name web --pids-limit 200 example/web:1.4',
  },
}, (runtime): Hit[] => {
  const pids = runtime.pidsLimit;
  if (pids && UNLIMITED.test(pids.value.trim())) {
    return [{ ...pids.span, messageId: 'unlimited', data: { setting: inSyntax(runtime, '--pids-limit', 'pids_limit:'), value: pids.value } }];
  }
  if (pids) return [];
  return runtime.source === 'run'
    ? [{ ...runtime.span, messageId: 'missingRun' }]
    : [{ ...runtime.span, messageId: 'missingCompose', data: { service: runtime.name?.value ?? '' } }];
});
