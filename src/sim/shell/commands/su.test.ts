import { describe, expect, it } from 'vitest';
import { terminal } from '../../testing';

describe('su, $$ and ps -o in a container', () => {
  it('su as root runs the command as the user', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 su -s /bin/sh nobody -c id')).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
  });

  it('su without CAP_SETGID cannot set groups; as a user it is not setuid', () => {
    const t = terminal();
    expect(t.run('docker run --rm --cap-drop SETUID --cap-drop SETGID alpine:3.24 su -s /bin/sh nobody -c id')).toBe("su: can't set groups: Operation not permitted\n");
    expect(t.run('docker run --rm -u nobody alpine:3.24 su -c id')).toBe('su: must be suid to work properly\n');
    expect(t.run('docker run --rm alpine:3.24 su nosuch')).toBe('su: unknown user nosuch\n');
  });

  it('$$ is 1 in the container\'s own PID namespace and not in the host\'s', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c 'echo $$'")).toBe('1\n');
    expect(t.run("docker run --rm --pid host alpine:3.24 sh -c 'test $$ -ne 1 && echo not-pid-1'")).toBe('not-pid-1\n');
  });

  it('BusyBox ps -o prints the chosen columns and refuses an unknown one', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 ps -o pid,user,args')).toBe('PID   USER     COMMAND\n    1 root     ps -o pid,user,args\n');
    expect(t.run('docker run --rm alpine:3.24 ps -o pid,nosuch')).toBe("ps: bad -o argument 'nosuch'\n");
  });
});
