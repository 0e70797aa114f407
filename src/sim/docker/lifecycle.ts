import { parseRunArgs } from '../../checker/run';
import { parseSeccomp, type SeccompModel } from '../../checker/seccomp';
import { profileRefusal } from '../seccomp';
import { readFile } from '../shell/fsops';
import { style } from '../ansi';
import { createContainer, execView, type Container } from '../container';
import { shortId } from '../hash';
import { hasTag, parseImageRef, pinnedDigest, qualifiedName, refText } from '../image-ref';
import { pullTranscript } from '../image-store';
import { clientLimitConflict, limitRefusal, readsZeroForever } from '../limits';
import { resolveUser } from '../users';
import { tailOf } from './logs-tail';
import { publishConflict, startServer } from '../servers';
import { findProgram } from '../shell/run';
import { ok, type Output, type Session } from '../shell/types';
import { daemonError, splitArgs, type DockerContext, type Verb } from './context';
import { capabilityRefusal, nameRefusal, networkRefusal, referenceRefusal, startFailure, statusCodeOf, type DaemonRefusal } from './daemon-errors';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);
/** The simulated host's CPUs (docker info), the most --cpus may ask for. */
const HOST_CPUS = 2;
/** Programs that keep running until stopped, so `-d` leaves the container up. */
const SERVERS = new Set(['sleep', 'nginx', 'java', 'node', 'tail', 'python', 'postgres']);

function runError(message: string, code = 125): Output {
  return { stdout: '', stderr: `${style.red(`docker: Error response from daemon: ${message}`)}\n\nRun 'docker run --help' for more information\n`, code };
}

/** A flag the client cannot parse (docker/cli cli/cobra.go FlagErrorFunc). */
function usageError(message: string): Output {
  return { stdout: '', stderr: `${message}\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`, code: 125 };
}

/** An error of the client itself, before it asks the daemon (docker/cli withHelp). */
function clientError(message: string): Output {
  return { stdout: '', stderr: `${style.red(`docker: ${message}`)}\n\nRun 'docker run --help' for more information\n`, code: 125 };
}

/**
 * `--security-opt seccomp=FILE`: the client reads the file from its working directory and sends it on
 * (docker/cli parseSecurityOpts), so a missing or malformed file stops before the daemon is asked; the
 * daemon then refuses types it cannot decode and runc actions it does not know.
 */
function readSeccompProfile(ctx: DockerContext, path: string | null): { model: SeccompModel | null } | { output: Output } {
  if (path === null || path === 'builtin') return { model: null };
  const read = readFile(ctx.caller, path);
  if ('error' in read) return { output: clientError(`opening seccomp profile (${path}) failed: open ${path}: no such file or directory`) };
  const model = parseSeccomp(read.content);
  if (model.jsonError !== null) return { output: clientError(`compacting json for seccomp profile (${path}) failed: ${model.jsonError}`) };
  if (model.decodeError !== null) return { output: runError(model.decodeError) };
  const refusal = profileRefusal(model);
  if (refusal !== null) return { output: runError(refusal) };
  return { model };
}

/** The session a container's shell opens on the terminal. */
export function containerSession(container: Container, onExit?: () => void): Session {
  return { proc: container.proc, shell: container.proc.busybox ? 'ash' : 'bash', ...(onExit ? { onExit } : {}) };
}

function stop(ctx: DockerContext, container: Container, code: number): void {
  // Nothing in the simulator sends the main process SIGKILL but the OOM killer (docker stop and kill set their own status).
  if (code === 137) container.oomKilled = true;
  container.status = 'exited';
  container.exitCode = code;
  container.finishedAt = ctx.engine.now();
  if (container.autoRemove) ctx.engine.removeContainer(container);
}

/** The program runc starts: the images' docker-entrypoint.sh hands over to its arguments. */
function mainArgv(container: Container): string[] {
  const [program = '', ...rest] = container.argv;
  return program.endsWith('docker-entrypoint.sh') && rest.length > 0 ? rest : container.argv;
}

/** Why the container's first program cannot start, as the daemon says it; null when it can. */
export function startRefusal(container: Container): DaemonRefusal | null {
  return startFailure(container.proc, mainArgv(container)[0] ?? '');
}

/** Starts the main process: an interactive shell joins the terminal, anything else runs to completion. */
export function startMain(ctx: DockerContext, container: Container, interactive: boolean, detach: boolean): Output {
  const argv = mainArgv(container);
  const name = argv[0] ?? '';
  // The container is listed as running already, so its own docker-proxies are left out.
  const conflict = publishConflict(ctx.engine.hostListeners().filter((l) => l.owner !== container.id), container);
  if (conflict) {
    // The daemon created the container; it stays in Created, without a process.
    container.status = 'created';
    return runError(conflict);
  }
  const refused = startRefusal(container);
  if (refused) {
    stop(ctx, container, refused.code);
    return runError(refused.message, refused.code);
  }
  const base = name.split('/').pop() ?? name;
  const isShell = SHELLS.has(base) && !argv.includes('-c') && argv.length === 1;
  if (detach) {
    const server = startServer(container, argv);
    if (server && 'error' in server) {
      container.logs = server.error;
      stop(ctx, container, server.code);
      return ok(`${container.id}\n`);
    }
    if (server) container.servers = server.listeners;
    const stays = server !== null || (SERVERS.has(base) && !readsZeroForever(argv)) || (isShell && interactive);
    if (!stays) {
      const result = ctx.shell.exec(ctx.services, containerSession(container), argv, '');
      container.logs = result.stdout + result.stderr;
      if (result.running) container.servers = (result.listening ?? []).map((l) => ({ ...l, owner: container.id }));
      else stop(ctx, container, result.code);
    }
    return ok(`${container.id}\n`);
  }
  if (isShell) {
    if (!interactive) {
      stop(ctx, container, 0);
      return ok();
    }
    ctx.services.enter(containerSession(container, () => stop(ctx, container, 0)));
    return ok();
  }
  const before = ctx.services.current();
  const result = ctx.shell.exec(ctx.services, containerSession(container), argv, '');
  container.logs = result.stdout + result.stderr;
  const opened = ctx.services.current();
  if (opened === before) stop(ctx, container, result.code);
  else {
    // The command opened a shell (chroot, nsenter): the container lives until that shell exits.
    const previous = opened.onExit;
    opened.onExit = () => {
      previous?.();
      stop(ctx, container, 0);
    };
  }
  return result;
}

function flagProblem(message: string): Output {
  const unknown = /has no option (-{1,2}[\w-]+)/.exec(message);
  if (unknown) return usageError(`unknown flag: ${unknown[1] ?? ''}`);
  const missing = /^(\S+) needs a value/.exec(message);
  // pflag names a shorthand flag as "'u' in -u".
  const flag = missing?.[1] ?? '';
  if (missing) return usageError(`flag needs an argument: ${/^-\w$/.test(flag) ? `'${flag.slice(1)}' in ${flag}` : flag}`);
  return usageError(`docker: ${message}`);
}

/** docker run, or docker create when `start` is false: the same checks, then the container is only made. */
function runOrCreate(ctx: DockerContext, args: string[], start: boolean): Output {
  const parsed = parseRunArgs(args);
  // The client parses its flags before it looks for the image.
  const flagFault = parsed.diagnostics.find((d) => d.severity === 'error' && /has no option|needs a value/.test(d.message));
  if (flagFault) return flagProblem(flagFault.message);
  if (!parsed.image) {
    return { stdout: '', stderr: `docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n`, code: 1 };
  }
  const capabilities = capabilityRefusal(args);
  if (capabilities) return runError(capabilities.message, capabilities.code);
  const problem = parsed.diagnostics.find((d) => d.severity === 'error');
  if (problem) return flagProblem(problem.message);
  const badReference = referenceRefusal(parsed.image);
  if (badReference) return clientError(badReference);
  const conflict = clientLimitConflict(parsed.runtime);
  if (conflict) return clientError(conflict);
  const profile = readSeccompProfile(ctx, parsed.runtime.seccomp.state === 'custom' ? parsed.runtime.seccomp.profile : null);
  if ('output' in profile) return profile.output;
  const limits = limitRefusal(parsed.runtime, HOST_CPUS);
  if (limits) return runError(limits);
  const mode = parsed.runtime.networkMode?.value;
  const network = mode !== undefined && ctx.engine.networks.has(mode) ? null : networkRefusal(mode);
  if (network) return runError(network.message, network.code);
  let stdout = '';
  const runtime = parsed.runtime;
  let image = ctx.engine.images.find(parsed.image);
  if (!image) {
    const pinned = pinnedDigest(parsed.image);
    // The client names the image as typed, with :latest added only when it has neither tag nor digest.
    const named = parseImageRef(parsed.image);
    const ref = pinned === null ? refText(named) : `${named.name}${hasTag(parsed.image) ? `:${named.tag}` : ''}@${pinned}`;
    stdout += `Unable to find image '${ref}' locally\n`;
    const pulled = ctx.engine.images.pull(parsed.image);
    if ('error' in pulled) return { stdout, stderr: `${style.red(`docker: Error response from daemon: ${pulled.error}`)}\n\nRun 'docker run --help' for more information\n`, code: 125 };
    image = pulled.image;
    stdout += `${pullTranscript(parsed.image, image, true)}\n`;
  }
  if (runtime.networkMode?.value === 'host' && (runtime.ports.length > 0 || runtime.publishAll?.value)) {
    stdout += 'WARNING: Published ports are discarded when using host network mode\n';
  }
  const entrypoint = runtime.entrypoint ? [runtime.entrypoint.value].filter(Boolean) : image.config.entrypoint ?? [];
  const command = parsed.command.length ? parsed.command : runtime.entrypoint ? [] : image.config.cmd ?? [];
  const argv = [...entrypoint, ...command];
  if (argv.length === 0) return { stdout, stderr: `${style.red('docker: Error response from daemon: no command specified')}\n\nRun 'docker run --help' for more information\n`, code: 125 };
  const badName = nameRefusal(runtime.name?.value);
  const created = badName ? { error: badName } : createContainer(ctx.engine, { runtime, image, imageName: parsed.image, argv, ...(profile.model ? { seccompProfile: profile.model } : {}) });
  if ('error' in created) {
    // docker create passes the daemon's answer on as it is; docker run adds its help line and exit code.
    const result = start ? runError(created.error, statusCodeOf(created.error)) : daemonError(created.error);
    return { ...result, stdout };
  }
  ctx.engine.containers.push(created);
  if (!start) {
    created.status = 'created';
    return { stdout: `${stdout}${created.id}\n`, stderr: '', code: 0 };
  }
  const result = startMain(ctx, created, runtime.interactive, runtime.detach);
  // The container's output keeps the order its program wrote stdout and stderr in.
  const chunks = result.chunks ? [{ fd: 1 as const, text: stdout }, ...result.chunks] : undefined;
  return { stdout: stdout + result.stdout, stderr: result.stderr, code: result.code, ...(chunks ? { chunks } : {}) };
}

export const run: Verb = (ctx, args) => runOrCreate(ctx, args, true);
export const create: Verb = (ctx, args) => runOrCreate(ctx, args, false);

export const exec: Verb = (ctx, args) => {
  const { flags, operands } = splitArgs(args, ['-u', '--user', '-w', '--workdir', '-e', '--env']);
  const [ref = '', ...argv] = operands;
  const container = ctx.engine.findContainer(ref);
  if (!container) return daemonError(`No such container: ${ref}`);
  if (container.status !== 'running') return daemonError(`container ${container.id} is not running`);
  const userSpec = flags.get('-u')?.[0] ?? flags.get('--user')?.[0];
  let identity = container.proc.identity;
  if (userSpec) {
    const resolved = resolveUser(userSpec, container.proc.vfs);
    if ('error' in resolved) return daemonError(resolved.error, 126);
    identity = resolved;
  }
  const caps = identity.uid === 0 ? { ...container.proc.caps, effective: container.proc.caps.bounding } : { ...container.proc.caps, effective: new Set<string>() };
  const name = argv[0] ?? '';
  const vfs = execView(container, name, identity, caps);
  const proc = { ...container.proc, vfs, identity, caps, env: { ...container.proc.env }, cwd: flags.get('-w')?.[0] ?? flags.get('--workdir')?.[0] ?? container.proc.cwd };
  if (!findProgram(proc, name)) {
    // The daemon gives an exec that never started 126 (moby daemon/exec.go), even for a missing program.
    return { stdout: '', stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`, code: 126 };
  }
  const session: Session = { proc, shell: proc.busybox ? 'ash' : 'bash' };
  const interactive = flags.has('-i') || flags.has('--interactive');
  if (SHELLS.has(name.split('/').pop() ?? name) && argv.length === 1) {
    if (interactive) ctx.services.enter(session);
    return ok();
  }
  return ctx.shell.exec(ctx.services, session, argv, '');
};

export const rm: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, []);
  const force = flags.has('-f') || flags.has('--force');
  let stdout = '';
  let stderr = '';
  for (const ref of operands) {
    const container = engine.findContainer(ref);
    // docker rm -f treats a container that is already gone as removed (docker/cli v29 container/rm.go).
    if (!container) stderr += force ? '' : `Error response from daemon: No such container: ${ref}\n`;
    else if (container.status === 'running' && !force) stderr += `Error response from daemon: cannot remove container "/${container.name}": container is running: stop the container before removing or force remove\n`;
    else {
      engine.removeContainer(container);
      stdout += `${ref}\n`;
    }
  }
  return { stdout, stderr, code: stderr ? 1 : 0 };
};

export const stopVerb: Verb = ({ engine }, args) => {
  const { operands } = splitArgs(args, ['-t', '--time']);
  let stdout = '';
  for (const ref of operands) {
    const container = engine.findContainer(ref);
    if (!container) return daemonError(`No such container: ${ref}`);
    container.status = 'exited';
    container.exitCode = 137;
    container.finishedAt = engine.now();
    if (container.autoRemove) engine.removeContainer(container);
    stdout += `${ref}\n`;
  }
  return ok(stdout);
};

export const rmi: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, []);
  let stdout = '';
  let stderr = '';
  for (const ref of operands) {
    const image = engine.images.find(ref);
    if (!image) {
      stderr += `Error response from daemon: No such image: ${ref}\n`;
      continue;
    }
    const user = engine.containers.find((c) => c.image === image);
    if (user && !flags.has('-f') && !flags.has('--force')) {
      stderr += `Error response from daemon: conflict: unable to remove repository reference "${ref}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(image.id)}\n`;
      continue;
    }
    const tag = refText(parseImageRef(ref));
    if (image.repoTags.length > 1 && image.repoTags.includes(tag)) {
      image.repoTags = image.repoTags.filter((t) => t !== tag);
      stdout += `Untagged: ${tag}\n`;
      continue;
    }
    engine.images.remove(image);
    stdout += `${image.repoTags.map((t) => `Untagged: ${t}\n`).join('')}Deleted: sha256:${image.id}\n`;
  }
  return { stdout, stderr, code: stderr ? 1 : 0 };
};

export const pull: Verb = ({ engine }, args) => {
  const { operands } = splitArgs(args, ['--platform']);
  const ref = operands[0];
  if (!ref) return { stdout: '', stderr: "\"docker pull\" requires exactly 1 argument.\nSee 'docker pull --help'.\n", code: 1 };
  const result = engine.images.pull(ref);
  if ('error' in result) return daemonError(result.error);
  const pinned = pinnedDigest(ref);
  const qualified = pinned === null ? qualifiedName(parseImageRef(ref)) : `${qualifiedName(parseImageRef(ref)).replace(/:[^:/]+$/, '')}@${pinned}`;
  return ok(`${pullTranscript(ref, result.image, result.pulled)}\n${qualified}\n`);
};

export const logs: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--tail', '-n', '--since', '--until']);
  const container = engine.findContainer(operands[0] ?? '');
  if (!container) return daemonError(`No such container: ${operands[0] ?? ''}`);
  return ok(tailOf(container.logs, flags.get('--tail')?.at(-1) ?? flags.get('-n')?.at(-1)));
};
