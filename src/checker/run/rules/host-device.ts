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
  messages: {
    deviceRun: `--device passes the host's {{device}} into the container with "{{permissions}}" access; remove it unless the app truly needs that device.`,
    deviceReadOnlyRun: `--device passes the host's {{device}} into the container read-only; remove it unless the app truly needs that device.`,
    deviceCompose: `devices: passes the host's {{device}} into the container with "{{permissions}}" access; remove it unless the app truly needs that device.`,
    deviceReadOnlyCompose: `devices: passes the host's {{device}} into the container read-only; remove it unless the app truly needs that device.`,
  },
  examples: { bad: 'docker run --device /dev/sda myapp', good: 'docker run myapp' },
}, (runtime) => runtime.devices.map((device) => {
  const writable = device.permissions.includes('w') || device.permissions.includes('m');
  const data = { device: device.host, permissions: device.permissions };
  return writable
    ? hitAt(device.span, inSyntax(runtime, 'deviceRun', 'deviceCompose'), data)
    : hitAt(device.span, inSyntax(runtime, 'deviceReadOnlyRun', 'deviceReadOnlyCompose'), { device: device.host });
}));
