import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const DF = 'FROM alpine:3.24 AS base\nRUN echo base\nFROM base AS test\nRUN echo test\nFROM base\nCMD ["sh"]\n';

describe('docker build flags', () => {
  it('answers a flag buildx does not have, or one without its value, as the client does', () => {
    const t = terminal({ Dockerfile: DF });
    expect(t.run('docker build --nope .')).toBe("unknown flag: --nope\nSee 'docker buildx build --help'.\n");
    expect(t.run('docker build -x .')).toBe("unknown shorthand flag: 'x' in -x\nSee 'docker buildx build --help'.\n");
    expect(t.run('docker build -qx .')).toBe("unknown shorthand flag: 'x' in -x\nSee 'docker buildx build --help'.\n");
    expect(t.run('docker build . -t')).toBe("flag needs an argument: 't' in -t\nSee 'docker buildx build --help'.\n");
    expect(t.run('docker build . --target')).toBe("flag needs an argument: --target\nSee 'docker buildx build --help'.\n");
    expect(t.run('docker build')).toBe("ERROR: \"docker buildx build\" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n");
  });

  it('takes flags after the context, and the cache and pull flags', () => {
    const t = terminal({ Dockerfile: DF });
    expect(t.run('docker build . --no-cache --pull --progress=plain -t app')).toContain('naming to docker.io/library/app:latest done');
    expect(t.run('docker images app')).toContain('app          latest');
  });

  it('prints only the image id with -q, and refuses -q with another display', () => {
    const t = terminal({ Dockerfile: DF });
    const out = t.run('docker build -q -t app .');
    expect(out).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(t.run("docker inspect -f '{{.Id}}' app")).toBe(out);
    expect(t.run('docker build -q --progress=plain .')).toBe('ERROR: progress=plain and quiet cannot be used together\n');
    expect(t.run('docker build --progress=fancy .')).toBe('ERROR: invalid progress mode fancy\n');
  });

  it('still shows why a quiet build failed', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nRUN cat /nope\n' });
    const out = t.run('docker build -q .');
    expect(out).not.toContain('[+] Building');
    expect(out).toContain("0.214 cat: can't open '/nope': No such file or directory");
    expect(out).toMatch(/ERROR: failed to solve: process "\/bin\/sh -c cat \/nope" did not complete successfully: exit code: 1\n$/);
  });

  it('reads another Dockerfile with -f or --file, and says when it is missing', () => {
    const t = terminal({ Dockerfile: DF }, { 'Dockerfile.prod': 'FROM alpine:3.24\nLABEL stage=prod\n' });
    t.run('docker build -f Dockerfile.prod -t prod .');
    expect(t.run("docker inspect -f '{{.Config.Labels}}' prod")).toBe('map[stage:prod]\n');
    t.run('docker build --file=Dockerfile.prod -t prod2 .');
    expect(t.run('docker images prod2')).toContain('prod2');
    expect(t.run('docker build -f Dockerfile.dev .')).toBe('ERROR: failed to solve: failed to read dockerfile: open Dockerfile.dev: no such file or directory\n');
  });

  it('builds the --target stage', () => {
    const t = terminal({ Dockerfile: DF });
    const out = t.run('docker build --target test -t tested .');
    expect(out).toContain('[test 2/2] RUN echo test');
    expect(t.run('docker history --no-trunc tested')).toContain('RUN /bin/sh -c echo test # buildkit');
    expect(t.run('docker build --target nope .')).toContain('ERROR: failed to solve: target stage "nope" could not be found');
  });
});
