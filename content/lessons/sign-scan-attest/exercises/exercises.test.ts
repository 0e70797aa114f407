import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds, solutionFiles } from '../../../../src/grading/testing';
import { digestOf } from '../../../../src/sim/image-store';
import { exercise as pinDigests, REGISTRY_DIGESTS } from './pin-digests/exercise';
import { exercise as verifyBeforeRun, RELEASE_DIGEST } from './verify-before-run/exercise';

const GO = REGISTRY_DIGESTS['golang:1.27'] ?? '';
const DISTROLESS = REGISTRY_DIGESTS['gcr.io/distroless/static-debian13:nonroot'] ?? '';

describe('sign-scan-attest/pin-digests', () => {
  const failing = (text: string): string[] => failingIds(pinDigests, { Dockerfile: text }).filter((id) => id !== 'run');
  const solution = solutionFiles(pinDigests).Dockerfile ?? '';

  it('expects the digests the simulated registry serves', () => {
    for (const [ref, digest] of Object.entries(REGISTRY_DIGESTS)) expect(digestOf(ref), ref).toBe(digest);
  });

  it('accepts other spellings of a correct fix', () => {
    expect(failing(solution.replace('FROM golang:1.27@', 'FROM docker.io/library/golang:1.27@'))).toEqual([]);
    expect(failing(`ARG GO_DIGEST=${GO}\n${solution.replace(`golang:1.27@${GO}`, 'golang:1.27@${GO_DIGEST}')}`)).toEqual([]);
  });

  it.each([
    ['only the build stage pinned', solution.replace(`nonroot@${DISTROLESS}`, 'nonroot'), 'goal:bases-by-digest', /`FROM gcr\.io\/distroless\/static-debian13:nonroot` names a tag only/],
    ['the two digests swapped', solution.replace(GO, 'X').replace(DISTROLESS, GO).replace('X', DISTROLESS), 'goal:digest-from-registry', /has no image sha256:1d8d/],
    ['the tag dropped', solution.replace(`golang:1.27@${GO}`, `golang@${GO}`), 'goal:tag-kept', /has no tag/],
    ['a shortened digest', solution.replace(GO, GO.slice(0, 19)), 'goal:bases-by-digest', /is not an image digest/],
    ['another base pinned instead', solution.replace(/FROM gcr\.io\S+/, `FROM alpine:3.24@${digestOf('alpine:3.24')}`), 'goal:same-bases', /now builds on `alpine:3\.24`/],
    ['latest pinned by nothing', solution.replace(/FROM golang\S+/, 'FROM golang:latest'), 'goal:bases-by-digest', /latest/],
  ])('rejects %s', (_name, text, id, message) => {
    expect(failing(text)).toContain(id);
    expect(checkById(pinDigests, { Dockerfile: text }, id).message).toMatch(message);
  });

  it('fails the run when a digest is not in the registry, with BuildKit\'s words', () => {
    const text = solution.replace(GO, `sha256:${'0'.repeat(64)}`);
    const run = checkById(pinDigests, { Dockerfile: text }, 'run');
    expect(run.pass).toBe(false);
    expect(run.message).toMatch(/failed to resolve source metadata for docker\.io\/library\/golang:1\.27@sha256:0{64}/);
  });
});

describe('sign-scan-attest/verify-before-run', () => {
  const solution = solutionFiles(verifyBeforeRun)['run.sh'] ?? '';
  const files = (text: string) => ({ 'run.sh': text });
  const failing = (text: string): string[] => failingIds(verifyBeforeRun, files(text)).filter((id) => id !== 'run');
  const IDENTITY = '--certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com';
  const IMAGE = `registry.example.com/shop-web@${RELEASE_DIGEST}`;

  it('accepts other spellings of a correct fix', () => {
    expect(failing(`#!/bin/sh\ncosign verify ${IDENTITY} ${IMAGE} && docker run -d --name shop-web -p 127.0.0.1:8080:8080 ${IMAGE}\n`)).toEqual([]);
    expect(failing(`#!/bin/sh\nif ! cosign verify --certificate-identity=https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer=https://token.actions.githubusercontent.com ${IMAGE}; then\n  exit 1\nfi\ndocker run -d --name shop-web -p 127.0.0.1:8080:8080 ${IMAGE}\n`)).toEqual([]);
    expect(failing(`set -euo pipefail\ncosign verify --certificate-identity-regexp '^https://github\\.com/example/shop-web/\\.github/workflows/release\\.yml@refs/tags/v3\\.1\\.0$' --certificate-oidc-issuer https://token.actions.githubusercontent.com ${IMAGE}\ndocker run -d --name shop-web -p 127.0.0.1:8080:8080 ${IMAGE}\n`)).toEqual([]);
  });

  it('passes the run check with the solution, and fails it when the image is not the release', () => {
    expect(checkById(verifyBeforeRun, files(solution), 'run').pass).toBe(true);
    const hotfix = `set -eu\ncosign verify ${IDENTITY} registry.example.com/shop-web:3.1-hotfix\ndocker run -d --name shop-web registry.example.com/shop-web:3.1-hotfix\n`;
    expect(checkById(verifyBeforeRun, files(hotfix), 'run').pass).toBe(false);
  });

  it.each([
    ['a verify whose failure is ignored', solution.replace('set -eu\n', ''), 'goal:verified-first', /does not stop this docker run/],
    ['any identity accepted', solution.replace(/--certificate-identity \S+/, "--certificate-identity-regexp '.*'"), 'goal:release-identity', /also accepts the identity `alex@example\.com`/],
    ['the laptop identity', solution.replace(/--certificate-identity \S+/, '--certificate-identity alex@example.com'), 'goal:release-identity', /accepts `alex@example\.com`, which is not the release workflow/],
    ['no identity at all', solution.replace(/ \\\n {2}--certificate-identity \S+ \\\n {2}--certificate-oidc-issuer \S+/, ''), 'goal:release-identity', /names no signer/],
    ['the tag verified and run', solution.replace(IMAGE, 'registry.example.com/shop-web:3.1'), 'goal:runs-verified-digest', /a tag: it is resolved again/],
    ['a made-up digest', solution.replace(RELEASE_DIGEST, `sha256:${'a'.repeat(64)}`), 'goal:runs-verified-digest', /is not the digest of release 3\.1/],
    ['the run before the verify', `set -eu\ndocker run -d --name shop-web -p 127.0.0.1:8080:8080 ${IMAGE}\ncosign verify ${IDENTITY} ${IMAGE}\n`, 'goal:verified-first', /before the cosign verify on line 3/],
    ['no verification', `set -eu\ndocker run -d --name shop-web -p 127.0.0.1:8080:8080 ${IMAGE}\n`, 'goal:verified-first', /Nothing checks a signature/],
  ])('rejects %s', (_name, text, id, message) => {
    expect(failing(text)).toContain(id);
    expect(checkById(verifyBeforeRun, files(text), id).message).toMatch(message);
  });

  it('rejects a wrong digest in the run as well', () => {
    const text = editSolution(verifyBeforeRun, 'run.sh', RELEASE_DIGEST, `sha256:${'a'.repeat(64)}`)['run.sh'] ?? '';
    expect(checkById(verifyBeforeRun, files(text), 'run').pass).toBe(false);
  });
});
