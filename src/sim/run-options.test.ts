import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

describe('docker run options the container sees', () => {
  it('--hostname names the container', () => {
    expect(terminal().run('docker run --rm --hostname web-1 alpine:3.24 hostname')).toBe('web-1\n');
  });

  it('a container network lets everyone bind low ports; the host network keeps 1024', () => {
    const t = terminal();
    expect(t.run('docker run --rm -u 10001 alpine:3.24 cat /proc/sys/net/ipv4/ip_unprivileged_port_start')).toBe('0\n');
    expect(t.run('docker run --rm --network host alpine:3.24 cat /proc/sys/net/ipv4/ip_unprivileged_port_start')).toBe('1024\n');
  });

  it('an empty tmpfs directory is 40 bytes, and inspect lists the tmpfs mounts', () => {
    const t = terminal();
    expect(t.run('docker run --rm --tmpfs /scratch alpine:3.24 ls -ldn /scratch')).toMatch(/^drwxrwxrwt +2 0 +0 +40 /);
    t.run('docker run -d --name ro-demo --read-only --tmpfs /tmp alpine:3.24 sleep 300');
    expect(t.run("docker inspect -f '{{json .HostConfig.Tmpfs}}' ro-demo")).toBe('{"/tmp":""}\n');
    expect(t.run("docker inspect -f '{{json .HostConfig.Binds}}' ro-demo")).toBe('null\n');
  });
});

describe('PID namespaces', () => {
  it('--pid container:NAME sees that container\'s init as pid 1', () => {
    const t = terminal();
    t.run('docker run -d --name pid-target alpine:3.24 sleep 300');
    expect(t.run("docker run --rm --pid container:pid-target alpine:3.24 sh -c 'cat /proc/1/cmdline | tr \"\\0\" \" \"; echo'")).toBe('sleep 300 \n');
    expect(t.run('docker run --rm --pid container:pid-target alpine:3.24 ps -o pid,args')).toBe('PID   COMMAND\n    1 sleep 300\n    2 ps -o pid,args\n');
    expect(t.run("docker run --rm alpine:3.24 sh -c 'echo abc | tr a-z A-Z; echo abc | tr -d b'")).toBe('ABC\nac\n');
  });
});

describe('bind mounts', () => {
  it('--mount type=bind refuses a missing source, where -v creates it', () => {
    const t = terminal();
    expect(t.run('docker run --rm --mount type=bind,source=/srv/missing,target=/data alpine:3.24 true')).toBe('docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/missing\n\nRun \'docker run --help\' for more information\n');
    expect(t.run('docker run --rm -v /srv/made:/data alpine:3.24 ls -d /data')).toBe('/data\n');
    expect(t.run('docker run --rm --mount type=bind,source=/srv/made,target=/data alpine:3.24 ls -d /data')).toBe('/data\n');
  });
});

describe('docker inspect and history name what is missing', () => {
  it('a missing template field stops the template as Go does', () => {
    const t = terminal();
    expect(t.run("docker inspect -f '{{.Config.NoSuchField}}' alpine:3.24")).toBe('\ntemplate parsing error: template: :1:9: executing "" at <.Config.NoSuchField>: map has no entry for key "NoSuchField"\n');
    expect(t.run("docker inspect -f 'user={{.Nope}}' alpine:3.24")).toContain('template: :1:7: executing "" at <.Nope>: map has no entry for key "Nope"');
    expect(t.run("docker inspect -f '{{.Config.User}}' alpine:3.24")).toBe('\n');
  });

  it('history --format prints the chosen fields; a RUN layer is as big as the files it changed', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nCOPY app.txt /app/app.txt\nRUN chmod 600 /app/app.txt\n' }, { 'app.txt': 'hello world' });
    t.run('docker build -t app .');
    const lines = t.run("docker history --format '{{.CreatedBy}} | {{.Size}}' app").split('\n');
    expect(lines[0]).toBe('RUN /bin/sh -c chmod 600 /app/app.txt # buil… | 11B');
    expect(lines[1]).toBe('COPY app.txt /app/app.txt # buildkit | 11B');
    expect(t.run("docker history --no-trunc --format '{{.CreatedBy}}' app").split('\n')[0]).toBe('RUN /bin/sh -c chmod 600 /app/app.txt # buildkit');
    expect(t.run("docker history --format '{{.Nope}}' app")).toContain('can\'t evaluate field Nope in type *image.historyContext');
  });

  it('history of a missing image names it with its tag', () => {
    const t = terminal();
    expect(t.run('docker history no-such-image')).toBe('Error response from daemon: No such image: no-such-image:latest\n');
    expect(t.run('docker history no-such-image:1.0')).toBe('Error response from daemon: No such image: no-such-image:1.0\n');
  });
});
