import type { Mount, RunStep } from '../checker/dockerfile/model';
import type { Proc } from './process';
import { follow, readFile } from './shell/fsops';
import { normalizePath, parentOf } from './vfs/paths';
import { file, type FileTree, type FsNode } from './vfs/tree';

/** What `docker build --secret` hands to the builder: each secret's content, by id. */
export type SecretStore = ReadonlyMap<string, string>;

interface SecretSpec {
  id: string;
  src: string;
  env: string;
}

/**
 * One `--secret` value, read as buildx reads it (docker/buildx util/buildflags/secrets.go
 * UnmarshalText): comma-separated key=value fields; `type=env` turns `src` into the variable's name.
 */
function parseSpec(value: string): SecretSpec | { error: string } {
  const spec: SecretSpec = { id: '', src: '', env: '' };
  let type = '';
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq === -1) return { error: `invalid field '${field}' must be a key=value pair` };
    const key = field.slice(0, eq).toLowerCase();
    const text = field.slice(eq + 1);
    switch (key) {
      case 'type':
        if (text !== 'file' && text !== 'env') return { error: `unsupported secret type ${JSON.stringify(text)}` };
        type = text;
        break;
      case 'id': spec.id = text; break;
      case 'source': case 'src': spec.src = text; break;
      case 'env': spec.env = text; break;
      default: return { error: `unexpected key '${key}' in '${field}'` };
    }
  }
  if (type === 'env' && spec.env === '') return { ...spec, env: spec.src, src: '' };
  return spec;
}

/**
 * Reads every `--secret` from the learner's shell, as buildx's secret store does when the build starts
 * (moby/buildkit session/secrets/secretsprovider/store.go NewStore): a secret without src or env is the
 * variable of its id when that is set and otherwise the file of that name; a file must exist. The
 * returned text is buildx's error, which the CLI prints after "ERROR: ".
 */
export function readSecrets(values: readonly string[], caller: Proc): { secrets: SecretStore } | { error: string } {
  const secrets = new Map<string, string>();
  for (const value of values) {
    if (value === '') continue;
    const spec = parseSpec(value);
    if ('error' in spec) return spec;
    if (spec.id === '') return { error: 'secret missing ID' };
    let { src, env } = spec;
    if (env === '' && src === '') {
      if (Object.hasOwn(caller.env, spec.id)) env = spec.id;
      else src = spec.id;
    }
    if (src !== '') {
      if (!follow(caller, src).node) return { error: `failed to stat ${src}: stat ${src}: no such file or directory` };
      const read = readFile(caller, src);
      if ('error' in read) {
        return { error: read.error === 'EISDIR' ? `read ${src}: is a directory` : `open ${src}: permission denied` };
      }
      secrets.set(spec.id, read.content);
    } else {
      secrets.set(spec.id, caller.env[env] ?? '');
    }
  }
  return { secrets };
}

/** A `RUN --mount=type=secret` as the Dockerfile frontend turns it into a mount (dockerfile2llb/convert_secrets.go). */
export interface SecretMount {
  id: string;
  /** Where the file appears; null when the secret only sets a variable (`env=` without `target=`). */
  target: string | null;
  env: string | null;
  required: boolean;
  mode: number;
  uid: number;
  gid: number;
}

/** The secret mount's fields from the flag as written: `id` defaults to the target's base name, the target to /run/secrets/ID. */
export function secretMount(mount: Mount): SecretMount | null {
  if (mount.type !== 'secret') return null;
  const fields = new Map<string, string>();
  for (const part of mount.raw.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? '' : part.slice(eq + 1).trim());
  }
  const written = mount.target;
  const id = mount.source ?? mount.id ?? (written ? written.split('/').filter(Boolean).pop() ?? '' : '');
  if (id === '') return null;
  const env = fields.get('env') ?? null;
  // strconv.ParseBool's false spellings; a bare `required` means true.
  const required = fields.has('required') && !['false', 'f', '0'].includes((fields.get('required') ?? '').toLowerCase());
  const number = (key: string, base: number, fallback: number): number => {
    const text = fields.get(key);
    const parsed = text === undefined ? Number.NaN : Number.parseInt(text, base);
    return Number.isFinite(parsed) ? parsed : fallback;
  };
  return {
    id,
    target: env !== null && !written ? null : written ?? `/run/secrets/${id.split('/').pop() ?? id}`,
    env,
    required,
    mode: number('mode', 8, 0o400),
    uid: number('uid', 10, 0),
    gid: number('gid', 10, 0),
  };
}

/**
 * Puts a RUN's secrets in place for the time it runs, as BuildKit mounts them: a file at the target
 * (mode 0400, root's, unless the mount says otherwise). A secret the build was not given is left out,
 * unless the mount is `required`, which fails the step (moby/buildkit solver/llbsolver/mounts/mount.go;
 * PR 3561 stopped mounting missing optional ones). `unmount` takes every file and directory it made
 * away again, so nothing of the secret reaches the layer.
 */
export function mountSecrets(tree: FileTree, run: RunStep, secrets: SecretStore, workdir: string): { unmount: () => void } | { missing: string } {
  const undo: (() => void)[] = [];
  const unmount = (): void => {
    for (const step of undo.reverse()) step();
  };
  for (const mount of run.mounts) {
    const secret = secretMount(mount);
    if (!secret) continue;
    const content = secrets.get(secret.id);
    if (content === undefined) {
      if (!secret.required) continue;
      unmount();
      return { missing: secret.id };
    }
    if (secret.target === null) continue;
    const target = normalizePath(secret.target, workdir);
    const made: string[] = [];
    for (let dir = parentOf(target); dir !== '/' && !tree.has(dir); dir = parentOf(dir)) made.push(dir);
    const before: FsNode | undefined = tree.get(target);
    tree.mkdirs(parentOf(target));
    tree.set(target, file(content, secret.mode, secret.uid, secret.gid));
    undo.push(() => {
      if (before) tree.set(target, before);
      else tree.remove(target);
      for (const dir of made) if (tree.children(dir).length === 0) tree.remove(dir);
    });
  }
  return { unmount };
}
