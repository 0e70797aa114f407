import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../../src/checker/run/model';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

const SERIAL_DEVICE = '/dev/ttyUSB0';

function sensorReader(ctx: GoalContext): RuntimeModel | undefined {
  return ctx.run().commands[0]?.runtime;
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noCommand: 'run.sh no longer has a `docker run` line that starts the sensor reader.',
  privileged: '`--privileged` gives the reader every capability and every host device, and switches off seccomp and AppArmor, for a job that needs one device.',
  fixPrivileged: 'Remove `--privileged`.',
  notPrivileged: 'No privileged mode.',
  devicePassed: '{{device}} is passed in with --device.',
  deviceMissing: 'Without privileged mode the container no longer sees {{device}}, so the reader has nothing to read.',
  fixDeviceMissing: 'Pass that one device in with `--device {{device}}`.',
  otherDevice: '`--device {{device}}` hands the container another host device, which the reader never uses.',
  fixOtherDevice: 'Remove `--device {{device}}`.',
  onlyThatDevice: 'Only the serial adapter is exposed.',
  noCapabilities: 'The container runs with no capabilities.',
  oneCapability: 'The container still has one capability ({{names}}), and reading a device needs none.',
  capabilities: 'The container still has {{count}} capabilities ({{names}}), and reading a device needs none.',
  capabilitiesMore: 'The container still has {{count}} capabilities ({{names}} and {{more}} more), and reading a device needs none.',
  fixDropAll: 'Add `--cap-drop ALL`.',
} as const;

const say = sayFrom(MESSAGES);
const noCommand = say.fail('noCommand');

export const exercise: Exercise = {
  id: 'never-privileged/drop-privileged',
  lesson: 'never-privileged',
  title: 'Replace --privileged with the one device it needs',
  task:
    'The sensor reader only reads the USB serial adapter `/dev/ttyUSB0`, yet it runs with `--privileged`. ' +
    'Remove privileged mode, give the container that single device, and start it from an empty capability set.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['privileged', 'dangerous-capability', 'seccomp-unconfined', 'apparmor-unconfined'],
  goals: [
    {
      id: 'not-privileged',
      title: 'The container is not privileged',
      why: 'Privileged mode exposes every host device and switches off seccomp and AppArmor.',
      messages: MESSAGES,
      rules: ['privileged'],
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const privileged = runtime.privileged;
        return privileged?.value
          ? say.fail('privileged', { fix: 'fixPrivileged', line: privileged.span.line })
          : say.pass('notPrivileged');
      },
    },
    {
      id: 'serial-device',
      title: 'The serial adapter is still available',
      why: 'The service must keep working: it reads its data from /dev/ttyUSB0.',
      messages: MESSAGES,
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const device = runtime.devices.find((d) => d.host === SERIAL_DEVICE);
        return device
          ? say.pass('devicePassed', { device: SERIAL_DEVICE })
          : say.fail('deviceMissing', { fix: 'fixDeviceMissing', data: { device: SERIAL_DEVICE }, line: runtime.span.line });
      },
    },
    {
      id: 'only-that-device',
      title: 'No other host device is exposed',
      why: 'Every extra device, above all a disk, is another way out of the container.',
      messages: MESSAGES,
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const other = runtime.devices.find((d) => d.host !== SERIAL_DEVICE);
        return other
          ? say.fail('otherDevice', { fix: 'fixOtherDevice', data: { device: other.host }, line: other.span.line })
          : say.pass('onlyThatDevice');
      },
    },
    {
      id: 'capabilities-dropped',
      title: 'All capabilities are dropped',
      why: 'Reading a device needs no capability, so the reader should start with none.',
      messages: MESSAGES,
      rules: ['dangerous-capability'],
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const caps = runtime.capabilities;
        if (caps.length === 0) return say.pass('noCapabilities');
        const more = caps.length > 3 ? caps.length - 3 : 0;
        const data = { count: caps.length, names: (more > 0 ? caps.slice(0, 3) : caps).join(', '), more };
        return say.fail(caps.length === 1 ? 'oneCapability' : more > 0 ? 'capabilitiesMore' : 'capabilities', { fix: 'fixDropAll', data, line: runtime.span.line });
      },
    },
  ],
  run: {
    title: 'run.sh starts the sensor reader and it keeps running',
    why: 'This is what the terminal does with run.sh; a reader that cannot start, or cannot open its device, is not a fix.',
    passed: 'sh run.sh starts the sensor reader and it is still running.',
    steps: [
      { command: 'sh run.sh' },
      { command: "docker inspect -f '{{.State.Status}}' sensor-reader", output: 'running', explain: 'docker logs sensor-reader' },
    ],
  },
  hints: [
    'Privileged mode gives far more than device access. Which single host resource does the reader use?',
    'Docker can expose one host device without privileged mode: `--device HOST_PATH`.',
    'Replace `--privileged` with `--device /dev/ttyUSB0:r` (`:r` limits it to reading), and add `--cap-drop ALL`: reading a device needs no capability.',
  ],
  demo: [
    'docker run --rm --privileged alpine:3.24 fdisk -l',
    'docker run --rm --device /dev/ttyUSB0 alpine:3.24 fdisk -l',
    'docker run --rm --cap-drop ALL alpine:3.24 grep Cap /proc/self/status',
  ],
};
