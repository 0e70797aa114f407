import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const CONTEXT = {
  app: '#!/bin/sh\necho hello\n',
  'pom.xml': '<project><artifactId>hello</artifactId><packaging>war</packaging></project>\n',
  'src/main/java/App.java': 'class App {}\n',
};

function build(dockerfile: string, tag = 'app'): { t: ReturnType<typeof terminal>; out: string } {
  const t = terminal({ Dockerfile: dockerfile }, CONTEXT);
  return { t, out: t.run(`docker build -t ${tag} .`) };
}

describe('docker build', () => {
  it('prints BuildKit steps, numbered per stage', () => {
    const { out } = build('FROM alpine:3.24\nCOPY app /app\nCMD ["/app"]\n');
    const lines = out.split('\n').map((l) => l.replace(/\s+\d+\.\ds$/, ''));
    expect(lines[0]).toMatch(/^\[\+\] Building \d+\.\ds \(7\/7\) FINISHED\s+docker:default$/);
    expect(lines).toEqual(expect.arrayContaining([
      ' => [internal] load build definition from Dockerfile',
      ' => => transferring dockerfile: 44B',
      ' => [internal] load metadata for docker.io/library/alpine:3.24',
      ' => [2/2] COPY app /app',
      ' => exporting to image',
      ' => => naming to docker.io/library/app:latest',
    ]));
    expect(out).toMatch(/ => \[1\/2\] FROM docker\.io\/library\/alpine:3\.24@sha256:[0-9a-f]{64}/);
  });

  it('fails on a COPY source missing from the context', () => {
    const { t, out } = build('FROM alpine:3.24\nCOPY missing /app\n');
    expect(out).toContain(' => ERROR [2/2] COPY missing /app');
    expect(out).toContain('Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.24\n   2 | >>> COPY missing /app\n');
    expect(out).toMatch(/ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref \w+::\w+: "\/missing": not found\n$/);
    expect(t.run('docker images')).not.toContain('app ');
  });

  it('treats an unknown --from name as an image it cannot pull', () => {
    const { out } = build('FROM alpine:3.24 AS build\nFROM alpine:3.24\nCOPY --from=buildr /x /x\n');
    expect(out).toContain('ERROR: failed to solve: buildr: failed to resolve source metadata for docker.io/library/buildr:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
  });

  it('cannot RUN in an image without a shell', () => {
    const { out } = build('FROM scratch\nCOPY app /app\nRUN echo hi\n');
    expect(out).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(out).toContain('ERROR: failed to solve: process "/bin/sh -c echo hi" did not complete successfully: exit code: 1');
  });

  it('reports a package manager the base does not have', () => {
    const { out } = build('FROM debian:trixie-slim\nRUN apk add curl\n');
    expect(out).toContain('0.215 /bin/sh: apk: not found');
    expect(out).toContain('did not complete successfully: exit code: 127');
  });

  it('stops at a parse error', () => {
    const { out } = build('FROM alpine:3.24\nCOPYY app /app\n');
    expect(out).toContain('ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: COPYY');
  });

  // BuildKit's parser and instructions packages: only an instruction's own error names its line in the message.
  it('words a Dockerfile without a stage as BuildKit does', () => {
    const before = build('RUN ls\nFROM alpine:3.24\n').out;
    expect(before).toContain('Dockerfile:1\n');
    expect(before).toMatch(/ERROR: failed to solve: no build stage in current context\n$/);
    expect(build('ARG VERSION=1\nARG NAME=a \\\n  b\n').out).toMatch(/\nERROR: failed to solve: dockerfile contains no stages to build\n$/);
    const empty = build('# nothing yet\n\n').out;
    expect(empty).toMatch(/\nERROR: failed to solve: file with no instructions\n$/);
    expect(empty).not.toContain('Dockerfile:');
  });

  it('stops at a heredoc that never ends', () => {
    const { out } = build('FROM alpine:3.24\nRUN <<EOF\necho hi\n');
    expect(out).toContain('Dockerfile:2\n');
    expect(out).toMatch(/ERROR: failed to solve: unterminated heredoc\n$/);
  });

  it('fails on a base image no registry has', () => {
    const { out } = build('FROM example/nothing:1\n');
    expect(out).toContain(' => ERROR [internal] load metadata for docker.io/example/nothing:1');
    expect(out).toContain('pull access denied, repository does not exist or may require authorization');
  });

  it('builds an unknown USER name, which then fails at run time', () => {
    const { t, out } = build('FROM alpine:3.24\nUSER app\n');
    expect(out).toContain('FINISHED');
    expect(t.run('docker run --rm app id')).toBe("docker: Error response from daemon: unable to find user app: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n");
  });

  it('applies --chown and --chmod, and users created by RUN', () => {
    const { t } = build('FROM alpine:3.24\nRUN adduser -D -u 1000 app\nCOPY --chown=0:0 --chmod=555 app /app/run\nUSER app\nWORKDIR /app\n');
    expect(t.run('docker run --rm app id')).toBe('uid=1000(app) gid=1000(app) groups=1000(app)\n');
    expect(t.run('docker run --rm app ls -l /app')).toBe('total 4\n-r-xr-xr-x    1 root     root            21 Jun 20 12:00 run\n');
    expect(t.run('docker run --rm app touch /app/run')).toBe('touch: /app/run: Permission denied\n');
    expect(t.run('docker run --rm -u 0 --cap-drop ALL app sh -c "echo x >> /app/run"')).toBe("sh: can't create /app/run: Permission denied\n");
    expect(t.run('docker run --rm -u 0 app sh -c "echo x >> /app/run && echo written"')).toBe('written\n');
  });

  it('keeps only the final stage: the multi-stage image is far smaller than its build stage', () => {
    const dockerfile = [
      'FROM maven:3.6.0-jdk-11-slim AS build', 'COPY src /home/app/src', 'COPY pom.xml /home/app',
      'RUN mvn -f /home/app/pom.xml clean package', '', 'FROM gcr.io/distroless/java17-debian13:nonroot',
      'COPY --from=build /home/app/target/hello.war /app/hello.war', 'CMD ["/app/hello.war"]', '',
    ].join('\n');
    const { t, out } = build(dockerfile, 'hello:1.0');
    expect(out).toContain(' => [build 4/4] RUN mvn -f /home/app/pom.xml clean package');
    expect(out).toContain(' => [stage-1 2/2] COPY --from=build /home/app/target/hello.war /app/hello.war');
    t.files.Dockerfile = dockerfile;
    t.run('docker build --target build -t hello:build .');
    const sizes = Object.fromEntries(t.run('docker images').split('\n').slice(1).filter(Boolean).map((row) => {
      const cells = row.split(/\s{3,}/);
      return [`${cells[0]}:${cells[1]}`, cells[4] ?? ''];
    }));
    expect(sizes['hello:1.0']).toBe('155MB');
    expect(sizes['hello:build']).toBe('653MB');
    expect(t.run('docker inspect --format "{{.Config.User}} {{json .Config.Cmd}}" hello:1.0')).toBe('65532 ["/app/hello.war"]\n');
  });

  it('shows the layers in docker history, newest first', () => {
    const { t } = build('FROM alpine:3.24\nCOPY app /app\nUSER 10001:10001\n');
    expect(t.run('docker history app').split('\n').map((l) => l.trimEnd())).toEqual([
      'IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT',
      expect.stringMatching(/^[0-9a-f]{12} {3}Less than a second ago {3}USER 10001:10001 {32}0B {8}buildkit\.dockerfile\.v0$/),
      '<missing>      Less than a second ago   COPY app /app # buildkit                        21B       buildkit.dockerfile.v0',
      '<missing>      2 weeks ago              /bin/sh -c #(nop)  CMD ["/bin/sh"]              0B',
      expect.stringMatching(/^<missing> {6}2 weeks ago {14}\/bin\/sh -c #\(nop\) ADD file:[0-9a-f]{12} in \/ {4}7\.04MB$/),
      '',
    ]);
  });

  it('is deterministic: the same build gives the same image id', () => {
    const first = build('FROM alpine:3.24\nCOPY app /app\n').out;
    const second = build('FROM alpine:3.24\nCOPY app /app\n').out;
    expect(first).toBe(second);
  });

  it('reads the Dockerfile named with -f from the editor', () => {
    const t = terminal({ 'app.Dockerfile': 'FROM alpine:3.24\n' });
    expect(t.run('docker build -f app.Dockerfile -t other .')).toContain('naming to docker.io/library/other:latest');
    expect(t.run('docker build -f nope -t other .')).toBe('ERROR: failed to solve: failed to read dockerfile: open nope: no such file or directory\n');
  });
});
