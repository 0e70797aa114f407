import type { Hit } from '../../core/types';
import { runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'writable-root-filesystem',
  title: 'Container can write to its root filesystem',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'read-only-and-limits',
  why: 'A writable root filesystem lets an attacker who runs code in the container change its scripts and configuration or drop tools, and keep them until the container is removed.',
  fix: 'Mount the root filesystem read-only (`--read-only`, Compose `read_only: true`) and give the service a tmpfs (`--tmpfs /tmp`, Compose `tmpfs: [/tmp]`) or a volume at each path it must write.',
  refs: { dockerBench: ['5.13'] },
  messages: {
    missingRun: 'This container can change the files of its image; add --read-only, and --tmpfs /tmp where it must write.',
    missingCompose: 'Service "{{service}}" can change the files of its image; add read_only: true, and tmpfs: [/tmp] where it must write.',
    switchedOff: '{{setting}} leaves the root filesystem writable; turn it on, with a tmpfs where the service must write.',
  },
  examples: {
    bad: 'docker run -d --name web example/web:1.4',
    good: 'docker run -d --name web --read-only --tmpfs /tmp example/web:1.4',
  },
}, (runtime): Hit[] => {
  const setting = runtime.readOnlyRootfs;
  if (setting?.value === true) return [];
  if (setting) return [{ ...setting.span, messageId: 'switchedOff', data: { setting: runtime.source === 'run' ? '--read-only=false' : 'read_only: false' } }];
  return runtime.source === 'run'
    ? [{ ...runtime.span, messageId: 'missingRun' }]
    : [{ ...runtime.span, messageId: 'missingCompose', data: { service: runtime.name?.value ?? '' } }];
});
