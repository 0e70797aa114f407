import { describe, expect, it } from 'vitest';
import { checkById, failingIds } from '../../../../src/grading/testing';
import { exercise as dropPrivileged } from './drop-privileged/exercise';
import { exercise as dockerSocket } from './docker-socket/exercise';

describe('never-privileged/drop-privileged', () => {
  const files = (line: string) => ({ 'run.sh': line });
  const failing = (line: string): string[] => failingIds(dropPrivileged, files(line)).filter((id) => id !== 'run');

  it('accepts other spellings of a correct fix', () => {
    expect(failing('docker run -d --cap-drop=ALL --device=/dev/ttyUSB0 sensor-reader:1.4')).toEqual([]);
    expect(failing('docker run -d --device /dev/ttyUSB0:/dev/serial0:r --cap-drop all sensor-reader:1.4')).toEqual([]);
  });

  it.each([
    ['privileged mode kept next to the device', 'docker run -d --privileged --cap-drop ALL --device /dev/ttyUSB0 sensor-reader:1.4', 'goal:not-privileged', /every capability and every host device/],
    ['a host disk passed in as well', 'docker run -d --cap-drop ALL --device /dev/ttyUSB0 --device /dev/sda sensor-reader:1.4', 'goal:only-that-device', /`--device \/dev\/sda` hands the container another host device/],
    ['the default capabilities kept', 'docker run -d --device /dev/ttyUSB0 sensor-reader:1.4', 'goal:capabilities-dropped', /still has 14 capabilities/],
    ['SYS_ADMIN added back', 'docker run -d --cap-drop ALL --cap-add SYS_ADMIN --device /dev/ttyUSB0 sensor-reader:1.4', 'goal:capabilities-dropped', /one capability/],
    ['the device forgotten', 'docker run -d --cap-drop ALL sensor-reader:1.4', 'goal:serial-device', /no longer sees \/dev\/ttyUSB0/],
    ['AppArmor switched off instead', 'docker run -d --cap-drop ALL --device /dev/ttyUSB0 --security-opt apparmor=unconfined sensor-reader:1.4', 'run.sh:other-rules', /AppArmor/],
  ])('rejects %s', (_name, line, id, message) => {
    expect(failing(line)).toContain(id);
    expect(checkById(dropPrivileged, files(line), id).message).toMatch(message);
  });
});

describe('never-privileged/docker-socket', () => {
  const yaml = (extra: string): string => `services:\n  dashboard:\n    image: example/container-dashboard:2.4\n    cap_drop: [ALL]\n${extra}`;
  const failing = (text: string): string[] => failingIds(dockerSocket, { 'compose.yaml': text }).filter((id) => id !== 'run');

  it('accepts flow-style lists and the long volume syntax', () => {
    expect(failing(yaml('    volumes:\n      - type: bind\n        source: ./dashboards\n        target: /etc/dashboard\n        read_only: true\n'))).toEqual([]);
  });

  it.each([
    ['the socket mounted read-only', yaml('    volumes:\n      - ./dashboards:/etc/dashboard:ro\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n'), 'goal:no-runtime-socket', /`:ro` would not help/],
    ['the containerd socket through the long syntax', yaml('    volumes:\n      - ./dashboards:/etc/dashboard:ro\n      - type: bind\n        source: /run/containerd/containerd.sock\n        target: /c.sock\n'), 'goal:no-runtime-socket', /containerd\.sock/],
    ['the dashboards mounted writable', yaml('    volumes:\n      - ./dashboards:/etc/dashboard\n'), 'goal:dashboards-still-mounted', /mounted writable/],
    ['the dashboards mount removed', yaml(''), 'goal:dashboards-still-mounted', /nothing is mounted there/],
    ['privileged kept', yaml('    privileged: true\n    volumes:\n      - ./dashboards:/etc/dashboard:ro\n'), 'goal:not-privileged', /every capability/],
    ['the host root mounted "to read the containers"', yaml('    volumes:\n      - ./dashboards:/etc/dashboard:ro\n      - /:/host:ro\n'), 'compose.yaml:other-rules', /\//],
  ])('rejects %s', (_name, text, id, message) => {
    expect(failing(text)).toContain(id);
    expect(checkById(dockerSocket, { 'compose.yaml': text }, id).message).toMatch(message);
  });

  it('rejects a service that keeps its capabilities', () => {
    const text = 'services:\n  dashboard:\n    image: example/container-dashboard:2.4\n    volumes:\n      - ./dashboards:/etc/dashboard:ro\n';
    expect(failing(text)).toEqual(['goal:capabilities-dropped']);
  });
});
