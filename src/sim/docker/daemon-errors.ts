import { ALL_CAPABILITIES } from '../../checker/run/capabilities';
import { checkAccess } from '../access';
import type { Proc } from '../process';
import { follow } from '../shell/fsops';
import { findProgram } from '../shell/run';

/** How `docker run` answers a daemon error: the message and the exit code docker/cli's toStatusError gives it. */
export interface DaemonRefusal {
  message: string;
  code: number;
}

/** docker/cli toStatusError: 127 for a missing file, 126 for one that may not run, 125 for everything else. */
export function statusCodeOf(message: string): number {
  if (/executable file not found|no such file or directory/.test(message)) return 127;
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

const CREATE_FAILED = 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init:';

/**
 * What runc says when the container's first program cannot start: it resolves the name on PATH,
 * stats an explicit path, wants an x bit, and only then execs as the container's user.
 */
export function startFailure(proc: Proc, name: string): DaemonRefusal | null {
  const refuse = (detail: string): DaemonRefusal => {
    const message = `${CREATE_FAILED} ${detail}: unknown`;
    return { message, code: statusCodeOf(message) };
  };
  const path = findProgram(proc, name);
  if (!path) return refuse(name.includes('/') ? `exec: "${name}": stat ${name}: no such file or directory` : `exec: "${name}": executable file not found in $PATH`);
  const target = follow(proc, path);
  const node = target.node;
  if (!node || node.type === 'dir' || (node.mode & 0o111) === 0) return refuse(`exec: "${name}": permission denied`);
  if (checkAccess(proc, target.path, node, 'exec')) return refuse(`exec ${path}: permission denied`);
  return null;
}

/** The values of one flag in a docker run command line, in both spellings (`--cap-add X`, `--cap-add=X`). */
function flagValues(args: readonly string[], flag: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === flag) values.push(args[++i] ?? '');
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
    else if (!arg.startsWith('-')) break;
  }
  return values;
}

const KNOWN_CAPABILITIES = new Set(ALL_CAPABILITIES);

/**
 * The daemon checks --cap-add and --cap-drop names (moby daemon/pkg/oci/caps: each is upper-cased
 * and given the CAP_ prefix; a list with commas is one unknown name).
 */
export function capabilityRefusal(args: readonly string[]): DaemonRefusal | null {
  for (const [flag, field] of [['--cap-add', 'CapAdd'], ['--cap-drop', 'CapDrop']] as const) {
    for (const value of flagValues(args, flag)) {
      const upper = value.toUpperCase();
      const name = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
      if (upper === 'ALL' || KNOWN_CAPABILITIES.has(name.slice(4))) continue;
      return { message: `invalid ${field}: unknown capability: "${name}"`, code: 125 };
    }
  }
  return null;
}

/** The client refuses a reference with upper-case letters in its path (distribution/reference, as vendored by docker/cli v29). */
export function referenceRefusal(image: string): string | null {
  const name = image.replace(/[:@].*$/, '');
  if (!/[A-Z]/.test(name)) return null;
  const remote = name.includes('/') ? name.replace(/^[^/]*[.:][^/]*\//, '') : `library/${name}`;
  return `invalid reference format: repository name (${remote}) must be lowercase`;
}

/** A network the engine does not have (moby libnetwork ErrNoSuchNetwork). */
export function networkRefusal(mode: string | undefined): DaemonRefusal | null {
  if (mode === undefined || ['bridge', 'default', 'host', 'none'].includes(mode) || mode.startsWith('container:')) return null;
  return { message: `network ${mode} not found`, code: 125 };
}

/** Container names the daemon accepts (moby daemon/names.go): at least two characters. */
export function nameRefusal(name: string | undefined): string | null {
  if (name === undefined) return null;
  const bare = name.replace(/^\//, '');
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(bare) ? null : `Invalid container name (${bare}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
}
