import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { exercise } from './harden-service/exercise';

const solution = Object.fromEntries(exercise.files.map((f) => [f.name, f.solution]));

function failing(changes: Record<string, string>): string[] {
  return grade(exercise, { ...solution, ...changes }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('capstone/harden-service goals', () => {
  it('accept a distroless runtime stage that inherits its numeric non-root user', () => {
    const dockerfile = [
      'FROM golang:1.27-alpine3.24 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/orders ./cmd/orders',
      'FROM gcr.io/distroless/static-debian13:nonroot',
      'COPY --from=build --chmod=555 /out/orders /orders',
      'ENTRYPOINT ["/orders"]',
    ].join('\n');
    expect(failing({ Dockerfile: dockerfile })).toEqual([]);
  });

  it('reject a runtime stage on the toolchain, or one with a named user', () => {
    expect(failing({ Dockerfile: 'FROM golang:1.27-alpine3.24\nCOPY . .\nUSER 10001\nCMD ["orders"]\n' })).toEqual(['goal:small-runtime-stage']);
    expect(failing({ Dockerfile: 'FROM golang:1.27 AS build\nFROM build\nUSER 10001\n' })).toEqual(['goal:small-runtime-stage']);
    expect(failing({ Dockerfile: 'FROM alpine:3.24\nRUN adduser -D -u 10001 app\nUSER app\nCMD ["orders"]\n' })).toEqual(['goal:numeric-non-root-user']);
  });

  it('reject each compose weakness', () => {
    const compose = solution['compose.yaml'] ?? '';
    expect(failing({ 'compose.yaml': compose.replace('    read_only: true\n', '    read_only: true\n    privileged: true\n') })).toContain('goal:not-privileged');
    expect(failing({ 'compose.yaml': compose.replace('"127.0.0.1:8080:8080"', '"8080:8080"') })).toEqual(['goal:loopback-port']);
    expect(failing({ 'compose.yaml': compose.replace('apparmor=docker-orders', 'apparmor=docker-default') })).toEqual(['goal:profile-applied']);
    expect(failing({ 'compose.yaml': compose.replace('    read_only: true\n', '') })).toEqual(['goal:read-only-rootfs']);
  });

  it('reject a profile that complains or leaves /home writable', () => {
    const profile = solution['docker-orders'] ?? '';
    expect(failing({ 'docker-orders': profile.replace('mediate_deleted)', 'mediate_deleted,complain)') })).toEqual(['goal:profile-enforces']);
    expect(failing({ 'docker-orders': profile.replace('  deny /home/** wl,\n', '') })).toEqual(['goal:profile-denies-writes']);
  });
});
