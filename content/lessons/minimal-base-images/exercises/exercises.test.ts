import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import type { Exercise } from '../../../../src/checker/grading/exercise';
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

  it('accepts a pinned plain tag with a numeric USER', () => {
    const text = `${build}FROM gcr.io/distroless/static-debian13:latest\n${copy}USER 65532:65532\nCMD ["/server", "--port", "8080"]\n`;
    expect(failingGoals(distrolessEntrypoint, text)).toEqual([]);
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

  it.each(['alpine:3.24', 'gcr.io/distroless/static-debian13:nonroot', 'gcr.io/distroless/static-debian13:latest'])('accepts %s', (base) => {
    expect(failingGoals(smallerBase, `FROM ${base}\n${rest}`)).toEqual([]);
  });

  it.each(['debian:trixie-slim', 'ubuntu:24.04', 'debian:trixie'])('rejects %s as too large', (base) => {
    expect(failingGoals(smallerBase, `FROM ${base}\n${rest}`)).toEqual(['goal:small-base']);
  });

  it('rejects scratch without certificates and accepts it with them', () => {
    expect(failingGoals(smallerBase, `FROM scratch\n${rest}`)).toEqual(['goal:ca-certificates']);
    const withCerts = `FROM alpine:3.24 AS certs\n\nFROM scratch\nCOPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n${rest}`;
    expect(failingGoals(smallerBase, withCerts)).toEqual([]);
  });
});
