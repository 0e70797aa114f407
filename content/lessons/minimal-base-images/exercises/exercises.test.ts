import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import type { Exercise } from '../../../../src/checker/grading/exercise';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
import { exercise as distrolessEntrypoint } from './distroless-entrypoint/exercise';
import { exercise as smallerBase } from './smaller-base/exercise';

function failingGoals(exercise: Exercise, dockerfile: string): string[] {
  return grade(exercise, { Dockerfile: dockerfile }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

const build = 'FROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/server .\n\n';
const copy = 'COPY --from=build /out/server /server\n';

describe('minimal-base-images/distroless-entrypoint', () => {
  it('accepts ENTRYPOINT plus CMD in exec form', () => {
    const text = `${build}FROM gcr.io/distroless/static-debian13:nonroot\n${copy}ENTRYPOINT ["/server"]\nCMD ["--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, text)).toEqual([]);
  });

  it('accepts the plain variant pinned by digest, with a numeric USER', () => {
    const text = `${build}FROM gcr.io/distroless/static-debian13@sha256:${'a'.repeat(64)}\n${copy}USER 65532:65532\nCMD ["/server", "--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, text)).toEqual([]);
  });

  it.each([
    ['the shell form kept on the nonroot tag', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD ["/server", "--port", "8080"]', 'CMD /server --port 8080'), 'goal:exec-form', /shell form.*no \/bin\/sh/],
    ['the same mistake, run in the simulator', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD ["/server", "--port", "8080"]', 'CMD /server --port 8080'), 'run', /exec: "\/bin\/sh"/],
    ['the port argument dropped', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD ["/server", "--port", "8080"]', 'CMD ["/server"]'), 'goal:exec-form', /not `\/server --port 8080`/],
    ['a missing comma in the JSON array', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD ["/server", "--port", "8080"]', 'CMD ["/server" "--port", "8080"]'), 'Dockerfile:readable', /not valid JSON/],
    ['single quotes in the JSON array', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD ["/server", "--port", "8080"]', "CMD ['/server', '--port', '8080']"), 'Dockerfile:readable', /not valid JSON/],
    ['the :latest tag', editSolution(distrolessEntrypoint, 'Dockerfile', ':nonroot', ':latest'), 'goal:named-tag', /follows :latest/],
    ['no tag at all, with a numeric USER', editSolution(distrolessEntrypoint, 'Dockerfile', 'static-debian13:nonroot\n', 'static-debian13\nUSER 65532:65532\n'), 'goal:named-tag', /has no tag/],
    ['the :debug tag, which has a shell', editSolution(distrolessEntrypoint, 'Dockerfile', ':nonroot', ':debug-nonroot'), 'goal:still-minimal', /has a shell/],
    ['USER 10001 alone on the nonroot tag', editSolution(distrolessEntrypoint, 'Dockerfile', 'CMD', 'USER 10001\nCMD'), 'goal:final-user-numeric-non-root', /group 0/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(distrolessEntrypoint, files)).toContain(id);
    expect(checkById(distrolessEntrypoint, files, id).message).toMatch(message);
  });

  it('rejects a shell-form ENTRYPOINT', () => {
    const text = `${build}FROM gcr.io/distroless/static-debian13:nonroot\n${copy}ENTRYPOINT /server --port 8080\n`;
    expect(failingGoals(distrolessEntrypoint, text)).toEqual(['goal:exec-form']);
  });

  it('rejects going back to an image with a shell', () => {
    const debug = `${build}FROM gcr.io/distroless/static-debian13:debug-nonroot\n${copy}CMD ["/server", "--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, debug)).toEqual(['goal:still-minimal']);
    const alpine = `${build}FROM alpine:3.24\n${copy}USER 10001:10001\nCMD ["/server", "--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, alpine)).toEqual(['goal:still-minimal']);
  });

  it('rejects a command that no longer starts the server', () => {
    const text = `${build}FROM gcr.io/distroless/static-debian13:nonroot\n${copy}CMD ["--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, text)).toEqual(['goal:exec-form']);
  });
});

describe('minimal-base-images/smaller-base', () => {
  const rest = 'COPY --chmod=555 server /usr/local/bin/server\nUSER 10001:10001\nCMD ["/usr/local/bin/server"]\n';

  it.each(['alpine:3.24', 'gcr.io/distroless/static-debian13:nonroot'])('accepts %s', (base) => {
    expect(failingIds(smallerBase, { Dockerfile: `FROM ${base}\n${rest}` })).toEqual([]);
  });

  it.each(['debian:trixie-slim', 'ubuntu:24.04', 'debian:trixie'])('rejects %s as too large', (base) => {
    expect(failingGoals(smallerBase, `FROM ${base}\n${rest}`)).toContain('goal:small-base');
  });

  it.each([
    ['busybox, small but without CA certificates', 'busybox:1.37', 'goal:ca-certificates', /no CA certificates/],
    ['untagged distroless, as in the first exercise', 'gcr.io/distroless/static-debian13', 'Dockerfile:other-rules', /no tag/],
    ['distroless :latest', 'gcr.io/distroless/static-debian13:latest', 'Dockerfile:other-rules', /latest/],
  ])('rejects %s', (_name, base, id, message) => {
    const files = { Dockerfile: `FROM ${base}\n${rest}` };
    expect(failingIds(smallerBase, files)).toContain(id);
    expect(checkById(smallerBase, files, id).message).toMatch(message);
  });

  it('rejects USER 10001 without a group on distroless', () => {
    expect(failingIds(smallerBase, { Dockerfile: `FROM gcr.io/distroless/static-debian13:nonroot\n${rest.replace('USER 10001:10001', 'USER 10001')}` })).toEqual(['goal:final-user-numeric-non-root']);
  });

  it('rejects scratch without certificates and accepts it with them', () => {
    expect(failingGoals(smallerBase, `FROM scratch\n${rest}`)).toEqual(['goal:ca-certificates']);
    const withCerts = `FROM alpine:3.24 AS certs\n\nFROM scratch\nCOPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n${rest}`;
    expect(failingGoals(smallerBase, withCerts)).toEqual([]);
  });
});
