import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { exercise } from './publish-on-loopback/exercise';

function failing(line: string): string[] {
  return grade(exercise, { 'run.sh': line }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('no-host-network/publish-on-loopback goals', () => {
  it('accept any host port on a loopback address', () => {
    expect(failing('docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3')).toEqual([]);
    expect(failing('docker run -d --publish 127.0.0.1:80:8080/tcp web:2.3')).toEqual([]);
    expect(failing('docker run -d --network bridge -p 127.0.0.2:9000:8080 web:2.3')).toEqual([]);
  });

  it('reject host networking in either spelling', () => {
    expect(failing('docker run -d --network host -p 127.0.0.1:8080:8080 web:2.3')).toContain('goal:own-network');
    expect(failing('docker run -d --net=host web:2.3')).toContain('goal:own-network');
  });

  it('reject ports published on every interface', () => {
    expect(failing('docker run -d -p 8080:8080 web:2.3')).toEqual(['goal:loopback-only']);
    expect(failing('docker run -d -p 0.0.0.0:8080:8080 web:2.3')).toEqual(['goal:loopback-only']);
    expect(failing('docker run -d -P -p 127.0.0.1:8080:8080 web:2.3')).toEqual(['goal:loopback-only']);
  });

  it('reject a fix that no longer publishes the app port', () => {
    expect(failing('docker run -d -p 127.0.0.1:8080:80 web:2.3')).toEqual(['goal:app-port-published']);
  });
});
