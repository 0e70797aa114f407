import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../../src/checker/run/model';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

const SERIAL_DEVICE = '/dev/ttyUSB0';

function sensorReader(ctx: GoalContext): RuntimeModel | undefined {
  return ctx.run().commands[0]?.runtime;
}

const noCommand = { pass: false, message: 'run.sh no longer has a `docker run` line that starts the sensor reader.' };

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
      rules: ['privileged'],
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const privileged = runtime.privileged;
        return privileged?.value
          ? { pass: false, message: '`--privileged` gives the reader every capability and every host device, and switches off seccomp and AppArmor, for a job that needs one device.', fix: 'Remove `--privileged`.', line: privileged.span.line }
          : { pass: true, message: 'No privileged mode.' };
      },
    },
    {
      id: 'serial-device',
      title: 'The serial adapter is still available',
      why: 'The service must keep working: it reads its data from /dev/ttyUSB0.',
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const device = runtime.devices.find((d) => d.host === SERIAL_DEVICE);
        return device
          ? { pass: true, message: `${SERIAL_DEVICE} is passed in with --device.` }
          : { pass: false, message: `Without privileged mode the container no longer sees ${SERIAL_DEVICE}, so the reader has nothing to read.`, fix: `Pass that one device in with \`--device ${SERIAL_DEVICE}\`.`, line: runtime.span.line };
      },
    },
    {
      id: 'only-that-device',
      title: 'No other host device is exposed',
      why: 'Every extra device, above all a disk, is another way out of the container.',
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const other = runtime.devices.find((d) => d.host !== SERIAL_DEVICE);
        return other
          ? { pass: false, message: `\`--device ${other.host}\` hands the container another host device, which the reader never uses.`, fix: `Remove \`--device ${other.host}\`.`, line: other.span.line }
          : { pass: true, message: 'Only the serial adapter is exposed.' };
      },
    },
    {
      id: 'capabilities-dropped',
      title: 'All capabilities are dropped',
      why: 'Reading a device needs no capability, so the reader should start with none.',
      rules: ['dangerous-capability'],
      check(ctx) {
        const runtime = sensorReader(ctx);
        if (!runtime) return noCommand;
        const caps = runtime.capabilities;
        if (caps.length === 0) return { pass: true, message: 'The container runs with no capabilities.' };
        const some = caps.length > 3 ? `${caps.slice(0, 3).join(', ')} and ${caps.length - 3} more` : caps.join(', ');
        return {
          pass: false,
          message: `The container still has ${caps.length === 1 ? 'one capability' : `${caps.length} capabilities`} (${some}), and reading a device needs none.`,
          fix: 'Add `--cap-drop ALL`.',
          line: runtime.span.line,
        };
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
