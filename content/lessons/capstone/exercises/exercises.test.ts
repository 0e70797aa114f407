import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds, solutionFiles } from '../../../../src/grading/testing';
import { exercise } from './harden-service/exercise';

const solution = solutionFiles(exercise);
const failing = (changes: Record<string, string>): string[] => failingIds(exercise, { ...solution, ...changes }).filter((id) => id !== 'run');

describe('capstone/harden-service', () => {
  it('accepts an alpine runtime stage with a numeric user and group', () => {
    const dockerfile = [
      'FROM golang:1.27-alpine3.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/orders ./cmd/orders',
      'FROM alpine:3.24', 'COPY --from=build --chmod=555 /out/orders /usr/local/bin/orders', 'USER 10001:10001', 'CMD ["orders"]',
    ].join('\n');
    expect(failing({ Dockerfile: dockerfile })).toEqual([]);
  });

  it('accepts the colon form of the AppArmor option, which Docker accepts too', () => {
    expect(failing(editSolution(exercise, 'compose.yaml', 'apparmor=docker-orders', 'apparmor:docker-orders'))).toEqual([]);
  });

  it.each([
    ['a runtime stage on the toolchain', { Dockerfile: 'FROM golang:1.27-alpine3.24\nCOPY . .\nUSER 10001:10001\nCMD ["orders"]\n' }, 'goal:small-runtime-stage', /Go compiler/],
    ['a runtime stage FROM the build stage', { Dockerfile: 'FROM golang:1.27 AS build\nFROM build\nUSER 10001:10001\n' }, 'goal:small-runtime-stage', /starts FROM the build stage/],
    ['a named user', { Dockerfile: 'FROM alpine:3.24\nRUN adduser -D -u 10001 app\nUSER app\nCMD ["orders"]\n' }, 'goal:numeric-non-root-user', /"app" is a name/],
    ['USER 10001 without a group', editSolution(exercise, 'Dockerfile', 'USER 10001:10001', 'USER 10001'), 'goal:numeric-non-root-user', /group 0/],
    ['the build stage on golang:latest', editSolution(exercise, 'Dockerfile', 'golang:1.27-alpine3.24', 'golang:latest'), 'goal:pinned-images', /latest/],
  ])('rejects %s', (_name, changes, id, message) => {
    expect(failing(changes)).toContain(id);
    expect(checkById(exercise, { ...solution, ...changes }, id).message).toMatch(message);
  });

  it.each([
    ['privileged kept', ['    read_only: true\n', '    read_only: true\n    privileged: true\n'], 'goal:not-privileged', /every capability/],
    ['the port on every interface', ['"127.0.0.1:8080:8080"', '"8080:8080"'], 'goal:loopback-port', /every interface/],
    ['Docker\'s default profile instead of docker-orders', ['apparmor=docker-orders', 'apparmor=docker-default'], 'goal:profile-applied', /Docker's default profile, not under docker-orders/],
    ['read_only removed', ['    read_only: true\n', ''], 'goal:read-only-rootfs', /writable/],
    ['a root user override', ['    read_only: true\n', '    read_only: true\n    user: root\n'], 'goal:non-root-at-runtime', /as root/],
    ['host networking kept', ['    read_only: true\n', '    read_only: true\n    network_mode: host\n'], 'goal:own-network', /host's network stack/],
    ['the socket kept', ['    read_only: true\n', '    read_only: true\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n'], 'goal:no-runtime-socket', /docker\.sock/],
  ])('rejects the compose file with %s', (_name, [from, to], id, message) => {
    const files = editSolution(exercise, 'compose.yaml', from ?? '', to ?? '');
    expect(failing(files)).toContain(id);
    expect(checkById(exercise, files, id).message).toMatch(message);
  });

  it.each([
    ['complain mode', ['mediate_deleted)', 'mediate_deleted,complain)'], 'goal:profile-enforces', /complain mode/],
    ['/home left writable', ['  deny /home/** wl,\n', ''], 'goal:profile-denies-writes', /\/home\/app\/\.profile is allowed/],
    ['writes denied without links', ['deny /etc/** wl,', 'deny /etc/** w,'], 'goal:profile-denies-writes', /link \/etc\/passwd-link is allowed/],
    ['a bare capability rule', ['  file,\n', '  file,\n  capability,\n'], 'docker-orders:other-rules', /every capability/],
  ])('rejects the profile with %s', (_name, [from, to], id, message) => {
    const files = editSolution(exercise, 'docker-orders', from ?? '', to ?? '');
    expect(failing(files)).toContain(id);
    expect(checkById(exercise, files, id).message).toMatch(message);
  });

  it('names a capability problem without the advice the rule gives', () => {
    const check = checkById(exercise, editSolution(exercise, 'docker-orders', '  file,\n', '  file,\n  capability,\n'), 'docker-orders:other-rules');
    expect(check.message).not.toMatch(/List only/);
    expect(check.fix).toMatch(/List only the ones the application needs, e\.g\. "capability net_bind_service,"/);
  });

  it('loads the profile before Compose starts the service under it', () => {
    const commands = exercise.run.steps.map((s) => s.command);
    expect(commands.indexOf('sudo apparmor_parser -r -W docker-orders')).toBeLessThan(commands.indexOf('docker compose up -d'));
  });
});
