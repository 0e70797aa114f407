import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as secretMount } from './secret-mount/exercise';
import { exercise as pinAndVerify } from './pin-and-verify/exercise';

function failing(exercise: Exercise, lines: string[]): string[] {
  return grade(exercise, { Dockerfile: `${lines.join('\n')}\n` }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('build-secrets-and-supply-chain/secret-mount goals', () => {
  const tail = ['COPY server.js ./', 'USER 10001:10001', 'CMD ["node", "server.js"]'];
  const head = ['# syntax=docker/dockerfile:1', 'FROM node:24.22-alpine3.24', 'WORKDIR /app', 'COPY package.json package-lock.json ./'];

  it('accept a secret mounted at another target, with npm install', () => {
    expect(failing(secretMount, [...head, 'RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm install --omit=dev', ...tail])).toEqual([]);
  });

  it('reject a token left in ARG, a copied .npmrc, or an install without the mount', () => {
    expect(failing(secretMount, [...head, 'ARG NPM_TOKEN', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', ...tail])).toEqual(['goal:no-secret-variables']);
    expect(failing(secretMount, [...head, 'COPY .npmrc /root/.npmrc', 'RUN npm ci', ...tail])).toEqual(['goal:install-uses-secret-mount', 'goal:no-npmrc-in-layers']);
    expect(failing(secretMount, [...head, ...tail])).toEqual(['goal:install-uses-secret-mount']);
  });
});

describe('build-secrets-and-supply-chain/pin-and-verify goals', () => {
  const hash = 'a'.repeat(64);
  const reporter = [`ADD --checksum=sha256:${hash} https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64 /usr/local/bin/reporter`, 'USER 10001:10001', 'ENTRYPOINT ["/usr/local/bin/reporter"]'];
  const installer = `RUN curl -fsSLo /tmp/i.sh https://get.example.com/collector/install-2.1.0.sh && echo "${hash}  /tmp/i.sh" > /tmp/i.sum && sha256sum --check /tmp/i.sum && sh /tmp/i.sh`;

  it('accept a digest-pinned base and curl with sha256sum --check', () => {
    expect(failing(pinAndVerify, [`FROM alpine@sha256:${hash}`, installer, ...reporter])).toEqual([]);
    expect(failing(pinAndVerify, ['FROM alpine:3.24.3', installer, ...reporter])).toEqual([]);
  });

  it('reject each remaining weakness on its own', () => {
    expect(failing(pinAndVerify, ['FROM alpine', installer, ...reporter])).toEqual(['goal:pinned-base']);
    expect(failing(pinAndVerify, ['FROM alpine:3.24', installer.replace('curl -fsSLo', 'curl -kfsSLo'), ...reporter])).toEqual(['goal:tls-verified']);
    expect(failing(pinAndVerify, ['FROM alpine:3.24', 'RUN curl -fsSL https://get.example.com/collector/install.sh | sh', ...reporter])).toEqual(['goal:no-pipe-to-shell', 'goal:downloads-verified']);
    expect(failing(pinAndVerify, ['FROM alpine:3.24', installer, ...reporter.map((l) => l.replace(`--checksum=sha256:${hash} `, ''))])).toEqual(['goal:downloads-verified']);
  });

  it('reject a fix that drops the collector or the reporter', () => {
    expect(failing(pinAndVerify, ['FROM alpine:3.24', ...reporter])).toEqual(['goal:still-installs']);
    expect(failing(pinAndVerify, ['FROM alpine:3.24', installer, 'USER 10001:10001', 'ENTRYPOINT ["/usr/local/bin/reporter"]'])).toEqual(['goal:still-installs']);
  });
});
