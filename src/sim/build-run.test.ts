import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

function built(dockerfile: string): ReturnType<typeof terminal> {
  const t = terminal({ Dockerfile: dockerfile }, {});
  const out = t.run('docker build -t app .');
  expect(out).toContain('naming to docker.io/library/app:latest');
  return t;
}

describe('a RUN of programs the simulator has runs through the shell', () => {
  it('writes what the script prints into the image, owned by the stage USER', () => {
    const t = built('FROM alpine:3.24\nUSER nobody\nRUN id > /tmp/who && echo hi > /tmp/hi\n');
    expect(t.run('docker run --rm app cat /tmp/who /tmp/hi')).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\nhi\n');
    expect(t.run('docker run --rm app ls -ln /tmp/hi')).toMatch(/^-rw-r--r-- +1 65534 +65534 +3 /);
  });

  it('fails the build with the exit code and the lines the step printed', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nRUN echo before && exit 7\n' }, {});
    const out = t.run('docker build -t app .');
    expect(out).toContain('------\n > [2/2] RUN echo before && exit 7:\n0.214 before\n------\n');
    expect(out).toContain('ERROR: failed to solve: process "/bin/sh -c echo before && exit 7" did not complete successfully: exit code: 7');
    expect(t.run('docker images')).not.toContain('app ');
  });

  it('refuses a non-root USER a directory it may not write, in the shell\'s words', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nUSER nobody\nRUN echo x > /etc/app.conf\n' }, {});
    expect(t.run('docker build -t app .')).toContain("0.214 /bin/sh: can't create /etc/app.conf: Permission denied\n");
  });

  it('copies files, changes groups and modes recursively', () => {
    const t = built('FROM alpine:3.24\nRUN cp /etc/passwd /srv/p && mkdir -p /srv/d/e && touch /srv/d/e/f && chgrp -R nobody /srv/d && chmod -R 750 /srv/d\n');
    expect(t.run('docker run --rm app ls -ln /srv/p')).toMatch(/^-rw-r--r-- +1 0 +0 /);
    expect(t.run('docker run --rm app ls -ln /srv/d/e/f')).toMatch(/^-rwxr-x--- +1 0 +65534 /);
  });

  it('keeps the modelled effect of programs it does not run, such as apk', () => {
    const t = built('FROM alpine:3.24\nRUN apk add --no-cache curl\n');
    expect(t.run('docker run --rm app ls /usr/bin/curl')).toBe('/usr/bin/curl\n');
  });
});

describe('programs a RUN and a container use', () => {
  it('pwd prints the working directory without a shell', () => {
    const t = terminal();
    expect(t.run('docker run --rm -w /srv/new alpine:3.24 pwd')).toBe('/srv/new\n');
  });

  it('cp names a missing source as BusyBox does and keeps no setuid bit', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c 'cp /nope /tmp/x 2>&1; echo $?'")).toBe("cp: can't stat '/nope': No such file or directory\n1\n");
    expect(t.run("docker run --rm alpine:3.24 sh -c 'chmod 4755 /etc/motd 2>/dev/null; touch /tmp/s && chmod 4755 /tmp/s && cp /tmp/s /tmp/t && ls -ln /tmp/t'")).toMatch(/^-rwxr-xr-x +1 0 +0 /);
  });

  it('chgrp names an unknown group', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 chgrp nosuch /tmp")).toBe('chgrp: unknown group nosuch\n');
  });

  it('a noexec tmpfs refuses to run a copied program', () => {
    const t = terminal();
    expect(t.run("docker run --rm --tmpfs /scratch alpine:3.24 sh -c 'cp /bin/busybox /scratch/bb && /scratch/bb true'")).toBe('sh: /scratch/bb: Permission denied\n');
  });

  it('COPY --from keeps the owner the earlier stage gave a file', () => {
    const t = built('FROM alpine:3.24 AS build\nUSER nobody\nRUN echo built > /tmp/artifact\nFROM alpine:3.24\nCOPY --from=build /tmp/artifact /app/artifact\n');
    expect(t.run('docker run --rm app ls -ln /app/artifact')).toMatch(/^-rw-r--r-- +1 65534 +65534 +6 /);
  });
});
