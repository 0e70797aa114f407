import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import { fileAccess } from '../../../../../src/checker/apparmor';
import type { FileAccess, Profile } from '../../../../../src/checker/apparmor/model';
import type { BaseRef, ImageModel } from '../../../../../src/checker/dockerfile/model';
import type { RuntimeModel } from '../../../../../src/checker/run/model';
import dockerfileStarter from './starter.Dockerfile?raw';
import dockerfileSolution from './solution.Dockerfile?raw';
import composeStarter from './starter.yaml?raw';
import composeSolution from './solution.yaml?raw';
import profileStarter from './starter.apparmor?raw';
import profileSolution from './solution.apparmor?raw';

const DOCKERFILE = 'Dockerfile';
const COMPOSE = 'compose.yaml';
const PROFILE_FILE = 'docker-orders';
const TOOLCHAIN_REPOSITORY = /(^|\/)(golang|gcc|rust|maven|gradle|openjdk|buildpack-deps)$/;
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|podman)\.sock$/;

/** Whether a stage's base (following FROM <earlier stage>) is a compiler or build-tool image. */
function isToolchainBase(image: ImageModel, base: BaseRef, seen = 0): boolean {
  if (base.kind === 'stage' && base.stageIndex !== null && seen < image.stages.length) {
    const stage = image.stages[base.stageIndex];
    return stage ? isToolchainBase(image, stage.base, seen + 1) : false;
  }
  return base.info?.toolchain === true || TOOLCHAIN_REPOSITORY.test(base.repository);
}

function orders(ctx: GoalContext): RuntimeModel | undefined {
  const services = ctx.compose(COMPOSE).services;
  return (services.find((s) => s.name === 'orders') ?? services[0])?.runtime;
}

function profileOf(ctx: GoalContext): Profile | undefined {
  return ctx.apparmor(PROFILE_FILE).profiles[0];
}

const noService: GoalResult = { pass: false, file: COMPOSE, message: 'compose.yaml needs the `orders` service.' };
const noProfile: GoalResult = { pass: false, file: PROFILE_FILE, message: 'The profile file needs a `profile docker-orders { ... }` block.' };

/** A compose goal: `problem` returns what is wrong with the service and where, or null. */
function serviceGoal(id: string, title: string, why: string, passed: string, problem: (r: RuntimeModel) => { message: string; line: number } | null): Exercise['goals'][number] {
  return {
    id, title, why,
    check(ctx) {
      const runtime = orders(ctx);
      if (!runtime) return noService;
      const found = problem(runtime);
      return found ? { pass: false, file: COMPOSE, ...found } : { pass: true, file: COMPOSE, message: passed };
    },
  };
}

function expectAccess(profile: Profile, probes: [string, FileAccess][], allowed: boolean, passed: string): GoalResult {
  for (const [path, access] of probes) {
    const decision = fileAccess(profile, path, access);
    if (decision.allowed !== allowed) {
      return { pass: false, file: PROFILE_FILE, message: `${access} ${path} is ${decision.allowed ? 'allowed' : 'denied'}: ${decision.reason}`, line: decision.rule?.line ?? profile.line };
    }
  }
  return { pass: true, file: PROFILE_FILE, message: passed };
}

export const exercise: Exercise = {
  id: 'capstone/harden-service',
  lesson: 'capstone',
  title: 'Harden the orders service end to end',
  task:
    'The `orders` service (a Go program listening on 8080) is built as root on a full toolchain image, runs privileged on ' +
    'the host network with the Docker socket, and its AppArmor profile only complains. Fix all three files: a multi-stage ' +
    'build with pinned images and a numeric non-root user; a Compose service with no privileges, the port on 127.0.0.1, ' +
    'no capabilities, a read-only root filesystem, no-new-privileges and the `docker-orders` profile; and a profile that ' +
    'enforces and denies writes under /etc and /home.',
  files: [
    { name: DOCKERFILE, kind: 'dockerfile', starter: dockerfileStarter, solution: dockerfileSolution },
    { name: COMPOSE, kind: 'compose', starter: composeStarter, solution: composeSolution },
    { name: PROFILE_FILE, kind: 'apparmor', starter: profileStarter, solution: profileSolution },
  ],
  rules: [
    'runs-as-root', 'app-files-writable-by-runtime-user', 'build-tools-in-final-image', 'latest-or-untagged-base-image',
    'copy-entire-stage-filesystem', 'secrets-in-env-or-arg',
    'privileged', 'host-network', 'host-pid', 'docker-socket-mount', 'sensitive-host-mount', 'dangerous-capability',
    'seccomp-unconfined', 'apparmor-unconfined', 'run-as-root-user',
    'apparmor-complain-mode', 'apparmor-unconfined-exec', 'apparmor-broad-capability', 'apparmor-mount-allowed',
  ],
  goals: [
    {
      id: 'numeric-non-root-user',
      title: 'The image runs as a numeric non-root user',
      why: 'Only the final stage\'s USER counts, and Kubernetes runAsNonRoot can only verify a number.',
      check(ctx) {
        const final = ctx.image(DOCKERFILE).final;
        if (!final) return { pass: false, file: DOCKERFILE, message: 'The Dockerfile needs a FROM.' };
        const user = final.user;
        if (user.isRoot !== false) return { pass: false, file: DOCKERFILE, message: 'The final stage still runs as root; end it with a numeric USER such as `USER 10001:10001`.', line: user.line };
        return /^\d+$/.test(user.user)
          ? { pass: true, file: DOCKERFILE, message: `Runs as UID ${user.user}.` }
          : { pass: false, file: DOCKERFILE, message: `Use the numeric UID instead of the name \`${user.user}\`.`, line: user.line };
      },
    },
    {
      id: 'small-runtime-stage',
      title: 'The final image has no build toolchain',
      why: 'Compilers and the source tree in the runtime image are tools handed to an attacker.',
      check(ctx) {
        const image = ctx.image(DOCKERFILE);
        const final = image.final;
        if (!final) return { pass: false, file: DOCKERFILE, message: 'The Dockerfile needs a FROM.' };
        if (isToolchainBase(image, final.base)) {
          return { pass: false, file: DOCKERFILE, message: `The final stage is built on ${final.base.resolved}; build in an earlier stage and start the last one from a small image such as alpine:3.24.`, line: final.base.line };
        }
        const context = final.adds.find((a) => a.fromStage === null && a.from === null && a.sources.some((s) => s === '.' || s === './'));
        return context
          ? { pass: false, file: DOCKERFILE, message: 'The final stage copies the whole build context; copy only the binary from the build stage.', line: context.line }
          : { pass: true, file: DOCKERFILE, message: 'Only the built program reaches the runtime image.' };
      },
    },
    serviceGoal('not-privileged', 'The service is not privileged', 'Privileged mode gives every capability and every host device.', 'Not privileged.',
      (r) => (r.privileged?.value ? { message: 'Remove `privileged: true`.', line: r.privileged.span.line } : null)),
    serviceGoal('own-network', 'The service has its own network namespace', 'On the host network the host\'s loopback-only database and admin API are reachable.', 'Own network namespace.',
      (r) => (r.hostNamespaces.net ? { message: 'Remove `network_mode: host`.', line: r.hostNamespaces.net.line } : null)),
    serviceGoal('no-runtime-socket', 'No Docker socket is mounted', 'The Docker socket is root on the host.', 'No runtime socket.',
      (r) => {
        const socket = r.mounts.find((m) => RUNTIME_SOCKET.test(m.source ?? '') || RUNTIME_SOCKET.test(m.target));
        return socket ? { message: `Remove the mount of ${socket.source ?? socket.target}.`, line: socket.span.line } : null;
      }),
    serviceGoal('loopback-port', 'Port 8080 is published on 127.0.0.1 only', 'Only the reverse proxy on the host should reach the service.', 'Port 8080 on loopback only.',
      (r) => {
        const app = r.ports.find((p) => (p.containerPort.split('/')[0] ?? '') === '8080');
        if (!app) return { message: 'Publish the app with `ports: ["127.0.0.1:8080:8080"]`.', line: r.span.line };
        const open = r.ports.find((p) => p.hostIp === null || !/^(127(\.\d{1,3}){3}|::1|\[::1\])$/.test(p.hostIp));
        return open ? { message: `\`${open.raw}\` listens on every interface; prefix it with 127.0.0.1.`, line: open.span.line } : null;
      }),
    serviceGoal('no-capabilities', 'All capabilities are dropped', 'A Go server on port 8080 needs no capability.', 'No capabilities.',
      (r) => (r.capabilities.length > 0 ? { message: 'Add `cap_drop: [ALL]`.', line: r.span.line } : null)),
    serviceGoal('read-only-rootfs', 'The root filesystem is read-only', 'The service writes nothing, so nothing should be writable.', 'Read-only root filesystem.',
      (r) => (r.readOnlyRootfs?.value ? null : { message: 'Add `read_only: true`.', line: r.span.line })),
    serviceGoal('no-new-privileges', 'no-new-privileges is set', 'It stops setuid programs from raising privileges.', 'no-new-privileges is set.',
      (r) => (r.noNewPrivileges?.value ? null : { message: 'Add `no-new-privileges:true` under `security_opt`.', line: r.span.line })),
    {
      id: 'profile-applied',
      title: 'The service runs under the docker-orders profile',
      why: 'A profile only protects the containers that are started with it.',
      check(ctx) {
        const runtime = orders(ctx);
        if (!runtime) return noService;
        const name = profileOf(ctx)?.name ?? PROFILE_FILE;
        const { state, profile, span } = runtime.apparmor;
        return state === 'custom' && profile === name
          ? { pass: true, file: COMPOSE, message: `AppArmor profile ${name} is applied.` }
          : { pass: false, file: COMPOSE, message: `Add \`apparmor=${name}\` under \`security_opt\`: the option takes the profile name.`, line: span?.line ?? runtime.span.line };
      },
    },
    {
      id: 'profile-enforces',
      title: 'The profile enforces',
      why: 'In complain mode nothing the profile fails to allow is blocked.',
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return profile.mode === 'enforce'
          ? { pass: true, file: PROFILE_FILE, message: 'Enforce mode.' }
          : { pass: false, file: PROFILE_FILE, message: `Remove \`${profile.mode}\` from the profile flags.`, line: profile.line };
      },
    },
    {
      id: 'profile-denies-writes',
      title: 'The profile denies writes under /etc and /home',
      why: 'Even root in the container must not be able to change system or user files.',
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [['/etc/passwd', 'write'], ['/etc/ssl/certs/evil.pem', 'write'], ['/home/app/.profile', 'write']], false,
          'Writes under /etc and /home are denied.');
      },
    },
    {
      id: 'profile-keeps-reads',
      title: 'The service can still read its files',
      why: 'The program and the C library read /etc and the binary at start-up.',
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [['/etc/passwd', 'read'], ['/etc/ssl/certs/ca-certificates.crt', 'read'], ['/usr/local/bin/orders', 'read']], true,
          'Reads still work.');
      },
    },
  ],
  hints: [
    'Work file by file. Dockerfile: who runs the program, and what else is in the image? compose.yaml: which settings share the host? Profile: flags and deny rules.',
    'Dockerfile: a `golang:1.27-alpine3.24 AS build` stage builds with `CGO_ENABLED=0`; a second stage `FROM gcr.io/distroless/static-debian13:nonroot` (or `alpine:3.24`, if you want a shell for debugging) copies only the binary with `COPY --from=build --chmod=555` and ends with `USER 10001:10001`.',
    'compose.yaml: remove `privileged`, `network_mode` and the socket volume; add `ports: ["127.0.0.1:8080:8080"]`, `read_only: true`, `cap_drop: [ALL]` and `security_opt` with `no-new-privileges:true` and `apparmor=docker-orders`.',
    'Profile: remove `complain` from the flags, replace `network,` and `capability,` with `network inet tcp,` and `network inet udp,`, and add `deny /etc/** wl,`, `deny /home/** wl,` and `deny mount,`.',
  ],
  demo: [
    'docker build -t orders .',
    'docker run --rm orders id',
    'docker run --rm --network host orders curl -s 127.0.0.1:8500',
    'docker images',
  ],
  context: {
    'go.mod': 'module example.com/orders\n\ngo 1.27\n',
    'go.sum': '',
    'cmd/orders/main.go':
      'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })\n\thttp.ListenAndServe(":8080", nil)\n}\n',
  },
};
