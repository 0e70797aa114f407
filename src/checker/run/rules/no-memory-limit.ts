import type { Hit } from '../../core/types';
import { inSyntax, runtimeRule } from '../runtime-rule';

/** Docker and Compose read 0 (and Compose -1) as "no limit", the same as leaving the setting out. */
const UNLIMITED = /^(0+|-1)[bkmg]?$/i;

export const rule = runtimeRule({
  id: 'no-memory-limit',
  title: 'Container has no memory limit',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'read-only-and-limits',
  why: 'Without a memory limit a leaking or compromised container can take the host\'s memory until the kernel\'s OOM killer starts ending processes, and it may pick another container or the Docker daemon.',
  fix: 'Set a memory limit sized from what the service really uses: `--memory 256m` for `docker run`, `mem_limit: 256m` or `deploy.resources.limits.memory` in Compose. The container\'s own process is then OOM-killed at the limit (exit code 137), not the host\'s.',
  refs: { dockerBench: ['5.11'] },
  messages: {
    missingRun: 'This container may use all of the host\'s memory; add a limit such as --memory 256m.',
    missingCompose: 'Service "{{service}}" may use all of the host\'s memory; add a limit such as mem_limit: 256m (or deploy.resources.limits.memory).',
    unlimited: '{{setting}} {{value}} sets no limit at all; give a size such as 256m.',
  },
  examples: {
    bad: 'docker run -d --name web example/web:1.4',
    good: 'docker run -d --name web --memory 256m example/web:1.4',
  },
}, (runtime): Hit[] => {
  const memory = runtime.memory;
  if (memory && UNLIMITED.test(memory.value.trim())) {
    return [{ ...memory.span, messageId: 'unlimited', data: { setting: inSyntax(runtime, '--memory', 'mem_limit:'), value: memory.value } }];
  }
  if (memory) return [];
  return runtime.source === 'run'
    ? [{ ...runtime.span, messageId: 'missingRun' }]
    : [{ ...runtime.span, messageId: 'missingCompose', data: { service: runtime.name?.value ?? '' } }];
});
