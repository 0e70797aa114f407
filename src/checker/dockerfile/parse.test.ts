import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './index';

describe('parseDockerfile', () => {
  it('reads stages, bases, ARG substitution and the final stage', () => {
    const model = parseDockerfile([
      '# syntax=docker/dockerfile:1',
      'ARG BASE=maven:3-eclipse-temurin-17',
      'ARG TAG',
      'FROM --platform=$BUILDPLATFORM ${BASE} AS Build',
      'RUN mvn package',
      'FROM eclipse-temurin:${TAG:-17-jre}',
      'COPY --from=build /target/app.jar /opt/app/',
    ].join('\n'));
    expect(model.directives).toEqual([{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }]);
    expect(model.globalArgs.map((a) => [a.name, a.value])).toEqual([['BASE', 'maven:3-eclipse-temurin-17'], ['TAG', null]]);
    const [build, runtime] = model.stages;
    expect(build?.name).toBe('build');
    expect(build?.base).toMatchObject({ resolved: 'maven:3-eclipse-temurin-17', repository: 'maven', platform: '$BUILDPLATFORM', kind: 'image' });
    expect(build?.base.info?.toolchain).toBe(true);
    expect(runtime?.base).toMatchObject({ resolved: 'eclipse-temurin:17-jre', tag: '17-jre' });
    expect(runtime?.base.info?.id).toBe('eclipse-temurin-jre');
    expect(model.final).toBe(runtime);
    expect(runtime?.adds[0]).toMatchObject({ from: 'build', fromStage: 0, sources: ['/target/app.jar'], dest: '/opt/app/', owner: { uid: 0, gid: 0 } });
  });

  it('tracks the effective user, created users and inherited stages', () => {
    const model = parseDockerfile([
      'FROM alpine:3.24 AS base',
      'RUN addgroup -g 10001 app && adduser -D -u 10001 -G app app',
      'USER app',
      'FROM base',
      'COPY --chown=app:app --chmod=0555 bin/ /opt/bin/',
    ].join('\n'));
    const [base, final] = model.stages;
    expect(base?.createdUsers).toEqual([{ name: 'app', uid: 10001, gid: 10001, line: 2 }]);
    expect(base?.user).toMatchObject({ user: 'app', uid: 10001, gid: 10001, isRoot: false, source: 'instruction', line: 3 });
    expect(final?.base.kind).toBe('stage');
    expect(final?.initialUser).toMatchObject({ uid: 10001, source: 'stage', line: 4 });
    expect(final?.adds[0]).toMatchObject({ chown: 'app:app', owner: { uid: 10001, gid: 10001 }, mode: 0o555 });
    expect(final?.knownUsers.some((u) => u.name === 'app' && u.uid === 10001)).toBe(true);
  });

  it('gives catalogue users to known bases and "unknown" to others', () => {
    expect(parseDockerfile('FROM node:24-slim\n').final?.user).toMatchObject({ uid: 0, isRoot: true, source: 'base-image' });
    expect(parseDockerfile('FROM docker.io/library/node:24\n').final?.base.info?.id).toBe('node');
    expect(parseDockerfile('FROM gcr.io/distroless/static-debian13:nonroot\n').final?.user).toMatchObject({ uid: 65532, isRoot: false });
    expect(parseDockerfile('FROM payara/micro:6.2024.1\n').final?.user).toMatchObject({ user: 'payara', uid: 1000, isRoot: false });
    expect(parseDockerfile('FROM scratch\n').final?.user.isRoot).toBe(true);
    expect(parseDockerfile('FROM quay.io/acme/base:1\n').final?.user).toMatchObject({ raw: 'unknown', isRoot: null });
    expect(parseDockerfile('FROM node:24\nUSER node\n').final?.user).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('splits RUN scripts into commands with lines, operators, redirects and mounts', () => {
    const model = parseDockerfile([
      'FROM debian:13-slim',
      'RUN --mount=type=secret,id=token,target=/run/secrets/t \\',
      '    --mount=type=cache,target=/var/cache/apt \\',
      '    apt-get update && \\',
      '    # a comment inside the continuation',
      '    curl -fsSL "https://x/a b" | sh; echo done > /etc/motd',
    ].join('\r\n'));
    const run = model.final?.runs[0];
    expect(run?.mounts.map((m) => [m.type, m.id, m.target])).toEqual([['secret', 'token', '/run/secrets/t'], ['cache', null, '/var/cache/apt']]);
    expect(run?.commands.map((c) => [c.program, c.next, c.line])).toEqual([['apt-get', '&&', 4], ['curl', '|', 6], ['sh', ';', 6], ['echo', null, 6]]);
    expect(run?.commands[1]?.args).toEqual(['-fsSL', 'https://x/a b']);
    expect(model.final?.writes).toMatchObject([{ kind: 'write', paths: ['/etc/motd'], recursive: false, value: null, content: 'done\n', line: 6 }]);
  });

  it('reads heredocs: several per line, <<-, quoted delimiters, scripts and inline files', () => {
    const model = parseDockerfile([
      'FROM alpine:3.24',
      'RUN <<EOF',
      'apk add --no-cache curl',
      'chmod 755 /app',
      'EOF',
      'RUN <<-"END" bash',
      '\tset -e',
      '\techo $HOME',
      '\tEND',
      'RUN cat <<A > /a.txt && python3 <<B',
      'hello',
      'A',
      'print("not shell")',
      'B',
      'COPY <<EOF /etc/app.conf',
      'port=8080',
      'EOF',
      'USER 1000',
    ].join('\n'));
    const [first, second, third] = model.final?.runs ?? [];
    expect(first?.commands.map((c) => [c.program, c.line])).toEqual([['apk', 3], ['chmod', 4]]);
    expect(second?.heredocs[0]).toMatchObject({ name: 'END', quoted: true, stripTabs: true, body: 'set -e\necho $HOME\n' });
    expect(second?.commands.map((c) => c.program)).toEqual(['bash', 'set', 'echo']);
    expect(third?.commands.map((c) => c.program)).toEqual(['cat', 'python3']);
    expect(model.final?.writes.find((w) => w.paths.includes('/a.txt'))?.content).toBe('hello\n');
    expect(model.final?.adds[0]).toMatchObject({ dest: '/etc/app.conf', inline: [{ name: 'EOF', content: 'port=8080\n' }], line: 15, endLine: 17 });
    expect(model.final?.user).toMatchObject({ uid: 1000, line: 18 });
  });

  it('honours the escape directive, lowercase keywords and a BOM', () => {
    const model = parseDockerfile('\uFEFF# escape=`\nfrom mcr.microsoft.com/windows/nanoserver:ltsc2022\nrun dir `\n  c:\\\nuser ContainerUser\n');
    expect(model.escape).toBe('`');
    expect(model.final?.runs[0]?.script).toBe('dir   c:\\');
    expect(model.final?.user).toMatchObject({ user: 'ContainerUser', line: 5 });
  });

  it('reads ENV, LABEL, EXPOSE, ENTRYPOINT, CMD, HEALTHCHECK, VOLUME, WORKDIR and SHELL', () => {
    const model = parseDockerfile([
      'FROM alpine:3.24',
      'ENV APP_HOME=/srv/app PORT=8080',
      'ENV LEGACY some value',
      'LABEL org.opencontainers.image.title="demo app"',
      'WORKDIR $APP_HOME',
      'EXPOSE ${PORT}/tcp 53/udp',
      'VOLUME ["/data"]',
      'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
      'HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/ || exit 1',
      'ENTRYPOINT ["/srv/app/run"]',
      'CMD --verbose',
    ].join('\n'));
    const s = model.final;
    expect(s?.env.map((e) => [e.name, e.value])).toEqual([['APP_HOME', '/srv/app'], ['PORT', '8080'], ['LEGACY', 'some value']]);
    expect(s?.labels).toMatchObject([{ name: 'org.opencontainers.image.title', value: 'demo app', line: 4 }]);
    expect(s?.workdirs).toMatchObject([{ path: '/srv/app', line: 5 }]);
    expect(s?.expose.map((p) => [p.port, p.protocol])).toEqual([[8080, 'tcp'], [53, 'udp']]);
    expect(s?.volumes).toMatchObject([{ path: '/data', line: 7 }]);
    expect(s?.shells[0]?.args).toEqual(['/bin/ash', '-eo', 'pipefail', '-c']);
    expect(s?.healthcheck).toMatchObject({ none: false, command: { form: 'shell' }, line: 9 });
    expect(s?.entrypoint).toMatchObject({ form: 'exec', args: ['/srv/app/run'], line: 10 });
    expect(s?.cmd).toMatchObject({ form: 'shell', args: ['--verbose'], line: 11 });
    expect(s?.steps.map((x) => x.keyword)).toEqual(['FROM', 'ENV', 'ENV', 'LABEL', 'WORKDIR', 'EXPOSE', 'VOLUME', 'SHELL', 'HEALTHCHECK', 'ENTRYPOINT', 'CMD']);
  });

  it('reports files without FROM, unknown instructions and unclosed heredocs', () => {
    expect(parseDockerfile('').diagnostics.map((d) => d.ruleId)).toEqual(['no-from']);
    const fragment = parseDockerfile('RUN apt-get install curl\n');
    expect(fragment.final?.implicit).toBe(true);
    expect(fragment.final?.runs).toHaveLength(1);
    expect(parseDockerfile('FROM alpine:3.24\nRUNN ls\n').diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['unknown-instruction', 2]]);
    expect(parseDockerfile('FROM alpine:3.24\nRUN <<EOF\nls\n').diagnostics.map((d) => d.ruleId)).toEqual(['unterminated-heredoc']);
    expect(parseDockerfile('RUN ls\nFROM alpine:3.24\n').diagnostics.map((d) => d.ruleId)).toEqual(['instruction-before-from']);
    expect(parseDockerfile('ARG IMAGE\nFROM $IMAGE\n').diagnostics.map((d) => d.ruleId)).toEqual(['unresolved-base-image']);
  });
});
