import { describe, expect, it } from 'vitest';
import { LAB_EPOCH } from './clock';
import { terminal } from './testing';

/** A terminal whose clock the test moves. */
function timed(files: Record<string, string> = {}, context: Record<string, string> = {}) {
  let now = LAB_EPOCH;
  const t = terminal(files, context, () => now);
  return { ...t, wait: (ms: number): void => { now += ms; } };
}

const rows = (text: string): string[] => text.split('\n').map((l) => l.trimEnd()).filter(Boolean);

describe('docker ps', () => {
  it('ages CREATED and STATUS with the clock', () => {
    const t = timed();
    t.run('docker run -d --name web nginx:1.30');
    t.wait(5_000);
    expect(rows(t.run('docker ps'))[1]).toMatch(/^[0-9a-f]{12}\s+nginx:1\.30\s+"\/docker-entrypoint\.…"\s+5 seconds ago\s+Up 5 seconds\s+web$/);
    t.wait(60_000);
    expect(t.run('docker ps')).toContain('About a minute ago   Up About a minute');
    t.wait(3 * 3_600_000);
    expect(t.run('docker ps')).toContain('3 hours ago   Up 3 hours');
  });

  it('says when a container exited, and lists it only with -a', () => {
    const t = timed();
    t.run('docker run --name once alpine:3.24 true');
    t.wait(2 * 60_000);
    expect(t.run('docker ps')).not.toContain('once');
    expect(t.run('docker ps -a')).toContain('2 minutes ago   Exited (0) 2 minutes ago');
  });

  it('prints ids only with -q, newest first, and every container with -aq', () => {
    const t = timed();
    const first = t.run('docker run -d --name aa nginx:1.30').trim().slice(0, 12);
    t.run('docker run --name bb alpine:3.24 true');
    const third = t.run('docker run -d --name cc nginx:1.30').trim().slice(0, 12);
    expect(t.run('docker ps -q')).toBe(`${third}\n${first}\n`);
    expect(rows(t.run('docker ps -aq'))).toHaveLength(3);
  });

  it('formats with Go template fields, with and without table', () => {
    const t = timed();
    t.run('docker run -d --name web nginx:1.30');
    t.run('docker run -d --name api nginx:1.30');
    expect(t.run("docker ps --format '{{.Names}}'")).toBe('api\nweb\n');
    expect(t.run("docker ps --format '{{.Names}}\\t{{.Image}}'")).toBe('api\tnginx:1.30\nweb\tnginx:1.30\n');
    expect(rows(t.run("docker ps --format 'table {{.ID}}\\t{{.Status}}'"))).toEqual([
      'CONTAINER ID   STATUS',
      expect.stringMatching(/^[0-9a-f]{12}   Up Less than a second$/),
      expect.stringMatching(/^[0-9a-f]{12}   Up Less than a second$/),
    ]);
    expect(t.run("docker ps --format '{{json .State}} {{upper .Names}}'")).toBe('"running" API\n"running" WEB\n');
  });

  it('refuses a field Docker does not have, in the client\'s words', () => {
    const t = timed();
    t.run('docker run -d --name web nginx:1.30');
    expect(t.run("docker ps --format '{{.Foo}}'")).toBe('failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n');
    expect(t.run("docker images --format 'table {{.Repo}}'")).toBe('template parsing error: template: :1:2: executing "" at <.Repo>: can\'t evaluate field Repo in type *formatter.imageContext\n');
  });
});

describe('docker images', () => {
  it('filters by REPO[:TAG], with wildcards', () => {
    const t = timed();
    t.run('docker pull busybox:1.37');
    const repos = (line: string): string[] => rows(t.run(line)).slice(1).map((r) => r.split(/\s+/).slice(0, 2).join(':'));
    expect(repos('docker images alpine')).toEqual(['alpine:3.24']);
    expect(repos('docker images alpine:3.24')).toEqual(['alpine:3.24']);
    expect(repos('docker images alpine:9')).toEqual([]);
    expect(rows(t.run('docker images alpine:9'))).toEqual(['REPOSITORY   TAG       IMAGE ID   CREATED   SIZE']);
    expect(repos("docker images 'a*'")).toEqual(['alpine:3.24']);
    expect(repos('docker images nginx:1.3?')).toEqual(['nginx:1.30']);
  });

  it('ages a built image and formats its fields', () => {
    const t = timed({ Dockerfile: 'FROM alpine:3.24\nCMD ["sh"]\n' });
    t.run('docker build -t app .');
    t.wait(10 * 60_000);
    expect(rows(t.run('docker images app'))[1]).toMatch(/^app\s+latest\s+[0-9a-f]{12}\s+10 minutes ago\s+\S+$/);
    expect(t.run("docker images --format '{{.Repository}}:{{.Tag}} {{.CreatedSince}}' app")).toBe('app:latest 10 minutes ago\n');
    const json = JSON.parse(t.run("docker images --format '{{json .}}' app")) as Record<string, string>;
    expect(json).toMatchObject({ Repository: 'app', Tag: 'latest', Containers: 'N/A', Digest: '<none>', CreatedAt: '2026-06-20 12:00:00 +0000 UTC' });
    expect(t.run("docker inspect -f '{{.Created}}' app")).toBe('2026-06-20T12:00:00.000000000Z\n');
  });
});

describe('docker history', () => {
  const DF = 'FROM alpine:3.24\nARG NPM_TOKEN\nARG MODE=prod\nRUN echo "$MODE" > /mode\nCMD ["node", "server.js"]\nEXPOSE 8080\n';

  it('shows the build arguments of each RUN, as BuildKit records them', () => {
    const t = timed({ Dockerfile: DF });
    t.run('docker build --build-arg NPM_TOKEN=npm_secret -t app .');
    const history = t.run('docker history --no-trunc app');
    expect(history).toContain('RUN |2 NPM_TOKEN=npm_secret MODE=prod /bin/sh -c echo "$MODE" > /mode # buildkit');
    expect(history).toContain('ARG NPM_TOKEN=npm_secret ');
    expect(history).toContain('ARG MODE=prod ');
    expect(history).toContain('CMD ["node" "server.js"]');
    expect(history).toContain('EXPOSE [8080/tcp]');
    expect(t.run('docker history app')).toContain('RUN |2 NPM_TOKEN=npm_secret MODE=prod /bin/s…');
  });

  it('records ENV after substitution, so an ENV of a build argument shows its value', () => {
    const t = timed({ Dockerfile: 'FROM alpine:3.24\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN} MODE=prod\nLABEL token=$NPM_TOKEN\n' });
    t.run('docker build --build-arg NPM_TOKEN=npm_secret -t app .');
    const history = t.run('docker history --no-trunc app');
    expect(history).toContain('ENV NPM_TOKEN=npm_secret MODE=prod ');
    expect(history).toContain('LABEL token=npm_secret ');
    expect(t.run("docker inspect -f '{{.Config.Env}}' app")).toContain('NPM_TOKEN=npm_secret');
  });

  it('records an ARG without a value as empty, and takes a bare --build-arg from the shell', () => {
    const t = timed({ Dockerfile: DF });
    t.run('docker build -t app .');
    expect(t.run('docker history --no-trunc app')).toContain('RUN |2 NPM_TOKEN= MODE=prod /bin/sh -c');
    t.run('export NPM_TOKEN=from-shell');
    t.run('docker build --build-arg NPM_TOKEN -t app2 .');
    expect(t.run('docker history --no-trunc app2')).toContain('RUN |2 NPM_TOKEN=from-shell MODE=prod');
  });

  it('prints the image id with -q and formats rows', () => {
    const t = timed({ Dockerfile: DF });
    const id = t.run('docker build -q -t app .').trim();
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(t.run('docker history -q app')).toBe(`${id.slice(7, 19)}\n`);
    expect(rows(t.run("docker history --format '{{.CreatedBy}}' app"))[0]).toBe('EXPOSE [8080/tcp]');
    expect(rows(t.run("docker history --no-trunc --format 'table {{.ID}}' app"))).toContain(id);
  });
});

describe('docker logs', () => {
  it('prints what the container wrote, or its last lines with --tail', () => {
    const t = timed();
    t.run("docker run --name talk alpine:3.24 sh -c 'echo one; echo two; echo three'");
    expect(t.run('docker logs talk')).toBe('one\ntwo\nthree\n');
    expect(t.run('docker logs --tail 2 talk')).toBe('two\nthree\n');
    expect(t.run('docker logs -n 1 talk')).toBe('three\n');
    expect(t.run('docker logs --tail=0 talk')).toBe('');
    expect(t.run('docker logs --tail all -f talk')).toBe('one\ntwo\nthree\n');
    expect(t.run('docker logs nobody')).toBe('Error response from daemon: No such container: nobody\n');
  });
});

describe('docker info', () => {
  it('describes the lab daemon and counts its containers', () => {
    const t = timed();
    t.run('docker run -d --name web nginx:1.30');
    t.run('docker run --name once alpine:3.24 true');
    const out = t.run('docker info');
    expect(out).toContain('Server:\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n');
    expect(out).toContain(' Server Version: 27.3.1\n Storage Driver: overlay2\n');
    expect(out).toContain(' Cgroup Driver: systemd\n Cgroup Version: 2\n');
    expect(out).toContain(' Security Options:\n  apparmor\n  seccomp\n   Profile: builtin\n  cgroupns\n');
    expect(out).not.toMatch(/rootless|userns/);
    expect(t.run('docker system info')).toBe(out);
  });
});
