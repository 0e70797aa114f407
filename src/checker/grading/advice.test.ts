import { describe, expect, it } from 'vitest';
import { splitAdvice } from './advice';

describe('splitAdvice', () => {
  it.each([
    ['This container keeps Docker\'s 14 default capabilities; add --cap-drop ALL, then --cap-add only what it needs.',
      'This container keeps Docker\'s 14 default capabilities.', 'Add --cap-drop ALL, then --cap-add only what it needs.'],
    ['The final stage starts from "alpine:3.24", which runs as root, and never sets USER, so the container runs as uid 0. End the stage with USER 10001:10001 (or another unprivileged id).',
      'The final stage starts from "alpine:3.24", which runs as root, and never sets USER, so the container runs as uid 0.', 'End the stage with USER 10001:10001 (or another unprivileged id).'],
    ['A bare "capability," allows every capability the container holds. List only the ones the application needs, e.g. "capability net_bind_service,".',
      'A bare "capability," allows every capability the container holds.', 'List only the ones the application needs, e.g. "capability net_bind_service,".'],
    ['This volume hands the container /var/run/docker.sock, i.e. full control of the engine and root on the host; remove it.',
      'This volume hands the container /var/run/docker.sock, i.e. full control of the engine and root on the host.', 'Remove it.'],
  ])('keeps the problem and holds back the advice: %s', (message, problem, fix) => {
    expect(splitAdvice(message)).toEqual({ problem, fix });
  });

  it('reads Dockerfile keywords as the subject of a problem, not as advice', () => {
    expect(splitAdvice('ADD fetches https://x/y without verifying it; add --checksum=sha256:<hash>.')).toEqual({
      problem: 'ADD fetches https://x/y without verifying it.',
      fix: 'Add --checksum=sha256:<hash>.',
    });
    expect(splitAdvice('COPY --chown=10001:10001 makes the runtime user the owner of /app/server.').fix).toBe('');
  });

  it('gives each piece of advice once', () => {
    expect(splitAdvice('A is writable; copy it as root. B is writable; copy it as root.')).toEqual({ problem: 'A is writable. B is writable.', fix: 'Copy it as root.' });
  });

  it('leaves a message that is all advice with no problem statement', () => {
    expect(splitAdvice('Remove it.')).toEqual({ problem: '', fix: 'Remove it.' });
  });
});
