import { RUN_FLAGS } from '../checker/run/flags';
import { DOCKER_VERBS } from './docker/cli';
import { COMPOSE_COMMANDS } from './docker/compose/cli';
import type { Engine } from './engine';
import type { Proc } from './process';

/** Completion candidates for the last word of a line: commands, docker verbs, flags, images, containers, files. */
export function completions(line: string, programs: string[], engine: Engine, proc: Proc): string[] {
  const words = line.split(/\s+/);
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter(Boolean);
  const start = before[0] === 'sudo' ? 1 : 0;
  let candidates: string[];
  if (before.length === start) candidates = [...programs, 'cd', 'clear', 'exit', 'help', 'pwd', 'export'];
  else if (before[start] === 'docker' && before.length === start + 1) candidates = DOCKER_VERBS;
  else if (before[start] === 'docker' && current.startsWith('-') && before[start + 1] === 'run') candidates = Object.keys(RUN_FLAGS).map((f) => `--${f}`);
  else if (before[start] === 'docker' && before[start + 1] === 'compose' && before.length === start + 2) candidates = COMPOSE_COMMANDS;
  else if (before[start] === 'docker') {
    candidates = [
      ...engine.images.list().flatMap((i) => i.repoTags),
      ...engine.containers.map((c) => c.name),
    ];
  } else candidates = proc.vfs.list(proc.cwd);
  return [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
}
