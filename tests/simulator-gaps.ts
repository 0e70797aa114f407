import type { Exercise, RunStep } from '../src/checker/grading/exercise';
import { runCheck } from '../src/grading/grade-all';

/**
 * What the simulator must support before some exercises' run checks can pass. Each gap has a probe:
 * commands that succeed once the simulator supports the feature. The authoring and browser tests
 * expect an exercise to pass completely when none of its gaps is open, and otherwise to fail its run
 * check with the simulator's current words; so the run definitions stay as they should be, and a
 * test fails as soon as the simulator changes either way.
 */
export interface SimulatorGap {
  needs: string;
  probe: { files?: Record<string, string>; steps: RunStep[] };
  /** How the run check fails while the gap is open. */
  now: RegExp;
}

export const SIMULATOR_GAPS: Readonly<Record<string, readonly SimulatorGap[]>> = {
};

function probeSucceeds(gap: SimulatorGap): boolean {
  const files = gap.probe.files ?? {};
  const names = Object.keys(files).filter((n) => n === 'Dockerfile' || n.endsWith('.yaml'));
  const probe: Exercise = {
    id: 'probe/gap', lesson: 'probe', title: 'probe', task: 'probe', hints: [], rules: [], goals: [],
    files: names.map((name) => ({ name, kind: name === 'Dockerfile' ? 'dockerfile' : 'compose', starter: files[name] ?? '', solution: files[name] ?? '' })),
    context: Object.fromEntries(Object.entries(files).filter(([n]) => !names.includes(n))),
    run: { title: 'probe', why: 'probe', passed: 'probe', steps: gap.probe.steps },
  };
  return runCheck(probe, files).pass;
}

/** The gaps of an exercise that the simulator in this checkout still has. */
export function openGaps(exerciseId: string): SimulatorGap[] {
  return (SIMULATOR_GAPS[exerciseId] ?? []).filter((gap) => !probeSucceeds(gap));
}
