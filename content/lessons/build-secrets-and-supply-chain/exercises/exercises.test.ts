import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
import { exercise as secretMount } from './secret-mount/exercise';
import { exercise as pinAndVerify } from './pin-and-verify/exercise';

const DF = 'Dockerfile';
const failing = (exercise: typeof secretMount, files: Record<string, string>): string[] => failingIds(exercise, files).filter((id) => id !== 'run');

describe('build-secrets-and-supply-chain/secret-mount', () => {
  const INSTALL = 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev';
  const withInstall = (line: string) => editSolution(secretMount, DF, INSTALL, line);

  it.each([
    ['the wrong id and target', withInstall('RUN --mount=type=secret,id=wrong,target=/tmp/x npm ci --omit=dev'), 'goal:install-uses-secret-mount', /id is wrong/],
    ['no target', withInstall('RUN --mount=type=secret,id=npmrc npm ci --omit=dev'), 'goal:install-uses-secret-mount', /\/run\/secrets\/npmrc, a file npm never reads/],
    ['a target npm never reads', withInstall('RUN --mount=type=secret,id=npmrc,target=/tmp/.npmrc npm ci --omit=dev'), 'goal:install-uses-secret-mount', /\/tmp\/\.npmrc, a file npm never reads/],
    ['lesson 1\'s old project path', withInstall('RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci --omit=dev'), 'goal:install-uses-secret-mount', /\/root\/\.npmrc/],
    ['the ARG kept next to the mount', editSolution(secretMount, DF, 'WORKDIR /app', 'ARG NPM_TOKEN\nWORKDIR /app'), 'goal:no-secret-variables', /image history/],
    ['the ENV kept', editSolution(secretMount, DF, 'WORKDIR /app', 'ENV NPM_TOKEN=x\nWORKDIR /app'), 'goal:no-secret-variables', /image config/],
    ['.npmrc copied in', editSolution(secretMount, DF, INSTALL, 'COPY .npmrc /root/.npmrc\nRUN npm ci --omit=dev'), 'goal:no-npmrc-in-layers', /\.npmrc/],
    ['the whole context copied before the install', editSolution(secretMount, DF, 'COPY package.json package-lock.json ./', 'COPY . .'), 'goal:no-npmrc-in-layers', /from the build context/],
    ['the token written to .npmrc in a RUN', withInstall('RUN echo "//registry.npmjs.org/:_authToken=x" > .npmrc && npm ci --omit=dev'), 'goal:no-npmrc-in-layers', /writes the token/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failing(secretMount, files)).toContain(id);
    expect(checkById(secretMount, files, id).message).toMatch(message);
  });

  it('accepts npm install with the mount, and npm pointed at the mount with --userconfig', () => {
    expect(failing(secretMount, withInstall('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm install --omit=dev'))).toEqual([]);
    expect(failing(secretMount, withInstall('RUN --mount=type=secret,id=npmrc npm ci --omit=dev --userconfig /run/secrets/npmrc'))).toEqual([]);
  });

  it('builds with the secret command of the task', () => {
    expect(secretMount.task).toContain('docker build --secret id=npmrc,src=$HOME/.npmrc -t app .');
    expect(secretMount.run.steps[0]?.command).toBe('docker build --secret id=npmrc,src=$HOME/.npmrc -t app .');
  });
});

describe('build-secrets-and-supply-chain/pin-and-verify', () => {
  const hash = 'a'.repeat(64);
  const URL = 'https://get.example.com/collector/install-2.1.0.sh';
  const reporter = [`ADD --checksum=sha256:${hash} https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64 /usr/local/bin/reporter`, 'RUN chmod 555 /usr/local/bin/reporter', 'USER 10001:10001', 'ENTRYPOINT ["/usr/local/bin/reporter"]'];
  const dockerfile = (...lines: string[]) => ({ [DF]: `${[...lines, ...reporter].join('\n')}\n` });
  const install = (script: string) => dockerfile('FROM alpine:3.24', `RUN ${script}`);
  const ok = `wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh`;

  it.each([
    ['a digest-pinned base, with a hash file', dockerfile(`FROM alpine@sha256:${hash}`, `RUN curl -fsSLo /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" > /tmp/i.sum && sha256sum --check /tmp/i.sum && sh /tmp/i.sh`)],
    ['the hash in a build argument, as the lesson shows', dockerfile('FROM alpine:3.24.3', `ARG INSTALL_SHA256=${hash}`, `RUN wget -qO /tmp/i.sh ${URL} && echo "\${INSTALL_SHA256}  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh`)],
    ['`;` under set -e', install(`set -e; wget -qO /tmp/i.sh ${URL}; echo "${hash}  /tmp/i.sh" | sha256sum -c -; sh /tmp/i.sh`)],
    ['`|| exit 1` after the check', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c - || exit 1; sh /tmp/i.sh`)],
    ['the lesson\'s own example', install(ok)],
  ])('accepts %s', (_name, files) => {
    expect(failing(pinAndVerify, files)).toEqual([]);
  });

  it.each([
    ['the check after running the script', install(`wget -qO /tmp/i.sh ${URL} && sh /tmp/i.sh && echo "${hash}  /tmp/i.sh" | sha256sum -c -`), 'goal:script-verified', /checked only after `sh \/tmp\/i\.sh` has used it/],
    ['the check joined with ;', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c - ; sh /tmp/i.sh`), 'goal:script-verified', /`;` lets `sh \/tmp\/i\.sh` run even when the check fails/],
    ['the check joined with || true', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c - || true && sh /tmp/i.sh`), 'goal:script-verified', /`\|\|`/],
    ['an 8-digit "hash"', install(`wget -qO /tmp/i.sh ${URL} && echo "deadbeef  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh`), 'goal:script-verified', /`deadbeef` is not a SHA-256: that is 64 hexadecimal digits/],
    ['one space between hash and file', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash} /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh`), 'goal:script-verified', /two spaces/],
    ['a hash computed from the download itself', install(`wget -qO /tmp/i.sh ${URL} && sha256sum /tmp/i.sh > /tmp/i.sum && sha256sum -c /tmp/i.sum && sh /tmp/i.sh`), 'goal:script-verified', /computed from the downloaded file itself/],
    ['a hash downloaded next to the script', install(`wget -qO /tmp/i.sh ${URL} && wget -qO /tmp/i.sum ${URL}.sha256 && sha256sum -c /tmp/i.sum && sh /tmp/i.sh`), 'goal:script-verified', /downloaded at build time/],
    ['a check of another file', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/other.sh" | sha256sum -c - && sh /tmp/i.sh`), 'goal:script-verified', /does not name \/tmp\/i\.sh/],
    ['no check at all', install(`wget -qO /tmp/i.sh ${URL} && sh /tmp/i.sh`), 'goal:script-verified', /is run without checking its hash first/],
    ['the unversioned installer', install(ok.replaceAll('install-2.1.0.sh', 'install.sh')), 'goal:versioned-installer', /has no version in it/],
    ['an ADD checksum of 8 hex digits', { [DF]: install(ok)[DF]?.replace(`sha256:${hash}`, 'sha256:deadbeef') ?? '' }, 'goal:add-checksum', /not a digest BuildKit accepts/],
    ['an ADD without a checksum', { [DF]: install(ok)[DF]?.replace(`--checksum=sha256:${hash} `, '') ?? '' }, 'goal:add-checksum', /without checking it/],
    ['the installer downloaded but never run', install(`wget -qO /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c -`), 'goal:still-installs', /never run/],
    ['the script piped into sh', install(`wget -qO- ${URL} | sh`), 'goal:no-pipe-to-shell', /straight into sh/],
    ['certificate checks switched off', install(ok.replace('wget -qO', 'wget --no-check-certificate -qO')), 'goal:tls-verified', /not to check certificates/],
    ['curl -k', install(`curl -kfsSLo /tmp/i.sh ${URL} && echo "${hash}  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh`), 'goal:tls-verified', /curl/],
    ['alpine without a tag', dockerfile('FROM alpine', `RUN ${ok}`), 'goal:pinned-base', /has no tag/],
    ['alpine:3, which follows every 3.x release', dockerfile('FROM alpine:3', `RUN ${ok}`), 'goal:pinned-base', /follows every 3\.x release/],
    ['alpine:edge', dockerfile('FROM alpine:edge', `RUN ${ok}`), 'goal:pinned-base', /moving `edge` tag/],
    ['a garbled SHELL line (two lines run together)', dockerfile('FROM alpine:3.24', `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]t -qO /tmp/i.sh ${URL}`, `RUN ${ok}`), 'Dockerfile:readable', /SHELL requires the arguments to be in JSON form/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failing(pinAndVerify, files)).toContain(id);
    expect(checkById(pinAndVerify, files, id).message).toMatch(message);
  });

  it('no longer asks for pipefail where the lesson\'s echo | sha256sum needs none', () => {
    expect(pinAndVerify.rules).not.toContain('pipe-without-pipefail');
  });
});
