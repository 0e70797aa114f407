/**
 * Replays recorded engine scenarios through the simulator and compares, step by step. Shared by the
 * fidelity tests; needs no Docker.
 */
import { parse as parseShell } from 'shell-quote';
import { normaliseOutput } from './normalise';
import { loadStandIns, type RecordedStep, type Rewrite, type Scenario, type Transcript } from './data';
import { HOST_NAME, HOST_USER } from '../../src/sim/host';
import { terminal } from '../../src/sim/testing';

export interface SimulatedStep {
  output: string;
  exit: number;
}

const SIMULATED_HOST = { home: HOST_USER.home, hosts: [HOST_NAME] };

/** The engine held every stand-in locally before each scenario; the simulator gets the same images first. */
const LOCAL_IMAGES = loadStandIns().images.flatMap((i) => i.tags);

/** Runs a scenario's steps in a fresh simulator holding the scenario's files, as the recorder ran them on the engine. */
export function simulate(scenario: Scenario): SimulatedStep[] {
  const t = terminal({ ...scenario.files });
  for (const tag of LOCAL_IMAGES) t.run(`docker pull ${tag}`);
  return scenario.steps.map((command) => {
    const output = normaliseOutput(command, t.run(command), SIMULATED_HOST);
    const exit = Number.parseInt(t.run('echo $?').trim(), 10);
    return { output, exit: Number.isNaN(exit) ? -1 : exit };
  });
}

/** The words of a step, for telling a build from other commands. */
function words(command: string): string[] {
  return parseShell(command).filter((t): t is string => typeof t === 'string');
}

export function isBuild(command: string): boolean {
  const w = words(command);
  return w[0] === 'docker' && (w[1] === 'build' || ((w[1] === 'image' || w[1] === 'buildx') && w[2] === 'build'));
}

/** The options of a `docker build` step the model needs: the Dockerfile, --target and --build-arg. */
export function buildOptions(command: string): { file: string; target: string | null; buildArgs: string[] } {
  const w = words(command);
  let file = 'Dockerfile';
  let target: string | null = null;
  const buildArgs: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    const next = w[i + 1] ?? '';
    if (word === '-f' || word === '--file') file = next;
    else if (word.startsWith('--file=')) file = word.slice(7);
    else if (word === '--target') target = next;
    else if (word.startsWith('--target=')) target = word.slice(9);
    else if (word === '--build-arg') buildArgs.push(next);
    else if (word.startsWith('--build-arg=')) buildArgs.push(word.slice(12));
  }
  return { file, target, buildArgs };
}

/**
 * What a build came to, in words both builders share: "built", a RUN that failed with its exit code
 * and what it printed, or the error message. The legacy builder and BuildKit draw their progress
 * differently, so that is all a build step is compared on.
 */
export function buildVerdict(output: string, exit: number): string {
  if (exit === 0) return 'built';
  const lines = output.split('\n');
  const legacyRun = lines.findIndex((l) => /^The command '.*' returned a non-zero code: \d+$/.test(l));
  if (legacyRun !== -1) {
    const code = /non-zero code: (\d+)$/.exec(lines[legacyRun] ?? '')?.[1] ?? '';
    let start = legacyRun;
    while (start > 0 && !/^ ---> Running in /.test(lines[start - 1] ?? '')) start--;
    return [`RUN exited with ${code}`, ...lines.slice(start, legacyRun)].join('\n');
  }
  const buildkit = /^ERROR: failed to solve: (.*)$/m.exec(output);
  if (buildkit) {
    const run = /did not complete successfully: exit code: (\d+)$/.exec(buildkit[1] ?? '');
    if (run) {
      const open = lines.findIndex((l) => /^ > \[.*\]: *$|^ > .*:$/.test(l));
      const close = lines.findIndex((l, i) => i > open && l === '------');
      const log = open === -1 || close === -1 ? [] : lines.slice(open + 1, close).map((l) => l.replace(/^\d+\.\d+ /, ''));
      return [`RUN exited with ${run[1] ?? ''}`, ...log].join('\n');
    }
    return `error: ${buildkit[1] ?? ''}`;
  }
  const last = [...lines].reverse().find((l) => l.trim() !== '') ?? '';
  return `error: ${last.replace(/^Error response from daemon: /, '').replace(/^ERROR: /, '')}`;
}

/** The engine's recorded output as current Docker would print it, and which rewrites that took. */
export function rewrite(output: string, rewrites: readonly Rewrite[], command = ''): { text: string; used: string[] } {
  let text = output;
  const used: string[] = [];
  for (const r of rewrites) {
    if (r.command !== undefined && !new RegExp(r.command).test(command)) continue;
    const pattern = new RegExp(r.find, 'gm');
    const next = text.replace(pattern, r.replace);
    if (next !== text) used.push(r.id);
    text = next;
  }
  return { text, used };
}

export interface StepComparison {
  same: boolean;
  engine: string;
  simulator: string;
  rewrites: string[];
}

/** Compares one step: builds on their verdict, everything else on the exact output and exit code. */
export function compareStep(command: string, recorded: RecordedStep, simulated: SimulatedStep, rewrites: readonly Rewrite[]): StepComparison {
  if (isBuild(command)) {
    const engine = buildVerdict(rewrite(recorded.output, rewrites, command).text, recorded.exit);
    const simulator = buildVerdict(simulated.output, simulated.exit);
    return { same: engine === simulator, engine, simulator, rewrites: [] };
  }
  const { text, used } = rewrite(recorded.output, rewrites, command);
  const engine = `${text}[exit ${recorded.exit}]`;
  const simulator = `${simulated.output}[exit ${simulated.exit}]`;
  return { same: engine === simulator, engine, simulator, rewrites: used };
}

export interface ReplayedStep {
  scenario: string;
  /** 1-based. */
  step: number;
  command: string;
  comparison: StepComparison;
}

/** Every recorded step of every scenario next to what the simulator does with it. */
export function replayAll(files: readonly { name: string; scenarios: Scenario[] }[], transcripts: (name: string) => Transcript, rewrites: readonly Rewrite[]): ReplayedStep[] {
  const steps: ReplayedStep[] = [];
  for (const file of files) {
    const transcript = transcripts(file.name);
    for (const scenario of file.scenarios) {
      const recorded = transcript.scenarios.find((s) => s.id === scenario.id);
      if (!recorded) throw new Error(`${scenario.id} has no transcript: run npm run record:engine`);
      const simulated = simulate(scenario);
      scenario.steps.forEach((command, i) => {
        const engine = recorded.steps[i];
        const sim = simulated[i];
        if (!engine || !sim) throw new Error(`${scenario.id} step ${i + 1} is missing`);
        steps.push({ scenario: scenario.id, step: i + 1, command, comparison: compareStep(command, engine, sim, rewrites) });
      });
    }
  }
  return steps;
}
