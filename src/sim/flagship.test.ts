import { describe, expect, it } from 'vitest';
import { DOCKER_NGINX } from '../checker/apparmor/fixtures/docker-nginx';
import { terminal } from './testing';

const STARTER = 'FROM alpine:3.24\nCOPY app /app\nCMD ["/app"]\n';
const ALPINE_ROOT_ID = 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n';

describe('flagship: the image user decides who the process is', () => {
  it('runs as root until the Dockerfile says otherwise, then as the numeric user', () => {
    const t = terminal({ Dockerfile: STARTER }, { app: '#!/bin/sh\necho hello\n' });
    expect(t.run('docker build -t app .')).toContain(' => => naming to docker.io/library/app:latest');
    expect(t.run('docker run --rm app id')).toBe(ALPINE_ROOT_ID);
    t.files.Dockerfile = 'FROM alpine:3.24\nCOPY app /app\nUSER 10001:10001\nCMD ["/app"]\n';
    expect(t.run('docker build -t app .')).toContain('FINISHED');
    expect(t.run('docker run --rm app id')).toBe('uid=10001 gid=10001 groups=10001\n');
  });

  it('gives a user without a group the root group, as Docker warns', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nUSER 10001\n' });
    t.run('docker build -t app .');
    expect(t.run('docker run --rm app id')).toBe('uid=10001 gid=0(root) groups=0(root)\n');
  });
});

describe('flagship: --privileged exposes the host disk', () => {
  it('lists /dev/sda only when privileged', () => {
    const t = terminal();
    expect(t.run('docker run --rm --privileged alpine:3.24 fdisk -l')).toBe([
      'Disk /dev/sda: 20 GiB, 21474836480 bytes, 41943040 sectors',
      'Disk model: QEMU HARDDISK   ',
      'Units: sectors of 1 * 512 = 512 bytes',
      'Sector size (logical/physical): 512 bytes / 512 bytes',
      'I/O size (minimum/optimal): 512 bytes / 512 bytes',
      'Disklabel type: dos',
      'Disk identifier: 0x3b1d6a4e',
      '',
      'Device     Boot    Start      End  Sectors Size Id Type',
      '/dev/sda1  *        2048 39942143 39940096  19G 83 Linux',
      '/dev/sda2       39942144 41940991  1998848 976M 82 Linux swap / Solaris',
      '',
    ].join('\n'));
    expect(t.run('docker run --rm alpine:3.24 fdisk -l')).toBe('');
  });

  it('lets root mount the host partition and read the host shadow file', () => {
    const t = terminal();
    t.run('docker run --rm -it --privileged alpine:3.24 sh');
    expect(t.prompt()).toBe('/ # ');
    expect(t.run('mount /dev/sda1 /mnt')).toBe('');
    expect(t.run('cat /mnt/etc/shadow')).toMatch(/^root:\$y\$j9T\$/);
    expect(t.run('ls /mnt/home')).toBe('learner\n');
    t.run('chroot /mnt');
    expect(t.run('cat /etc/hostname')).toBe('lab-host\n');
  });
});

describe('flagship: a loaded AppArmor profile confines the container', () => {
  it('denies writes under /etc but still lists it ("l" is link, not list)', () => {
    const t = terminal({ 'docker-nginx': DOCKER_NGINX });
    expect(t.run('sudo apparmor_parser -r -W docker-nginx')).toBe('');
    expect(t.run('docker run --rm -it --security-opt apparmor=docker-nginx alpine:3.24 sh')).toBe('');
    expect(t.run('touch /etc/x')).toBe('touch: /etc/x: Permission denied\n');
    expect(t.run('ls /etc')).toContain('passwd');
    expect(t.run('cat /etc/passwd')).toContain('root:x:0:0:root:/root:/bin/sh');
    expect(t.run('cat /proc/self/attr/current')).toBe('docker-nginx (enforce)\n');
    expect(t.run('mount -t tmpfs none /mnt')).toBe('mount: permission denied (are you root?)\n');
  });

  it('refuses to start with a profile that is not loaded', () => {
    const t = terminal();
    expect(t.run('docker run --rm --security-opt apparmor=docker-nginx alpine:3.24 id')).toBe(
      "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: unable to apply apparmor profile: apparmor failed to apply profile: write /proc/thread-self/attr/apparmor/exec: no such file or directory: unknown\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('needs root to load a profile', () => {
    const t = terminal({ 'docker-nginx': DOCKER_NGINX });
    expect(t.run('apparmor_parser -r -W docker-nginx')).toContain('Permission denied');
    expect(t.run('aa-status')).toBe('apparmor module is loaded.\nYou do not have enough privilege to read the profile set.\n');
    t.run('sudo apparmor_parser -r docker-nginx');
    expect(t.run('sudo aa-status')).toContain('2 profiles are in enforce mode.\n   docker-default\n   docker-nginx\n');
  });
});
