import { stringify } from 'yaml';
import { fail, ok, type Output } from '../../shell/types';
import { splitArgs, type DockerContext } from '../context';
import { COMPOSE_VERSION, projectContainers } from './containers';
import { down } from './down';
import { findComposeFiles } from './files';
import { logs } from './logs';
import { loadApp, type ComposeApp } from './project';
import { ps } from './ps';
import { up } from './up';

/** Flags of one command: those that take a value, and switches; short and long spellings. */
interface FlagSpec {
  valued: string[];
  switches: string[];
}

const PROJECT_FLAGS: FlagSpec = {
  valued: ['-f', '--file', '-p', '--project-name', '--project-directory', '--profile', '--env-file', '--ansi', '--progress', '--parallel'],
  switches: ['--compatibility', '--dry-run', '--all-resources', '-h', '--help'],
};

const COMMAND_FLAGS: Readonly<Record<string, FlagSpec>> = {
  up: {
    valued: ['--pull', '--scale', '-t', '--timeout', '--exit-code-from', '--attach', '--no-attach', '--wait-timeout'],
    switches: ['-d', '--detach', '--build', '--no-build', '--remove-orphans', '--no-color', '--no-log-prefix', '--force-recreate',
      '--no-recreate', '--no-start', '--abort-on-container-exit', '--abort-on-container-failure', '--timestamps', '--no-deps',
      '--always-recreate-deps', '-V', '--renew-anon-volumes', '--quiet-pull', '--quiet-build', '--attach-dependencies', '--wait',
      '-w', '--watch', '--menu', '-y', '--yes', '-h', '--help'],
  },
  down: { valued: ['--rmi', '-t', '--timeout'], switches: ['--remove-orphans', '-v', '--volumes', '-h', '--help'] },
  ps: { valued: ['--format', '--filter', '--status'], switches: ['-a', '--all', '-q', '--quiet', '--services', '--orphans', '--no-trunc', '-h', '--help'] },
  logs: { valued: ['--tail', '-n', '--since', '--until', '--index'], switches: ['-f', '--follow', '--no-color', '--no-log-prefix', '-t', '--timestamps', '-h', '--help'] },
  config: { valued: ['--format', '-o', '--output', '--hash'], switches: ['-q', '--quiet', '--services', '--images', '--volumes', '--no-interpolate', '--no-normalize', '--no-path-resolution', '--no-consistency', '--resolve-image-digests', '-h', '--help'] },
  version: { valued: ['-f', '--format'], switches: ['--short', '-h', '--help'] },
};

/** What `docker compose` can do here, for tab completion. */
export const COMPOSE_COMMANDS = Object.keys(COMMAND_FLAGS);

const USAGE = `
Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
  -f, --file stringArray           Compose configuration files
  -p, --project-name string        Project name
      --project-directory string   Specify an alternate working directory
                                   (default: the path of the, first specified, Compose file)

Commands:
  config      Parse, resolve and render compose file in canonical format
  down        Stop and remove containers, networks
  logs        View output from containers
  ps          List containers
  up          Create and start containers
  version     Show the Docker Compose version information

Run 'docker compose COMMAND --help' for more information on a command.
`;

/** pflag's words for a flag it does not know, which compose prints as its error. */
function unknownFlag(flags: Map<string, string[]>, spec: FlagSpec): string | null {
  for (const name of flags.keys()) {
    if (spec.valued.includes(name) || spec.switches.includes(name)) continue;
    return name.startsWith('--') ? `unknown flag: ${name}` : `unknown shorthand flag: '${name.slice(1)}' in ${name}`;
  }
  return null;
}

/** A subcommand's flags may come after its operands, as cobra allows (`logs web --tail 5`); `--` ends them. */
function interspersed(args: string[], valued: string[]): { flags: Map<string, string[]>; operands: string[] } {
  const flags = new Map<string, string[]>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const one = splitArgs(valued.includes(arg) ? [arg, args[++i] ?? ''] : [arg], valued);
    for (const [name, values] of one.flags) flags.set(name, [...(flags.get(name) ?? []), ...values]);
  }
  return { flags, operands };
}

function first(flags: Map<string, string[]>, ...names: string[]): string | null {
  for (const name of names) {
    const value = flags.get(name);
    if (value !== undefined) return value[value.length - 1] ?? '';
  }
  return null;
}

function has(flags: Map<string, string[]>, ...names: string[]): boolean {
  return names.some((n) => flags.has(n));
}

interface Target {
  name: string;
  app: ComposeApp | null;
}

/**
 * The project a command works on (compose `projectOrName`): loaded from its files, except when only
 * -p names it and the command needs no more than the name.
 */
function target(ctx: DockerContext, global: Map<string, string[]>, needsFile: boolean): Target | { error: string } {
  const fileFlags = [...(global.get('-f') ?? []), ...(global.get('--file') ?? [])];
  const projectFlag = first(global, '-p', '--project-name');
  if (!needsFile && fileFlags.length === 0 && projectFlag !== null) return { name: projectFlag, app: null };
  const found = findComposeFiles(ctx.caller, fileFlags);
  if ('error' in found) return found;
  const app = loadApp(found, projectFlag);
  if ('error' in app) return app;
  return { name: app.name, app };
}

function parseTail(value: string | null): number | null | { error: string } {
  if (value === null || value === 'all') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : { error: `invalid argument "${value}" for "-n, --tail" flag: strconv.Atoi: parsing "${value}": invalid syntax` };
}

/** `docker compose`: the Compose v2 CLI plugin, on the simulated engine. */
export function composeCli(ctx: DockerContext, args: string[]): Output {
  const { flags: global, operands } = splitArgs(args, PROJECT_FLAGS.valued);
  const [command = '', ...rest] = operands;
  const globalProblem = unknownFlag(global, PROJECT_FLAGS);
  if (globalProblem) return fail(`${globalProblem}\n`);
  if (command === '' || has(global, '-h', '--help')) return ok(USAGE);
  const spec = COMMAND_FLAGS[command];
  if (!spec) return { stdout: USAGE, stderr: `unknown docker command: "compose ${command}"\n`, code: 1 };
  const { flags, operands: names } = interspersed(rest, spec.valued);
  const problem = unknownFlag(flags, spec);
  if (problem) return fail(`${problem}\n`);
  if (has(flags, '-h', '--help')) return ok(USAGE);

  if (command === 'version') {
    if (has(flags, '--short')) return ok(`${COMPOSE_VERSION}\n`);
    if (first(flags, '-f', '--format') === 'json') return ok(`{"version":"v${COMPOSE_VERSION}"}\n`);
    return ok(`Docker Compose version v${COMPOSE_VERSION}\n`);
  }

  const found = target(ctx, global, command === 'up' || command === 'config');
  if ('error' in found) return fail(`${found.error}\n`);
  const { name, app } = found;
  const unknown = app ? names.find((n) => !app.services.some((s) => s.name === n)) : undefined;
  if (unknown !== undefined) return fail(`no such service: ${unknown}\n`);

  switch (command) {
    case 'up':
      if (!app) return fail('no configuration file provided: not found\n');
      return up(ctx, app, {
        detach: has(flags, '-d', '--detach', '--wait'),
        services: names,
        build: has(flags, '--build'),
        forceRecreate: has(flags, '--force-recreate'),
      });
    case 'down':
      return down(ctx.engine, name, projectContainers(ctx.engine, name), { volumes: has(flags, '-v', '--volumes'), columns: ctx.columns });
    case 'ps':
      return ps(projectContainers(ctx.engine, name, names), {
        all: has(flags, '-a', '--all'),
        quiet: has(flags, '-q', '--quiet'),
        services: has(flags, '--services'),
        format: first(flags, '--format'),
        noTrunc: has(flags, '--no-trunc'),
      });
    case 'logs': {
      const tail = parseTail(first(flags, '-n', '--tail'));
      if (tail !== null && typeof tail === 'object') return fail(`${tail.error}\n`);
      return logs(projectContainers(ctx.engine, name, names), { prefix: !has(flags, '--no-log-prefix'), tail });
    }
    default:
      return config(app, flags);
  }
}

/**
 * docker compose config: -q checks the files, --services and --images list them, and without flags
 * the merged model is printed as YAML (keys sorted, as compose's canonical form has them; the
 * defaults compose fills in are left out).
 */
function config(app: ComposeApp | null, flags: Map<string, string[]>): Output {
  if (!app) return fail('no configuration file provided: not found\n');
  if (has(flags, '-q', '--quiet')) return ok();
  if (has(flags, '--services')) return ok(app.services.map((s) => `${s.name}\n`).join(''));
  if (has(flags, '--images')) return ok(app.services.map((s) => `${s.image}\n`).join(''));
  const services = Object.fromEntries(app.services.map((s) => [s.name, s.definition]));
  return ok(stringify({ name: app.name, services, networks: { default: { name: `${app.name}_default` } } }, { sortMapEntries: true }));
}
