import { normalizePosixPath } from '../../../../src/checker/core/posix-path';
import type { GoalResult } from '../../../../src/checker/grading/exercise';
import type { FileAdd, ImageModel, Mount, RunStep, ShellCommand } from '../../../../src/checker/dockerfile/model';

/**
 * Where the token must be: `docker build --secret id=npmrc,src=$HOME/.npmrc` hands it over as `npmrc`,
 * and npm, running as root during the build, reads its user config from /root/.npmrc. Lessons 1 and
 * 11 and npm's own "Docker and private modules" page use this pair.
 */
export const NPM_SECRET = { id: 'npmrc', target: '/root/.npmrc' } as const;

/** Turns a COPY source pattern into a test on context paths; Docker's globs do not treat dotfiles specially. */
export function sourceMatches(source: string, path: string): boolean {
  const cleaned = source.replace(/^\.\//, '').replace(/\/+$/, '');
  if (cleaned === '' || cleaned === '.' || cleaned === '/') return true;
  const pattern = cleaned
    .split('')
    .map((ch) => (ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch))
    .join('');
  // A directory source copies everything below it, so a match on any parent counts.
  return new RegExp(`^${pattern}(/.*)?$`).test(path);
}

export function contextCopyOf(image: ImageModel, path: string): FileAdd | undefined {
  return image.stages
    .flatMap((stage) => stage.adds)
    .find((add) => add.from === null && add.sources.some((source) => sourceMatches(source, path)));
}

const INSTALL = new Set(['ci', 'install', 'i']);

export function installsPackages(run: RunStep): boolean {
  return run.commands.some((c) => c.program === 'npm' && INSTALL.has(c.args[0] ?? ''));
}

function secretTarget(mount: Mount): string {
  // BuildKit mounts a secret at /run/secrets/<id> when no target is given.
  return normalizePosixPath(mount.target ?? `/run/secrets/${mount.id ?? ''}`, '/');
}

/** npm also takes its user config from NPM_CONFIG_USERCONFIG or --userconfig, pointing at the mount. */
function userConfigOf(command: ShellCommand): string | null {
  const assigned = command.assignments.find((a) => a.name.toLowerCase() === 'npm_config_userconfig');
  if (assigned) return normalizePosixPath(assigned.value, '/');
  const at = command.args.findIndex((a) => a === '--userconfig' || a.startsWith('--userconfig='));
  if (at === -1) return null;
  const arg = command.args[at] ?? '';
  return normalizePosixPath(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : command.args[at + 1] ?? '', '/');
}

const FIX = `Mount the token on the RUN that calls npm: \`RUN --mount=type=secret,id=${NPM_SECRET.id},target=${NPM_SECRET.target} npm ci --omit=dev\`.`;

/**
 * Whether the RUN that installs packages gets the token from a secret mount that `--secret id=npmrc`
 * fills and that npm reads: the right id, at /root/.npmrc or wherever the command tells npm to look.
 */
export function installReadsSecret(image: ImageModel): GoalResult {
  const stage = image.stages.find((s) => s.runs.some(installsPackages));
  const install = stage?.runs.find(installsPackages);
  if (!stage || !install) return { pass: false, message: 'No RUN installs the packages any more, so the app would start without its dependencies.', fix: FIX };
  const secrets = install.mounts.filter((m) => m.type === 'secret');
  if (secrets.length === 0) {
    return { pass: false, line: install.line, message: 'This npm install has no secret mount, so npm finds no token and the private packages cannot be fetched.', fix: FIX };
  }
  const npm = install.commands.find((c) => c.program === 'npm' && INSTALL.has(c.args[0] ?? ''));
  const userConfig = npm ? userConfigOf(npm) : null;
  const byId = secrets.find((m) => m.id === NPM_SECRET.id);
  if (!byId) {
    const ids = secrets.map((m) => m.id ?? `(none, so BuildKit uses "${(m.target ?? '').split('/').pop() ?? ''}")`).join(', ');
    return { pass: false, line: install.line, message: `The secret mount's id is ${ids}, but the build passes the token as \`--secret id=${NPM_SECRET.id}\`, so the mount stays empty.`, fix: FIX };
  }
  const target = secretTarget(byId);
  if (target === NPM_SECRET.target || (userConfig !== null && userConfig === target)) {
    return { pass: true, message: `npm reads the token from the ${NPM_SECRET.id} secret at ${target}, only while this RUN executes.` };
  }
  if (byId.target === null) {
    return { pass: false, line: install.line, message: `Without a target the secret is mounted at ${target}, a file npm never reads, so the install runs without the token.`, fix: FIX };
  }
  let workdir = '/';
  for (const w of stage.workdirs) if (w.line < install.line) workdir = normalizePosixPath(w.path, workdir);
  const message = target === normalizePosixPath('.npmrc', workdir)
    ? `The secret is mounted at ${target}. npm reads a project config there too, but the task and the lessons mount the token as root's user config, ${NPM_SECRET.target}, the file \`src=$HOME/.npmrc\` stands for, and keep it apart from the project's own settings.`
    : `The secret is mounted at ${target}, a file npm never reads, so the install runs without the token.`;
  return { pass: false, line: install.line, message, fix: FIX };
}
