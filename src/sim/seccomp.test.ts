import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const status = (t: ReturnType<typeof terminal>): string => t.run('echo $?').trim();

describe('seccomp in the simulated engine (texts recorded on Docker 20.10 with BusyBox)', () => {
  it('refuses unshare in a default container, even for a user namespace', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 unshare -r id')).toBe('unshare: unshare(0x10000000): Operation not permitted\n');
    expect(status(t)).toBe('1');
    expect(t.run('docker run --rm alpine:3.24 unshare --user id')).toBe('unshare: unshare(0x10000000): Operation not permitted\n');
  });

  it('lets unshare -r through without the filter, and maps only root', () => {
    const t = terminal();
    expect(t.run('docker run --rm --security-opt seccomp=unconfined alpine:3.24 unshare -r id'))
      .toBe(`uid=0(root) gid=0(root) groups=0(root)${',65534(nobody)'.repeat(10)}\n`);
    expect(t.run('docker run --rm --security-opt seccomp=unconfined alpine:3.24 unshare -m id')).toBe('unshare: unshare(0x20000): Operation not permitted\n');
    expect(t.run('docker run --rm --cap-add SYS_ADMIN alpine:3.24 unshare -r id')).toContain('uid=0(root)');
  });

  it('refuses mount as BusyBox words EPERM, and --cap-add SYS_ADMIN widens the filter', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 mount -t tmpfs none /mnt')).toBe('mount: permission denied (are you root?)\n');
    expect(status(t)).toBe('1');
    expect(t.run('docker run --rm --security-opt seccomp=unconfined alpine:3.24 mount -t tmpfs none /mnt')).toBe('mount: permission denied (are you root?)\n');
    expect(t.run("docker run --rm --cap-add SYS_ADMIN --security-opt apparmor=unconfined alpine:3.24 sh -c 'mount -t tmpfs none /mnt && echo ok'")).toBe('ok\n');
    // AppArmor's docker-default denies mount with EACCES, which BusyBox prints differently.
    expect(t.run('docker run --rm --cap-add SYS_ADMIN alpine:3.24 mount -t tmpfs none /mnt')).toBe('mount: mounting none on /mnt failed: Permission denied\n');
  });

  it('loads a profile from the working directory and enforces its actions and errno', () => {
    const t = terminal({
      'eacces.json': '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["unshare","mount"],"action":"SCMP_ACT_ERRNO","errnoRet":13}]}',
      'trace.json': '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["unshare"],"action":"SCMP_ACT_TRACE"}]}',
      'allow.json': '{"defaultAction":"SCMP_ACT_ALLOW"}',
    });
    expect(t.run('docker run --rm --security-opt seccomp=eacces.json alpine:3.24 unshare -r id')).toBe('unshare: unshare(0x10000000): Permission denied\n');
    expect(t.run('docker run --rm --security-opt seccomp=eacces.json alpine:3.24 mount -t tmpfs none /mnt')).toBe('mount: mounting none on /mnt failed: Permission denied\n');
    expect(status(t)).toBe('255');
    expect(t.run('docker run --rm --security-opt seccomp=trace.json alpine:3.24 unshare -r id')).toBe('unshare: unshare(0x10000000): Function not implemented\n');
    expect(t.run('docker run --rm --security-opt seccomp=allow.json alpine:3.24 unshare -r id')).toContain('uid=0(root)');
  });

  it('gives the client\'s and the daemon\'s errors for a missing, malformed or refused profile', () => {
    const t = terminal({
      'bad.json': '{bad',
      'type.json': '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["unshare"],"action":"SCMP_ACT_ERRNO","args":"x"}]}',
      'bogus.json': '{"defaultAction":"SCMP_ACT_BOGUS"}',
      'deny.json': '{"defaultAction":"SCMP_ACT_ERRNO"}',
    });
    const help = "\n\nRun 'docker run --help' for more information\n";
    expect(t.run('docker run --rm --security-opt seccomp=nofile.json alpine:3.24 id')).toBe(`docker: opening seccomp profile (nofile.json) failed: open nofile.json: no such file or directory${help}`);
    expect(status(t)).toBe('125');
    expect(t.run('docker run --rm --security-opt seccomp=bad.json alpine:3.24 id')).toBe(`docker: compacting json for seccomp profile (bad.json) failed: invalid character 'b' looking for beginning of object key string${help}`);
    expect(t.run('docker run --rm --security-opt seccomp=type.json alpine:3.24 id')).toBe(`docker: Error response from daemon: Decoding seccomp profile failed: json: cannot unmarshal string into Go struct field Syscall.syscalls.args of type []*specs.LinuxSeccompArg${help}`);
    expect(t.run('docker run --rm --security-opt seccomp=bogus.json alpine:3.24 id')).toContain('runc create failed: string SCMP_ACT_BOGUS is not a valid action for seccomp: unknown');
    expect(t.run('docker run --rm --security-opt seccomp=deny.json alpine:3.24 id')).toBe(`docker: Error response from daemon: cannot start a stopped process: unknown${help}`);
  });

  it('shows the filter in /proc/self/status', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 grep Seccomp: /proc/self/status')).toBe('Seccomp:\t2\n');
    expect(t.run('docker run --rm --privileged alpine:3.24 grep Seccomp: /proc/self/status')).toBe('Seccomp:\t0\n');
  });

  it('stops a course service whose profile refuses its network calls, with Go\'s error', () => {
    const t = terminal({ 'nosocket.json': '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["socket"],"action":"SCMP_ACT_ERRNO"}]}' });
    expect(t.run('docker run --rm --security-opt seccomp=nosocket.json example/web:1.4')).toContain('web: listen tcp :8080: socket: operation not permitted\n');
    expect(status(t)).toBe('1');
  });
});
