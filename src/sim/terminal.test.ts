import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAR_SCREEN } from './ansi';
import { terminal } from './testing';

describe('the host shell', () => {
  it('says plainly that it is a simulation', () => {
    expect(terminal().sim.banner()).toContain('Simulated Docker host — nothing here runs real containers');
  });

  it('shows the editor files and the build context in the home directory', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\n', 'run.sh': 'docker run --rm alpine:3.24 id\n' }, { app: 'binary' });
    expect(t.prompt()).toBe('learner@lab-host:~$ ');
    expect(t.run('ls')).toBe('Dockerfile  app  run.sh\n');
    expect(t.run('ls -l')).toBe([
      'total 12',
      '-rw-r--r-- 1 learner learner 17 Jun 20 12:00 Dockerfile',
      '-rwxr-xr-x 1 learner learner  6 Jun 20 12:00 app',
      '-rwxr-xr-x 1 learner learner 31 Jun 20 12:00 run.sh',
      '',
    ].join('\n'));
    expect(t.run('cat Dockerfile')).toBe('FROM alpine:3.24\n');
    t.files.Dockerfile = 'FROM debian:trixie-slim\n';
    expect(t.run('cat Dockerfile')).toBe('FROM debian:trixie-slim\n');
  });

  it('answers who and where', () => {
    const t = terminal();
    expect(t.run('id')).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),988(docker)\n');
    expect(t.run('whoami')).toBe('learner\n');
    expect(t.run('hostname')).toBe('lab-host\n');
    expect(t.run('echo hello   world')).toBe('hello world\n');
    expect(t.run('cat /etc/shadow')).toBe('cat: /etc/shadow: Permission denied\n');
    expect(t.run('ip addr')).toContain('3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP>');
    expect(t.run('ss -lnt')).toBe([
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'LISTEN 0      4096        127.0.0.53:53         0.0.0.0:*',
      'LISTEN 0      4096           0.0.0.0:22         0.0.0.0:*',
      'LISTEN 0      4096       127.0.0.1:5432         0.0.0.0:*',
      'LISTEN 0      4096       127.0.0.1:8500         0.0.0.0:*',
      '',
    ].join('\n'));
    expect(t.run('curl 127.0.0.1:5432')).toBe('curl: (52) Empty reply from server\n');
  });

  it('runs the docker commands of run.sh, whichever way it is started', () => {
    const t = terminal({ 'run.sh': '#!/bin/sh\n# the container under test\ndocker run --rm alpine:3.24 whoami\n' });
    expect(t.run('sh run.sh')).toBe('root\n');
    expect(t.run('bash run.sh')).toBe('root\n');
    expect(t.run('./run.sh')).toBe('root\n');
  });

  it('clears the screen and prints help', () => {
    const t = terminal();
    expect(t.sim.execute('clear')).toBe(CLEAR_SCREEN);
    expect(t.run('help')).toContain('docker build -t app .');
    expect(t.run('nosuchcommand')).toBe('bash: nosuchcommand: command not found\n');
  });

  it('colours errors and build steps', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\n' });
    expect(t.sim.execute('docker run --rm -u app alpine:3.24 id')).toMatch(/^\x1b\[31mdocker: Error response from daemon/);
    expect(t.sim.execute('docker build -t app .')).toContain('\x1b[34;2m => [internal] load build definition from Dockerfile');
    expect(t.sim.prompt()).toBe('\x1b[1m\x1b[32mlearner@lab-host\x1b[0m\x1b[0m:\x1b[1m\x1b[34m~\x1b[0m\x1b[0m$ ');
  });

  it('completes commands, docker verbs, flags and image names', () => {
    const t = terminal();
    expect(t.sim.complete?.('doc')).toEqual(['docker']);
    expect(t.sim.complete?.('docker b')).toEqual(['build', 'buildx']);
    expect(t.sim.complete?.('docker run --priv')).toEqual(['--privileged']);
    expect(t.sim.complete?.('docker run --rm al')).toEqual(['alpine:3.24']);
  });

  it('never throws, whatever is typed', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\n' });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (line) => {
      expect(typeof t.sim.execute(line)).toBe('string');
      expect(typeof t.sim.prompt()).toBe('string');
    }), { numRuns: 300 });
  });
});

describe('container shells', () => {
  it('shows ash prompts in BusyBox images and bash prompts in Debian ones', () => {
    const t = terminal();
    t.run('docker run --rm -it alpine:3.24 sh');
    expect(t.prompt()).toBe('/ # ');
    t.run('cd /tmp');
    expect(t.prompt()).toBe('/tmp # ');
    t.run('exit');
    t.run('docker run --rm -it -u 1000 alpine:3.24 sh');
    expect(t.prompt()).toBe('/ $ ');
    t.run('exit');
    t.run('docker run --rm -it debian:trixie-slim bash');
    expect(t.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(t.run('hostname')).toBe(`${t.prompt().slice(5, 17)}\n`);
    t.run('exit');
    t.run('docker run --rm -it -u 4242 debian:trixie-slim bash');
    expect(t.prompt()).toMatch(/^I have no name!@[0-9a-f]{12}:\/\$ $/);
    t.run('exit');
    expect(t.prompt()).toBe('learner@lab-host:~$ ');
  });

  it('removes an --rm container when its shell exits, keeps others as Exited', () => {
    const t = terminal();
    t.run('docker run -it --name kept alpine:3.24 sh');
    t.run('exit');
    expect(t.run('docker ps -a')).toMatch(/Exited \(0\) Less than a second ago\s+kept\n$/);
    t.run('docker run -it --rm --name gone alpine:3.24 sh');
    t.run('exit');
    expect(t.run('docker ps -a')).not.toContain('gone');
  });

  it('installs packages with the image\'s own package manager, as root only', () => {
    const t = terminal();
    t.run('docker run --rm -it alpine:3.24 sh');
    expect(t.run('curl 127.0.0.1')).toBe('sh: curl: not found\n');
    expect(t.run('apk add curl')).toBe([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/community/x86_64/APKINDEX.tar.gz',
      '(1/1) Installing curl (8.9.1-r1)',
      'Executing busybox-1.36.1-r29.trigger',
      'OK: 11 MiB in 15 packages',
      '',
    ].join('\n'));
    expect(t.run('curl 127.0.0.1:8500')).toBe("curl: (7) Failed to connect to 127.0.0.1 port 8500 after 0 ms: Couldn't connect to server\n");
    expect(t.run('apt-get install curl')).toBe('sh: apt-get: not found\n');
    t.run('exit');
    t.run('docker run --rm -it -u 1000 alpine:3.24 sh');
    expect(t.run('apk add curl')).toBe('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    t.run('exit');
    t.run('docker run --rm -it -u 1000 debian:trixie-slim bash');
    expect(t.run('apt-get install -y curl')).toBe('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
  });

  it('handles files: ls -l, echo redirection, rm, mkdir, chmod', () => {
    const t = terminal();
    t.run('docker run --rm -it alpine:3.24 sh');
    expect(t.run('echo hello > /tmp/a && cat /tmp/a')).toBe('hello\n');
    expect(t.run('echo again >> /tmp/a; cat /tmp/a')).toBe('hello\nagain\n');
    expect(t.run('mkdir -p /srv/data/x && ls /srv/data')).toBe('x\n');
    expect(t.run('chmod 600 /tmp/a && ls -l /tmp/a')).toBe('-rw-------    1 root     root            12 Jun 20 12:00 /tmp/a\n');
    expect(t.run('rm /tmp/a && cat /tmp/a')).toBe("cat: can't open '/tmp/a': No such file or directory\n");
    expect(t.run('ls -l /bin/sh')).toBe('lrwxrwxrwx    1 root     root            12 Jun 20 12:00 /bin/sh -> /bin/busybox\n');
    expect(t.run('cat /etc/hostname')).toBe(`${t.run('hostname')}`);
    expect(t.run('ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sh\n');
  });

  it('uses GNU messages in Debian images', () => {
    const t = terminal();
    t.run('docker run --rm -it -u 1000 debian:trixie-slim bash');
    expect(t.run('touch /etc/x')).toBe("touch: cannot touch '/etc/x': Permission denied\n");
    expect(t.run('echo x > /etc/y')).toBe('bash: /etc/y: Permission denied\n');
    expect(t.run('whoami')).toBe('whoami: cannot find name for user ID 1000\n');
  });
});

describe('terminal width', () => {
  it('right-aligns BuildKit step times to the terminal, so narrow terminals do not wrap them', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\n' });
    t.sim.resize?.(60);
    const lines = t.run('docker build -t app .').split('\n').filter((l) => l.startsWith(' =>'));
    expect(lines.length).toBeGreaterThan(2);
    // A step too long for the width keeps one space before its time instead of padding past the edge.
    for (const l of lines) expect(l.length <= 58 || !/ {2}\d+\.\ds$/.test(l), l).toBe(true);
    expect(lines.some((l) => l.length === 58)).toBe(true);
  });
});
