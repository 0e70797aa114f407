import { describe, expect, it } from 'vitest';
import { checkById, failingIds } from '../../../../src/grading/testing';
import { exercise } from './publish-on-loopback/exercise';

const files = (line: string) => ({ 'run.sh': line });
const failing = (line: string): string[] => failingIds(exercise, files(line)).filter((id) => id !== 'run');

describe('no-host-network/publish-on-loopback', () => {
  it('accepts any host port on a loopback address', () => {
    expect(failing('docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3')).toEqual([]);
    expect(failing('docker run -d --publish 127.0.0.1:80:8080/tcp web:2.3')).toEqual([]);
    expect(failing('docker run -d --network bridge -p 127.0.0.2:9000:8080 web:2.3')).toEqual([]);
    expect(failing('docker run -d -p [::1]:8080:8080 web:2.3')).toEqual([]);
  });

  it.each([
    ['host networking in the long spelling, with a port', 'docker run -d --network host -p 127.0.0.1:8080:8080 web:2.3', 'goal:own-network', /shares the host's network stack/],
    ['host networking in the short spelling', 'docker run -d --net=host web:2.3', 'goal:own-network', /host/],
    ['the port on every interface', 'docker run -d -p 8080:8080 web:2.3', 'goal:loopback-only', /listens on every interface/],
    ['the port on 0.0.0.0', 'docker run -d -p 0.0.0.0:8080:8080 web:2.3', 'goal:loopback-only', /every interface/],
    ['-P next to a loopback port', 'docker run -d -P -p 127.0.0.1:8080:8080 web:2.3', 'goal:loopback-only', /`-P` publishes every exposed port/],
    ['the wrong container port', 'docker run -d -p 127.0.0.1:8080:80 web:2.3', 'goal:app-port-published', /Nothing publishes container port 8080/],
    ['no port at all', 'docker run -d --name web web:2.3', 'goal:app-port-published', /reverse proxy/],
    ['the host PID namespace', 'docker run -d --pid host -p 127.0.0.1:8080:8080 web:2.3', 'run.sh:other-rules', /pid/i],
  ])('rejects %s', (_name, line, id, message) => {
    expect(failing(line)).toContain(id);
    expect(checkById(exercise, files(line), id).message).toMatch(message);
  });

  it('asks the published port itself whether the app answers', () => {
    expect(exercise.run.steps.map((s) => s.command)).toContain('curl -s http://127.0.0.1:8080/');
  });
});
