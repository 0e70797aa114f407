import { beforeEach, describe, expect, it } from 'vitest';
import { newEntry, type ExerciseProgress } from './progress-schema';
import { buildRecord, readRecord, type CourseCatalog, type ReadResult } from './record';
import { buildTeam, countsFor, displayName, learnerKey, matchCode, summarise, type TeamFile } from './record-team';

const A = 'run-as-non-root/add-user';
const B = 'never-privileged/drop-flag';
const catalog: CourseCatalog = {
  courseVersion: '0.1.0',
  contentHash: 'x',
  lessons: [{ slug: 'run-as-non-root', title: 'Run as non-root' }, { slug: 'never-privileged', title: 'Never privileged' }],
  exercises: [
    { id: A, title: 'Add a user', lesson: 'run-as-non-root', hash: '1', hints: 3 },
    { id: B, title: 'Drop --privileged', lesson: 'never-privileged', hash: '2', hints: 2 },
  ],
};
const ids = catalog.exercises.map((e) => e.id);

function entry(status: ExerciseProgress['status'], hintsUsed = 0): ExerciseProgress {
  return { ...newEntry('2026-11-28T09:00:00.000Z'), status, hintsUsed, completedAt: status === 'started' ? null : '2026-11-28T10:00:00.000Z' };
}

async function file(name: string, learner: string, exercises: Record<string, ExerciseProgress>, edit?: (text: string) => string): Promise<TeamFile> {
  const built = await buildRecord({ exercises: new Map(Object.entries(exercises)) }, learner, catalog, new Date('2026-12-01T00:00:00.000Z'));
  if (!built.ok) throw new Error(built.message);
  const text = JSON.stringify(built.record, null, 2);
  return { fileName: name, result: await readRecord(edit ? edit(text) : text) };
}

let ada1: TeamFile;
let ada2: TeamFile;
let mallory: TeamFile;
beforeEach(async () => {
  ada1 = await file('ada-1.json', 'Ada Lovelace', { [A]: entry('passed', 1) });
  ada2 = await file('ada-2.json', '  ada   LOVELACE ', { [A]: entry('started'), [B]: entry('assisted', 2) });
  mallory = await file('mallory.json', 'Ada Lovelace', { [A]: entry('started') }, (t) => t.replace('"learner": "Ada Lovelace"', '"learner": "Mallory"').replace(/"status": "started"/g, '"status": "passed"'));
});

describe('team table model', () => {
  it('merges the files of one learner, keeping the best status of each exercise', () => {
    const team = buildTeam([ada1, ada2]);
    expect(team.learners).toHaveLength(1);
    const [ada] = team.learners;
    expect(ada?.valid.map((f) => f.fileName)).toEqual(['ada-1.json', 'ada-2.json']);
    expect(countsFor(ada!, ids)).toEqual({ passed: 1, assisted: 1, hints: 3 });
  });

  it('never counts an edited file, even one claiming everything', () => {
    const edited: ReadResult = mallory.result;
    expect(edited.status).toBe('edited');
    const team = buildTeam([mallory]);
    expect(team.learners[0]?.valid).toEqual([]);
    expect(summarise(team, ids)).toMatchObject({ files: 1, valid: 0, edited: 1, counted: 0, finishedAlone: 0, averageDone: 0 });
  });

  it('counts completed alone apart from completed with the solution', async () => {
    const grace = await file('grace.json', 'Grace', { [A]: entry('passed'), [B]: entry('passed') });
    const summary = summarise(buildTeam([ada1, ada2, grace, mallory]), ids);
    expect(summary).toMatchObject({ files: 4, valid: 3, edited: 1, counted: 2, finishedAlone: 1, finishedWithHelp: 1, averageDone: 100, averageAssisted: 25 });
  });

  it('matches a certificate code to the file it was printed with, by the recomputed code', async () => {
    const team = buildTeam([ada1, mallory]);
    if (ada1.result.status !== 'valid' || mallory.result.status !== 'edited') throw new Error('unexpected statuses');
    expect(matchCode(team, ada1.result.computedCode)).toMatchObject({ kind: 'valid', fileName: 'ada-1.json' });
    expect(matchCode(team, mallory.result.computedCode)).toMatchObject({ kind: 'edited' });
    expect(matchCode(team, 'AAAA-AAAA')).toEqual({ kind: 'none' });
  });

  it('neutralises direction overrides and control characters in names', () => {
    expect(displayName('Alice \u202Egnp.exe\u202C')).toBe('Alice gnp.exe');
    expect(displayName('Bob\u0000\u0007 \u2066x\u2069')).toBe('Bob x');
    expect(displayName('x'.repeat(500))).toHaveLength(80);
    expect(learnerKey('ＡＤＡ  Lovelace')).toBe(learnerKey('ada lovelace'));
    expect(displayName('علي\u200Cرضا')).toBe('علي\u200Cرضا');
  });
});
