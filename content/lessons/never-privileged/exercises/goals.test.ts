import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as dropPrivileged } from './drop-privileged/exercise';
import { exercise as dockerSocket } from './docker-socket/exercise';

function failingGoals(exercise: Exercise, file: string, text: string): string[] {
  return grade(exercise, { [file]: text }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('never-privileged/drop-privileged goals', () => {
  const failing = (line: string): string[] => failingGoals(dropPrivileged, 'run.sh', line);

  it('accept other spellings of a correct fix', () => {
    expect(failing('docker run -d --cap-drop=ALL --device=/dev/ttyUSB0 sensor-reader:1.4')).toEqual([]);
    expect(failing('docker run -d --device /dev/ttyUSB0:/dev/serial0:r --cap-drop all sensor-reader:1.4')).toEqual([]);
  });

  it('reject what is still too broad', () => {
    expect(failing('docker run -d --privileged --cap-drop ALL --device /dev/ttyUSB0 sensor-reader:1.4')).toContain('goal:not-privileged');
    expect(failing('docker run -d --cap-drop ALL --device /dev/ttyUSB0 --device /dev/sda sensor-reader:1.4')).toEqual(['goal:only-that-device']);
    expect(failing('docker run -d --device /dev/ttyUSB0 sensor-reader:1.4')).toEqual(['goal:capabilities-dropped']);
    expect(failing('docker run -d --cap-drop ALL sensor-reader:1.4')).toEqual(['goal:serial-device']);
  });
});

describe('never-privileged/docker-socket goals', () => {
  const failing = (yaml: string): string[] => failingGoals(dockerSocket, 'compose.yaml', yaml);
  const service = (extra: string): string =>
    `services:\n  dashboard:\n    image: example/container-dashboard:2.4\n    cap_drop: [ALL]\n${extra}`;

  it('accept flow-style lists and the long volume syntax', () => {
    expect(failing(service('    volumes:\n      - type: bind\n        source: ./dashboards\n        target: /etc/dashboard\n        read_only: true\n'))).toEqual([]);
  });

  it('reject a socket mounted read-only or through the long syntax', () => {
    expect(failing(service('    volumes:\n      - ./dashboards:/etc/dashboard:ro\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n'))).toEqual(['goal:no-runtime-socket']);
    expect(failing(service('    volumes:\n      - ./dashboards:/etc/dashboard:ro\n      - type: bind\n        source: /run/containerd/containerd.sock\n        target: /c.sock\n'))).toEqual(['goal:no-runtime-socket']);
  });

  it('reject a fix that breaks the dashboards mount', () => {
    expect(failing(service('    volumes:\n      - ./dashboards:/etc/dashboard\n'))).toEqual(['goal:dashboards-still-mounted']);
    expect(failing(service(''))).toEqual(['goal:dashboards-still-mounted']);
  });
});
