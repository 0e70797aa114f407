import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-device',
  title: 'A host device is passed into the container',
  severity: 'warning',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'A device node gives the container direct access to host hardware: a disk device can be mounted and read or rewritten from inside, bypassing file permissions.',
  fix: 'Remove the device unless the workload needs it; if it does, restrict it to the permissions it needs (:r for read-only).',
  refs: { dockerBench: ['5.18'] },
  examples: { bad: 'docker run --device /dev/sda myapp', good: 'docker run myapp' },
}, (runtime) => runtime.devices.map((device) => {
  const access = device.permissions.includes('w') || device.permissions.includes('m')
    ? ` with "${device.permissions}" access` : ' read-only';
  return hitAt(device.span, `${inSyntax(runtime, '--device', 'devices:')} passes the host's ${device.host} into the container${access}; remove it unless the app truly needs that device.`);
}));
