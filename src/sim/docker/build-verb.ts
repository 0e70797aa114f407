import { SIM_WORDS, type SimWords } from '../words';
import { buildImage } from '../build';
import { renderPlain } from '../build-output';
import { readSecrets } from '../build-secrets';
import { style } from '../ansi';
import { ok, type Output } from '../shell/types';
import { parseBuildFlags } from './build-flags';
import type { Verb } from './context';

const USAGE = 'Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build';
const PROGRESS = new Set(['auto', 'tty', 'plain', 'quiet']);

/** An error buildx returns from its command: the plugin's main prints it after "ERROR: " (docker/buildx cmd/buildx/main.go). */
function buildxError(message: string): Output {
  return { stdout: '', stderr: `ERROR: ${message}\n`, code: 1 };
}

/** --build-arg NAME=value; a bare NAME takes the variable from the learner's shell, as buildx does (commands/build.go listToMap). */
function buildArgs(values: readonly string[], env: Readonly<Record<string, string>>): Record<string, string> {
  const args: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq > 0) args[value.slice(0, eq)] = value.slice(eq + 1);
    else if (eq === -1 && Object.hasOwn(env, value)) args[value] = env[value] ?? '';
  }
  return args;
}

/**
 * Limits that keep a build in the page's main thread under about a second: the simulator's build time
 * grows faster than linearly with the number of steps (2,000 RUN lines take about 0.8 s, 20,000 about 12 s).
 */
const MAX_BUILD_LINES = 2_000;
const MAX_BUILD_KB = 512;

function sizeRefusal(dockerfile: string, words: SimWords): string | null {
  const kilobytes = Math.ceil(dockerfile.length / 1024);
  if (kilobytes > MAX_BUILD_KB) return words.buildTooBig(kilobytes, MAX_BUILD_KB);
  let lines = 1;
  for (let i = dockerfile.indexOf('\n'); i !== -1 && i < dockerfile.length - 1; i = dockerfile.indexOf('\n', i + 1)) lines += 1;
  return lines > MAX_BUILD_LINES ? words.buildTooManyLines(lines, MAX_BUILD_LINES) : null;
}

export const build: Verb = (ctx, args) => {
  const parsed = parseBuildFlags(args);
  // pflag's errors go through docker/cli FlagErrorFunc: the text, the help hint, status 125.
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}\nSee 'docker buildx build --help'.\n`, code: 125 };
  const { values, operands } = parsed;
  const last = (name: string): string | undefined => values.get(name)?.at(-1);
  if (operands.length !== 1) {
    return buildxError(`"docker buildx build" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\n${USAGE}`);
  }
  const quiet = (last('quiet') ?? 'false') !== 'false';
  const progress = last('progress') ?? 'auto';
  if (quiet && progress !== 'auto' && progress !== 'quiet') return buildxError(`progress=${progress} and quiet cannot be used together`);
  if (!PROGRESS.has(progress) && progress !== 'rawjson') return buildxError(`invalid progress mode ${progress}`);
  const secrets = readSecrets(values.get('secret') ?? [], ctx.caller);
  if ('error' in secrets) return buildxError(secrets.error);

  const fileName = last('file') ?? 'Dockerfile';
  const editor = ctx.files();
  const dockerfile = editor[fileName] ?? ctx.context[fileName] ?? editor[fileName.split('/').pop() ?? fileName];
  if (dockerfile === undefined) {
    return { stdout: '', stderr: `${style.red(`ERROR: failed to solve: failed to read dockerfile: open ${fileName}: no such file or directory`)}\n`, code: 1 };
  }
  const tooLarge = sizeRefusal(dockerfile, ctx.words ?? SIM_WORDS.en);
  if (tooLarge) return { stdout: '', stderr: `${tooLarge}\n`, code: 1 };
  const result = buildImage(ctx.engine, {
    dockerfile, fileName, context: { ...ctx.context, ...editor },
    tag: last('tag') ?? null,
    target: last('target') ?? null,
    buildArgs: buildArgs(values.get('build-arg') ?? [], ctx.caller.env),
    secrets: secrets.secrets,
    columns: ctx.columns,
    shell: ctx.shell,
  });
  // rawjson is a valid mode that streams JSON events; the simulator has no events to stream and shows the same steps in plain text.
  const plain = progress === 'plain' || progress === 'rawjson';
  const output = quiet || progress === 'quiet' ? result.failure : plain ? `${renderPlain(result.vertices)}${result.failure}` : result.output;
  if (!result.image) return { stdout: '', stderr: output, code: 1 };
  return ok(quiet ? `sha256:${result.image.id}\n` : output);
};
