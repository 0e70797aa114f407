import { normalizePosixPath } from '../../../../src/checker/core/posix-path';
import type { GoalResult } from '../../../../src/checker/grading/exercise';
import { sayFrom } from '../../../../src/checker/grading/goal-messages';
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

/** What installReadsSecret says, by id; npm-secret.zh-cn.ts words the same ids. */
export const NPM_SECRET_MESSAGES = {
  noInstall: 'No RUN installs the packages any more, so the app would start without its dependencies.',
  noMount: 'This npm install has no secret mount, so npm finds no token and the private packages cannot be fetched.',
  wrongId: "The secret mount's id is {{ids}}, but the build passes the token as `--secret id={{id}}`, so the mount stays empty.",
  noId: "The secret mount's id is (none, so BuildKit uses \"{{name}}\"), but the build passes the token as `--secret id={{id}}`, so the mount stays empty.",
  reads: 'npm reads the token from the {{id}} secret at {{target}}, only while this RUN executes.',
  noTarget: 'Without a target the secret is mounted at {{target}}, a file npm never reads, so the install runs without the token.',
  projectConfig: "The secret is mounted at {{target}}. npm reads a project config there too, but the task and the lessons mount the token as root's user config, {{userConfig}}, the file `src=$HOME/.npmrc` stands for, and keep it apart from the project's own settings.",
  elsewhere: 'The secret is mounted at {{target}}, a file npm never reads, so the install runs without the token.',
  fixMount: 'Mount the token on the RUN that calls npm: `RUN --mount=type=secret,id={{id}},target={{userConfig}} npm ci --omit=dev`.',
} as const;

export type NpmSecretMessageId = keyof typeof NPM_SECRET_MESSAGES;
const say = sayFrom(NPM_SECRET_MESSAGES);
const secret = { id: NPM_SECRET.id, userConfig: NPM_SECRET.target };

/**
 * Whether the RUN that installs packages gets the token from a secret mount that `--secret id=npmrc`
 * fills and that npm reads: the right id, at /root/.npmrc or wherever the command tells npm to look.
 */
export function installReadsSecret(image: ImageModel): GoalResult {
  const stage = image.stages.find((s) => s.runs.some(installsPackages));
  const install = stage?.runs.find(installsPackages);
  if (!stage || !install) return say.fail('noInstall', { fix: 'fixMount', data: secret });
  const secrets = install.mounts.filter((m) => m.type === 'secret');
  if (secrets.length === 0) return say.fail('noMount', { line: install.line, fix: 'fixMount', data: secret });
  const npm = install.commands.find((c) => c.program === 'npm' && INSTALL.has(c.args[0] ?? ''));
  const userConfig = npm ? userConfigOf(npm) : null;
  const byId = secrets.find((m) => m.id === NPM_SECRET.id);
  if (!byId) {
    // BuildKit names a secret mount without an id after its target's file name.
    const unnamed = secrets.find((m) => m.id === null);
    return unnamed
      ? say.fail('noId', { line: install.line, fix: 'fixMount', data: { ...secret, name: (unnamed.target ?? '').split('/').pop() ?? '' } })
      : say.fail('wrongId', { line: install.line, fix: 'fixMount', data: { ...secret, ids: secrets.map((m) => m.id ?? '').join(', ') } });
  }
  const target = secretTarget(byId);
  if (target === NPM_SECRET.target || (userConfig !== null && userConfig === target)) return say.pass('reads', { id: NPM_SECRET.id, target });
  if (byId.target === null) return say.fail('noTarget', { line: install.line, fix: 'fixMount', data: { ...secret, target } });
  let workdir = '/';
  for (const w of stage.workdirs) if (w.line < install.line) workdir = normalizePosixPath(w.path, workdir);
  const messageId = target === normalizePosixPath('.npmrc', workdir) ? 'projectConfig' : 'elsewhere';
  return say.fail(messageId, { line: install.line, fix: 'fixMount', data: { ...secret, target } });
}
