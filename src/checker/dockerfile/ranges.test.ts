import { describe, expect, it } from 'vitest';
import { runRule } from '../core/engine';
import type { Span } from '../core/types';
import { dockerfileChecker } from './index';
import { parseDockerfile } from './parse';

/** The spans one rule reports on `code`, as [line, column, endLine, endColumn]. */
function spans(ruleId: string, code: string): number[][] {
  const rule = dockerfileChecker.rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return runRule(rule, parseDockerfile(code)).map((f) => [f.line, f.column, f.endLine, f.endColumn]);
}

/** The text a span covers, for single-line spans. */
function covered(code: string, [line = 1, column = 1, , endColumn = 1]: number[]): string {
  return (code.split('\n')[line - 1] ?? '').slice(column - 1, endColumn - 1);
}

const CASES: { rule: string; code: string; text: string[] }[] = [
  { rule: 'latest-or-untagged-base-image', code: 'FROM --platform=linux/amd64 node AS build\n', text: ['node'] },
  { rule: 'latest-or-untagged-base-image', code: 'FROM alpine:latest\n', text: ['alpine:latest'] },
  { rule: 'runs-as-root', code: 'FROM alpine:3.24\nUSER  root\n', text: ['root'] },
  { rule: 'runs-as-root', code: 'FROM node:24\nCMD ["node"]\n', text: ['node:24'] },
  { rule: 'user-not-numeric', code: 'FROM alpine:3.24\nRUN adduser -D app\nUSER app:app\n', text: ['app:app'] },
  { rule: 'app-files-writable-by-runtime-user', code: 'FROM alpine:3.24\nRUN adduser -D -u 1000 app\nCOPY --chown=app:app . /srv\nUSER 1000\n', text: ['--chown=app:app'] },
  { rule: 'app-files-writable-by-runtime-user', code: 'FROM alpine:3.24\nCOPY --chmod=777 . /srv\nUSER 1000\n', text: ['--chmod=777'] },
  { rule: 'app-files-writable-by-runtime-user', code: 'FROM alpine:3.24\nRUN mkdir /srv && chmod -R 777 /srv\nUSER 1000\n', text: ['chmod -R 777 /srv'] },
  { rule: 'tls-verification-disabled', code: 'FROM alpine:3.24\nRUN curl -fsSLk https://x -o /x\n', text: ['-fsSLk'] },
  { rule: 'tls-verification-disabled', code: 'FROM alpine:3.24\nRUN wget --no-check-certificate https://x\n', text: ['--no-check-certificate'] },
  { rule: 'tls-verification-disabled', code: 'FROM node:24\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n', text: ['NODE_TLS_REJECT_UNAUTHORIZED'] },
  { rule: 'add-instead-of-copy', code: 'FROM alpine:3.24\nadd app.py /srv/\n', text: ['add'] },
  { rule: 'add-remote-url', code: 'FROM alpine:3.24\nADD --chown=0:0 https://example.com/tool /usr/bin/\n', text: ['https://example.com/tool'] },
  { rule: 'secrets-in-env-or-arg', code: 'FROM alpine:3.24\nENV APP=1 DB_PASSWORD=hunter2\n', text: ['DB_PASSWORD'] },
  { rule: 'secrets-in-env-or-arg', code: 'ARG GITHUB_TOKEN\nFROM alpine:3.24\n', text: ['GITHUB_TOKEN'] },
  { rule: 'secret-file-in-layer', code: 'FROM alpine:3.24\nCOPY app.py .env /srv/\n', text: ['.env'] },
  { rule: 'sudo-usage', code: 'FROM alpine:3.24\nRUN apk add curl && sudo chown app /srv\n', text: ['sudo'] },
  { rule: 'curl-pipe-shell', code: 'FROM alpine:3.24\nRUN curl -fsSL https://x/install.sh | sh -s\n', text: ['curl -fsSL https://x/install.sh | sh'] },
  { rule: 'apt-no-install-recommends', code: 'FROM debian:13\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n', text: ['apt-get install'] },
  { rule: 'apk-add-without-no-cache', code: 'FROM alpine:3.24\nRUN apk add curl\n', text: ['apk add'] },
  { rule: 'ssh-server-or-port-22', code: 'FROM alpine:3.24\nEXPOSE 8080 22\n', text: ['22'] },
  { rule: 'ssh-server-or-port-22', code: 'FROM debian:13\nRUN apt-get install -y --no-install-recommends openssh-server\n', text: ['openssh-server'] },
  { rule: 'relative-workdir', code: 'FROM alpine:3.24\nWORKDIR app\n', text: ['app'] },
  { rule: 'docker-socket-volume', code: 'FROM alpine:3.24\nVOLUME /data /var/run/docker.sock\n', text: ['/var/run/docker.sock'] },
  { rule: 'copy-entire-stage-filesystem', code: 'FROM alpine:3.24 AS b\nFROM alpine:3.24\nCOPY --from=b / /\n', text: ['/'] },
  { rule: 'build-tools-in-final-image', code: 'FROM debian:13\nRUN apt-get install -y --no-install-recommends ca-certificates gcc\n', text: ['gcc'] },
  { rule: 'pipe-without-pipefail', code: 'FROM debian:13\nRUN wget -qO- https://x | tar xz\n', text: ['wget -qO- https://x | tar'] },
  { rule: 'missing-healthcheck', code: 'FROM alpine:3.24 AS b\nFROM b  \n', text: ['FROM b'] },
  { rule: 'apt-update-alone', code: 'FROM debian:13\nRUN apt-get update\nRUN apt-get install -y x\n', text: ['RUN apt-get install -y x'] },
  { rule: 'shell-form-without-shell', code: 'FROM scratch\nCMD /app --port 80\n', text: ['CMD /app --port 80'] },
];

describe('finding ranges', () => {
  it.each(CASES)('$rule marks the offending text in $code', ({ rule, code, text }) => {
    const found = spans(rule, code);
    expect(found.map((s) => covered(code, s))).toEqual(text);
  });

  it('keeps a finding about a continuation line on the instruction\'s first line', () => {
    const code = 'FROM alpine:3.24\nRUN apk update \\\n    && apk add curl\n';
    expect(spans('apk-add-without-no-cache', code)).toEqual([[2, 1, 2, 17]]);
    const add = 'FROM alpine:3.24\nADD --checksum=sha256:x \\\n  https://example.com/a /a\nADD \\\n  https://example.com/b /b\n';
    expect(spans('add-remote-url', add)).toEqual([[4, 1, 4, 6]]);
  });

  it('points inside a heredoc at the line of the command', () => {
    const code = 'FROM alpine:3.24\nRUN <<EOF\nset -e\n  apk add curl\nEOF\n';
    expect(spans('apk-add-without-no-cache', code)).toEqual([[4, 3, 4, 10]]);
    const tabbed = 'FROM alpine:3.24\nRUN <<-EOF\n\t\tsudo id\n\tEOF\n';
    expect(spans('sudo-usage', tabbed)).toEqual([[3, 3, 3, 7]]);
  });

  it('places the parser diagnostics on what they are about', () => {
    const at = (code: string): Span[] => parseDockerfile(code).diagnostics.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
    expect(at('FROM alpine:3.24\n  RUNN ls\n')).toEqual([{ line: 2, column: 3, endLine: 2, endColumn: 7 }]);
    expect(at('ARG IMAGE\nFROM  $IMAGE AS x\n')).toEqual([{ line: 2, column: 7, endLine: 2, endColumn: 13 }]);
  });

  it('gives every finding of every rule more than one character when it has text to cover', () => {
    const code = 'FROM node\nUSER root\nENV API_TOKEN=abc\nADD . /app\nRUN sudo apt-get install -y curl openssh-server && curl -k https://x | bash\nEXPOSE 22\nWORKDIR app\nCOPY --chown=root:root .env /app/\n';
    for (const rule of dockerfileChecker.rules) {
      for (const f of runRule(rule, parseDockerfile(code))) {
        expect(f.endLine > f.line || f.endColumn - f.column > 1, `${f.ruleId} ${JSON.stringify(f)}`).toBe(true);
      }
    }
  });
});
