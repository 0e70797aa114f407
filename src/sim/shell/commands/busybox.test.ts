import { describe, expect, it } from 'vitest';
import { terminal } from '../../testing';

describe('the BusyBox binary run by its own name', () => {
  it('runs the applet its first argument names, in a scratch image too', () => {
    const t = terminal({ Dockerfile: 'FROM busybox:latest AS tools\nFROM scratch\nCOPY --from=tools /bin/busybox /busybox\nUSER 10001:10001\nENTRYPOINT ["/busybox"]\n' }, {});
    expect(t.run('docker build -t app .')).toContain('naming to docker.io/library/app:latest');
    expect(t.run('docker run --rm app id')).toBe('uid=10001 gid=10001 groups=10001\n');
    expect(t.run('docker run --rm app echo hi')).toBe('hi\n');
    expect(t.run('docker run --rm app nosuch')).toBe('nosuch: applet not found\n');
  });
});
