import type { Word } from './lexer';
import type { RunVerb } from './model';

/** Words that can stand before a command without changing which program runs. */
const PREFIX_WORDS = new Set(['exec', 'time', 'nohup', 'command', 'then', 'do', 'else', '!', '{', 'if', 'while', 'until', 'xargs']);
const SUDO_OPTIONS_WITH_VALUE = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-R', '-T']);
const ENV_OPTIONS_WITH_VALUE = new Set(['-u', '-C', '-S']);
/** Options of the `docker` command itself that take a value, e.g. `docker -H tcp://host run ...`. */
const DOCKER_GLOBAL_OPTIONS_WITH_VALUE = new Set([
  '-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey',
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export interface RunInvocation {
  verb: RunVerb;
  /** Index of the first word after `run` / `create`. */
  argsStart: number;
  /** Index of the `docker` word. */
  dockerAt: number;
}

function skipOptions(words: readonly Word[], k: number, withValue: ReadonlySet<string>): number {
  let at = k;
  while (at < words.length) {
    const value = words[at]?.value ?? '';
    if (value === '--') return at + 1;
    if (!value.startsWith('-') || value === '-') return at;
    at += withValue.has(value) ? 2 : 1;
  }
  return at;
}

/** Recognises `[sudo] [VAR=x] docker [global options] [container] run|create ...`; null for any other command. */
export function findRunInvocation(words: readonly Word[]): RunInvocation | null {
  let k = 0;
  while (k < words.length) {
    const value = words[k]?.value ?? '';
    if (ASSIGNMENT.test(value) || PREFIX_WORDS.has(value)) k++;
    else if (value === 'sudo' || value === 'doas') k = skipOptions(words, k + 1, SUDO_OPTIONS_WITH_VALUE);
    else if (value === 'env') k = skipOptions(words, k + 1, ENV_OPTIONS_WITH_VALUE);
    else break;
  }
  const program = words[k]?.value ?? '';
  if (program !== 'docker' && !program.endsWith('/docker')) return null;
  const dockerAt = k;
  k++;
  while (k < words.length) {
    const value = words[k]?.value ?? '';
    if (!value.startsWith('-')) break;
    k += DOCKER_GLOBAL_OPTIONS_WITH_VALUE.has(value) ? 2 : 1;
  }
  if (words[k]?.value === 'container') k++;
  const verb = words[k]?.value;
  if (verb !== 'run' && verb !== 'create') return null;
  return { verb, argsStart: k + 1, dockerAt };
}
