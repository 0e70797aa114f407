import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import { finalUserIsNumericNonRoot, NUMERIC_NON_ROOT_MESSAGES } from '../../../run-as-non-root/exercises/final-user';
import { fileAccess } from '../../../../../src/checker/apparmor';
import type { Profile } from '../../../../../src/checker/apparmor/model';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import { decisionMessage, FILE_DECISION_MESSAGES, type ProbedAccess } from '../../../apparmor-profiles/exercises/file-decision';
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
const BINARY = '/usr/local/bin/orders';

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

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  ...FILE_DECISION_MESSAGES,
  noService: 'compose.yaml no longer defines the `orders` service.',
  noProfile: 'The profile file has no `profile docker-orders { ... }` block, so nothing is confined.',
  noFrom: 'The Dockerfile has no FROM yet.',
  toolchainStage: 'The final stage starts FROM the {{image}} stage, and so from its toolchain, with the Go compiler, git and sources it needs only to build.',
  toolchainBase: 'The final stage is built on {{image}}, with the Go compiler, git and sources it needs only to build.',
  wholeContext: 'The final stage copies the whole build context, sources included.',
  fixToolchain: 'Build in a `golang:1.27-alpine3.24 AS build` stage, start the last stage `FROM gcr.io/distroless/static-debian13:nonroot`, and copy only the binary across.',
  onlyProgram: 'Only the built program reaches the runtime image.',
  untagged: '`{{image}}` has no tag, so it means :latest: the next build can take different software.',
  movingTag: '`{{image}}` follows the moving `{{tag}}` tag: the next build can take different software.',
  fixPin: 'Name a release, for example `golang:1.27-alpine3.24`.',
  pinned: 'Every stage starts from a pinned release.',
  privileged: '`privileged: true` gives the service every capability and every host device, and turns off seccomp and AppArmor.',
  fixPrivileged: 'Remove `privileged: true`.',
  notPrivileged: 'Not privileged.',
  hostNetwork: "`network_mode: host` puts the service on the host's network stack, next to the host's loopback-only admin API.",
  fixHostNetwork: 'Remove `network_mode: host`.',
  ownNetwork: 'Own network namespace.',
  socket: 'The service gets {{socket}}, which lets it start any container it likes: root on the host.',
  fixSocket: 'Remove the socket volume.',
  noSocket: 'No runtime socket.',
  notPublished: 'Nothing publishes port 8080, so the reverse proxy on the host cannot reach the service.',
  allInterfaces: '`{{port}}` listens on every interface of the host, not only where the proxy is.',
  fixPort: 'Publish it as `ports: ["127.0.0.1:8080:8080"]`.',
  loopbackPort: 'Port 8080 on loopback only.',
  oneCapability: 'The service still has one capability, and a Go server on port 8080 needs none.',
  capabilities: 'The service still has {{count}} capabilities, and a Go server on port 8080 needs none.',
  fixDropAll: 'Add `cap_drop: [ALL]`.',
  noCapabilities: 'No capabilities.',
  writable: 'The root filesystem is writable, though the service never writes to it.',
  fixReadOnly: 'Add `read_only: true`.',
  readOnly: 'Read-only root filesystem.',
  setuid: "Setuid programs in the image could still raise the process's privileges.",
  fixNoNewPrivileges: 'Add `no-new-privileges:true` under `security_opt`.',
  noNewPrivileges: 'no-new-privileges is set.',
  rootUser: '`user: "{{user}}"` runs the service as root, whatever USER the image sets.',
  fixRootUser: 'Remove the `user:` line.',
  noRootOverride: 'No root user override.',
  profileApplied: 'AppArmor profile {{name}} is applied.',
  otherProfile: 'The service runs under the `{{profile}}` profile, not under {{name}}, the profile you are writing.',
  noAppArmor: 'The service runs under no AppArmor profile at all, not under {{name}}, the profile you are writing.',
  defaultProfile: "The service runs under Docker's default profile, not under {{name}}, the profile you are writing.",
  fixProfileApplied: 'Add `apparmor={{name}}` under `security_opt`: the option takes the profile name.',
  enforce: 'Enforce mode.',
  notEnforcing: 'The profile is in {{mode}} mode: what it does not allow is only logged, never blocked.',
  fixNotEnforcing: 'Remove `{{mode}}` from the profile flags.',
  writesDenied: 'Writes and hard links under /etc and /home are denied.',
  fixWrites: 'Add `deny /etc/** wl,` and `deny /home/** wl,`.',
  readsWork: 'Reads still work.',
  fixReads: 'Deny only `wl` under `/etc/**` and `/home/**`, and keep `file,`.',
} as const;

type MessageId = keyof typeof MESSAGES;
const say = sayFrom(MESSAGES);

const noService: GoalResult = say.fail('noService', { file: COMPOSE });
const noProfile: GoalResult = say.fail('noProfile', { file: PROFILE_FILE });

interface ServiceProblem {
  message: MessageId;
  fix: MessageId;
  line: number;
  data?: Readonly<Record<string, string | number>>;
}

/** A compose goal: `problem` returns what is wrong with the service, the fix, and where, or null. */
function serviceGoal(
  spec: { id: string; title: string; why: string; passed: MessageId; rules?: string[] },
  problem: (r: RuntimeModel) => ServiceProblem | null,
): Exercise['goals'][number] {
  const { passed, ...goal } = spec;
  return {
    ...goal,
    messages: MESSAGES,
    check(ctx) {
      const runtime = orders(ctx);
      if (!runtime) return noService;
      const found = problem(runtime);
      return found
        ? say.fail(found.message, { fix: found.fix, line: found.line, file: COMPOSE, ...(found.data ? { data: found.data } : {}) })
        : { ...say.pass(passed), file: COMPOSE };
    },
  };
}

function expectAccess(profile: Profile, probes: [string, ProbedAccess][], allowed: boolean, passed: MessageId, fix: MessageId): GoalResult {
  for (const [path, access] of probes) {
    const decision = fileAccess(profile, path, access);
    if (decision.allowed !== allowed) {
      const { id, data } = decisionMessage(profile, path, access, decision);
      return say.fail(id, { file: PROFILE_FILE, fix, data, line: decision.rule?.line ?? profile.line });
    }
  }
  return { ...say.pass(passed), file: PROFILE_FILE };
}
/** Tags that are moved on purpose: they name a channel, not a release. */
const MOVING_TAGS = /^(latest|edge|stable|current|lts|nightly|rolling|mainline|\d+)$/;

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
    'seccomp-unconfined', 'apparmor-unconfined', 'run-as-root-user', 'port-on-all-interfaces',
    'apparmor-complain-mode', 'apparmor-unconfined-exec', 'apparmor-broad-capability', 'apparmor-mount-allowed',
  ],
  goals: [
    {
      id: 'numeric-non-root-user',
      title: 'The image runs as a numeric non-root user and group',
      why: 'Only the final stage\'s USER counts, and Kubernetes runAsNonRoot can only verify a number.',
      rules: ['runs-as-root', 'user-not-numeric'],
      messages: NUMERIC_NON_ROOT_MESSAGES,
      check: (ctx) => ({ ...finalUserIsNumericNonRoot(ctx.image(DOCKERFILE)), file: DOCKERFILE }),
    },
    {
      id: 'small-runtime-stage',
      title: 'The final image has no build toolchain',
      why: 'Compilers and the source tree in the runtime image are tools handed to an attacker.',
      rules: ['build-tools-in-final-image', 'copy-entire-stage-filesystem'],
      messages: MESSAGES,
      check(ctx) {
        const image = ctx.image(DOCKERFILE);
        const final = image.final;
        if (!final) return say.fail('noFrom', { file: DOCKERFILE });
        if (isToolchainBase(image, final.base)) {
          const messageId = final.base.kind === 'stage' ? 'toolchainStage' : 'toolchainBase';
          return say.fail(messageId, { file: DOCKERFILE, fix: 'fixToolchain', data: { image: final.base.resolved }, line: final.base.line });
        }
        const context = final.adds.find((a) => a.fromStage === null && a.from === null && a.sources.some((s) => s === '.' || s === './'));
        return context
          ? say.fail('wholeContext', { file: DOCKERFILE, fix: 'fixToolchain', line: context.line })
          : { ...say.pass('onlyProgram'), file: DOCKERFILE };
      },
    },
    {
      id: 'pinned-images',
      title: 'Every image the build uses is pinned',
      why: 'A moving tag lets someone else change what you build and ship.',
      rules: ['latest-or-untagged-base-image'],
      messages: MESSAGES,
      check(ctx) {
        for (const stage of ctx.image(DOCKERFILE).stages) {
          const base = stage.base;
          if (base.kind !== 'image' || base.digest || (base.tag !== null && !MOVING_TAGS.test(base.tag))) continue;
          return say.fail(base.tag === null ? 'untagged' : 'movingTag', { file: DOCKERFILE, line: base.line, fix: 'fixPin', data: { image: base.resolved, tag: base.tag ?? '' } });
        }
        return { ...say.pass('pinned'), file: DOCKERFILE };
      },
    },
    serviceGoal({ id: 'not-privileged', title: 'The service is not privileged', why: 'Privileged mode gives every capability and every host device.', passed: 'notPrivileged', rules: ['privileged'] },
      (r) => (r.privileged?.value ? { message: 'privileged', fix: 'fixPrivileged', line: r.privileged.span.line } : null)),
    serviceGoal({ id: 'own-network', title: 'The service has its own network namespace', why: 'On the host network the host\'s loopback-only database and admin API are reachable.', passed: 'ownNetwork', rules: ['host-network'] },
      (r) => (r.hostNamespaces.net ? { message: 'hostNetwork', fix: 'fixHostNetwork', line: r.hostNamespaces.net.line } : null)),
    serviceGoal({ id: 'no-runtime-socket', title: 'No Docker socket is mounted', why: 'The Docker socket is root on the host.', passed: 'noSocket', rules: ['docker-socket-mount'] },
      (r) => {
        const socket = r.mounts.find((m) => RUNTIME_SOCKET.test(m.source ?? '') || RUNTIME_SOCKET.test(m.target));
        return socket ? { message: 'socket', fix: 'fixSocket', line: socket.span.line, data: { socket: socket.source ?? socket.target } } : null;
      }),
    serviceGoal({ id: 'loopback-port', title: 'Port 8080 is published on 127.0.0.1 only', why: 'Only the reverse proxy on the host should reach the service.', passed: 'loopbackPort', rules: ['port-on-all-interfaces'] },
      (r) => {
        const app = r.ports.find((p) => (p.containerPort.split('/')[0] ?? '') === '8080');
        if (!app) return { message: 'notPublished', fix: 'fixPort', line: r.span.line };
        const open = r.ports.find((p) => p.hostIp === null || !/^(127(\.\d{1,3}){3}|::1|\[::1\])$/.test(p.hostIp));
        return open ? { message: 'allInterfaces', fix: 'fixPort', line: open.span.line, data: { port: open.raw } } : null;
      }),
    serviceGoal({ id: 'no-capabilities', title: 'All capabilities are dropped', why: 'A Go server on port 8080 needs no capability.', passed: 'noCapabilities', rules: ['dangerous-capability'] },
      (r) => (r.capabilities.length > 0
        ? { message: r.capabilities.length === 1 ? 'oneCapability' : 'capabilities', fix: 'fixDropAll', line: r.span.line, data: { count: r.capabilities.length } }
        : null)),
    serviceGoal({ id: 'read-only-rootfs', title: 'The root filesystem is read-only', why: 'The service writes nothing, so nothing should be writable.', passed: 'readOnly' },
      (r) => (r.readOnlyRootfs?.value ? null : { message: 'writable', fix: 'fixReadOnly', line: r.span.line })),
    serviceGoal({ id: 'no-new-privileges', title: 'no-new-privileges is set', why: 'It stops setuid programs from raising privileges.', passed: 'noNewPrivileges' },
      (r) => (r.noNewPrivileges?.value ? null : { message: 'setuid', fix: 'fixNoNewPrivileges', line: r.span.line })),
    serviceGoal({ id: 'non-root-at-runtime', title: 'Compose keeps the image\'s non-root user', why: 'A `user:` of root in compose.yaml throws away the image\'s non-root USER.', passed: 'noRootOverride', rules: ['run-as-root-user'] },
      (r) => (r.user && /^(0+|root)(:|$)/i.test(r.user.value.trim()) ? { message: 'rootUser', fix: 'fixRootUser', line: r.user.span.line, data: { user: r.user.value } } : null)),
    {
      id: 'profile-applied',
      title: 'The service runs under the docker-orders profile',
      why: 'A profile only protects the containers that are started with it.',
      rules: ['apparmor-unconfined'],
      messages: MESSAGES,
      check(ctx) {
        const runtime = orders(ctx);
        if (!runtime) return noService;
        const name = profileOf(ctx)?.name ?? PROFILE_FILE;
        const { state, profile, span } = runtime.apparmor;
        if (state === 'custom' && profile === name) return { ...say.pass('profileApplied', { name }), file: COMPOSE };
        const messageId = state === 'custom' ? 'otherProfile' : state === 'unconfined' ? 'noAppArmor' : 'defaultProfile';
        return say.fail(messageId, { file: COMPOSE, fix: 'fixProfileApplied', data: { name, profile: profile ?? '' }, line: span?.line ?? runtime.span.line });
      },
    },
    {
      id: 'profile-enforces',
      title: 'The profile enforces',
      why: 'In complain mode nothing the profile fails to allow is blocked.',
      rules: ['apparmor-complain-mode'],
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return profile.mode === 'enforce'
          ? { ...say.pass('enforce'), file: PROFILE_FILE }
          : say.fail('notEnforcing', { file: PROFILE_FILE, fix: 'fixNotEnforcing', data: { mode: profile.mode }, line: profile.line });
      },
    },
    {
      id: 'profile-denies-writes',
      title: 'The profile denies writes under /etc and /home',
      why: 'Even root in the container must not be able to change system or user files.',
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [['/etc/passwd', 'write'], ['/etc/ssl/certs/evil.pem', 'write'], ['/home/app/.profile', 'write'], ['/etc/passwd-link', 'link']], false,
          'writesDenied', 'fixWrites');
      },
    },
    {
      id: 'profile-keeps-reads',
      title: 'The service can still read its files',
      why: 'The program and the C library read /etc and the binary at start-up.',
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [['/etc/passwd', 'read'], ['/etc/ssl/certs/ca-certificates.crt', 'read'], [BINARY, 'read']], true,
          'readsWork', 'fixReads');
      },
    },
  ],
  run: {
    title: 'The image builds and the service starts under its profile',
    why: 'This is what the terminal does with the three files: build the image, load the profile, start the service with Compose.',
    passed: 'The image builds, apparmor_parser loads docker-orders, and docker compose up -d starts the service under it.',
    steps: [
      { command: 'docker build -t orders:1.0 .' },
      { command: 'sudo apparmor_parser -r -W docker-orders' },
      { command: 'docker compose up -d' },
      { command: 'docker compose ps', output: 'Up ', explain: 'docker compose logs' },
    ],
  },
  hints: [
    'Work file by file. Dockerfile: who runs the program, and what else is in the image? compose.yaml: which settings share the host? Profile: flags and deny rules.',
    'Dockerfile: a `golang:1.27-alpine3.24 AS build` stage builds with `CGO_ENABLED=0`; a second stage `FROM gcr.io/distroless/static-debian13:nonroot` (or `alpine:3.24`, if you want a shell for debugging) copies only the binary with `COPY --from=build --chmod=555` and ends with `USER 10001:10001`.',
    'compose.yaml: remove `privileged`, `network_mode` and the socket volume; add `ports: ["127.0.0.1:8080:8080"]`, `read_only: true`, `cap_drop: [ALL]` and `security_opt` with `no-new-privileges:true` and `apparmor=docker-orders`.',
    'Profile: remove `complain` from the flags, replace `network,` and `capability,` with `network inet tcp,` and `network inet udp,`, and add `deny /etc/** wl,`, `deny /home/** wl,` and `deny mount,`. On an AppArmor 4 host, also add the `signal` rules from the AppArmor lesson so that `docker stop` still works.',
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
