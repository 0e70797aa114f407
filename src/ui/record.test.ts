import { afterEach, describe, expect, it, vi } from 'vitest';
import { newEntry, type ExerciseProgress } from './progress-schema';
import type { Progress } from './progress-store';
import { buildRecord, canonicalJson, mergeProgress, normaliseCode, readRecord, parseCatalog, recordFileName, sha256, verificationCode, type CompletionRecord, type CourseCatalog } from './record';

const catalog: CourseCatalog = {
  courseVersion: '0.1.0',
  contentHash: 'abcd1234abcd1234',
  lessons: [{ slug: 'run-as-non-root', title: 'Run as non-root' }, { slug: 'never-privileged', title: 'Never privileged' }],
  exercises: [
    { id: 'run-as-non-root/add-user', title: 'Add a user', lesson: 'run-as-non-root', hash: '1111', hints: 3 },
    { id: 'never-privileged/drop-flag', title: 'Drop --privileged', lesson: 'never-privileged', hash: '2222', hints: 2 },
  ],
};

function entry(change: Partial<ExerciseProgress> = {}): ExerciseProgress {
  return {
    ...newEntry('2026-11-28T09:00:00.000Z'),
    code: { Dockerfile: 'FROM alpine:3.24\nUSER 10001\n' },
    status: 'passed',
    hintsUsed: 1,
    attempts: 4,
    completedAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    completedIn: { courseVersion: '0.1.0', definitionHash: '1111' },
    ...change,
  };
}

function progressOf(exercises: Record<string, ExerciseProgress>): Progress {
  return { exercises: new Map(Object.entries(exercises)) };
}

const NOW = new Date('2026-12-01T09:30:00.000Z');

async function exported(progress: Progress, learner = 'Ada Lovelace'): Promise<CompletionRecord> {
  const result = await buildRecord(progress, learner, catalog, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.record;
}

async function resign(record: Record<string, unknown>): Promise<string> {
  const { checksum: _old, ...unsigned } = record;
  return JSON.stringify({ ...unsigned, checksum: await sha256(canonicalJson(unsigned)) });
}

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('drops undefined fields like JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe(JSON.stringify({ b: 'x' }));
  });
});

describe('completion record', () => {
  it('round-trips through a file and restores the code', async () => {
    const progress = progressOf({
      'never-privileged/drop-flag': entry({ status: 'started', completedAt: null }),
      'run-as-non-root/add-user': entry(),
    });
    const record = await exported(progress);
    expect(record.format).toBe('shipshape-completion-record');
    expect(record.learner).toBe('Ada Lovelace');
    expect(record.exportedAt).toBe(NOW.toISOString());
    expect(record.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(record.exercises.map((e) => [e.id, e.title, e.status])).toEqual([
      ['run-as-non-root/add-user', 'Add a user', 'passed'],
      ['never-privileged/drop-flag', 'Drop --privileged', 'started'],
    ]);
    const read = await readRecord(JSON.stringify(record, null, 2));
    expect(read.status).toBe('valid');
    if (read.status !== 'valid') return;
    expect(read.progress).toEqual(progress);
    expect(read.notice).toBeNull();
    expect(read.formatVersion).toBe(2);
    expect(read.computedCode).toBe(record.verificationCode);
  });

  it('records a completion after the solution as assisted, with hints, attempts, dates and versions', async () => {
    const record = await exported(progressOf({
      'run-as-non-root/add-user': entry({ status: 'assisted', solutionSeenAt: '2026-11-28T09:50:00.000Z', solutionAppliedAt: '2026-11-28T09:51:00.000Z', hintsUsed: 3 }),
    }));
    expect(record).toMatchObject({ version: 2, courseVersion: '0.1.0', contentHash: 'abcd1234abcd1234' });
    expect(record.exercises[0]).toEqual({
      id: 'run-as-non-root/add-user',
      title: 'Add a user',
      lesson: 'run-as-non-root',
      status: 'assisted',
      startedAt: '2026-11-28T09:00:00.000Z',
      completedAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
      hintsUsed: 3,
      attempts: 4,
      solutionSeen: true,
      solutionApplied: true,
      completedIn: { courseVersion: '0.1.0', definitionHash: '1111' },
    });
  });

  it('reads a version 1 file, migrated, with its checksum still checked', async () => {
    const v1 = {
      format: 'shipshape-completion-record',
      version: 1,
      courseVersion: '0.1.0+abcd1234',
      learner: 'Ada',
      exportedAt: '2026-11-30T10:00:00.000Z',
      exercises: [{ id: 'run-as-non-root/add-user', title: 'Add a user', lesson: 'run-as-non-root', status: 'passed', completedAt: '2026-11-28T10:00:00.000Z', hintsUsed: 1 }],
      progress: { 'run-as-non-root/add-user': { code: { Dockerfile: 'x' }, status: 'passed', hintsUsed: 1, completedAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' } },
    };
    const read = await readRecord(await resign(v1));
    expect(read.status).toBe('valid');
    if (read.status !== 'valid') return;
    expect(read.formatVersion).toBe(1);
    expect(read.record.exercises[0]).toMatchObject({ status: 'passed', attempts: 0, solutionSeen: false });
    expect(read.progress.exercises.get('run-as-non-root/add-user')).toMatchObject({ version: 2, status: 'passed' });
    const edited = await readRecord((await resign(v1)).replace('"learner":"Ada"', '"learner":"Eve"'));
    expect(edited.status).toBe('edited');
  });

  it('treats prototype-named exercise ids as plain ids, without phantom entries', async () => {
    const ids = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const progress = progressOf(Object.fromEntries(ids.map((id) => [id, entry({ hintsUsed: 2 })])));
    const record = await exported(progress);
    const read = await readRecord(JSON.stringify(record));
    expect(read.status).toBe('valid');
    if (read.status !== 'valid') return;
    expect(read.progress.exercises.get('constructor')?.hintsUsed).toBe(2);
    const merged = mergeProgress(progressOf({}), read.progress, false);
    expect(merged.conflicts).toEqual([]);
    expect([...merged.merged.exercises.values()].every((e) => e.hintsUsed === 2)).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses a file listing far more exercises than any course has, quickly', async () => {
    const many = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`x/${i}`, { code: {} }]));
    const read = await readRecord(JSON.stringify({ format: 'shipshape-completion-record', version: 2, progress: many }));
    expect(read.status).toBe('invalid');
    if (read.status === 'invalid') expect(read.message).toMatch(/more than 1000 exercises/);
  });

  it('does not depend on key order in the file', async () => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    expect((await readRecord(JSON.stringify(reordered))).status).toBe('valid');
  });

  it('keeps exercises the catalogue does not know, titled by their id', async () => {
    const record = await exported(progressOf({ 'retired-lesson/old': entry() }));
    expect(record.exercises[0]).toMatchObject({ id: 'retired-lesson/old', title: 'retired-lesson/old', lesson: 'retired-lesson' });
  });

  it.each([
    ['a status', (r: CompletionRecord) => { r.exercises[0]!.status = 'passed'; }],
    ['whether the solution was seen', (r: CompletionRecord) => { r.exercises[0]!.solutionSeen = !r.exercises[0]!.solutionSeen; }],
    ['the verification code', (r: CompletionRecord) => { r.verificationCode = 'AAAA-AAAA'; }],
    ['the learner name', (r: CompletionRecord) => { r.learner = 'Mallory'; }],
    ['the saved code', (r: CompletionRecord) => { r.progress['run-as-non-root/add-user']!.code = { Dockerfile: 'FROM scratch' }; }],
    ['an added field', (r: CompletionRecord) => { Object.assign(r, { note: 'hi' }); }],
  ])('reports an edit of %s as changed after export', async (_what, edit) => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry({ status: 'started', completedAt: null }) }));
    edit(record);
    const read = await readRecord(JSON.stringify(record));
    expect(read.status).toBe('edited');
    if (read.status === 'edited') expect(read.message).toMatch(/changed after it was exported/);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['an empty file', '', /not JSON/],
    ['JSON of another kind', '{"version":1,"exercises":{}}', /not a Shipshape progress file/],
    ['an array', '[1,2]', /not a Shipshape progress file/],
    ['null', 'null', /not a Shipshape progress file/],
    ['a future version', '{"format":"shipshape-completion-record","version":3}', /different version/],
    ['missing fields', '{"format":"shipshape-completion-record","version":1,"learner":"x"}', /incomplete or damaged/],
  ])('rejects %s with a clear message', async (_what, text, message) => {
    const read = await readRecord(text);
    expect(read.status).toBe('invalid');
    if (read.status === 'invalid') expect(read.message).toMatch(message);
  });

  it('rejects a record whose exercise list has the wrong types', async () => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
    const broken = { ...record, exercises: [{ id: 3 }] };
    expect((await readRecord(JSON.stringify(broken))).status).toBe('invalid');
  });

  it('skips unreadable progress entries of a valid record and says so', async () => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
    const withJunk = { ...record, progress: { ...record.progress, 'x/y': { code: 42 } } };
    const read = await readRecord(await resign(withJunk));
    expect(read.status).toBe('valid');
    if (read.status !== 'valid') return;
    expect([...read.progress.exercises.keys()]).toEqual(['run-as-non-root/add-user']);
    expect(read.notice).toMatch(/x\/y/);
  });

  it('rejects content nested too deeply to check instead of throwing', async () => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = JSON.stringify({ ...record, progress: { 'x/y': 'DEEP' } }).replace('"DEEP"', deep);
    const read = await readRecord(text);
    expect(read.status).toBe('invalid');
    if (read.status === 'invalid') expect(read.message).toMatch(/could not be checked/);
  });

  describe('without Web Crypto (a page served over plain HTTP)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('explains why it cannot export or check a file', async () => {
      const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
      vi.stubGlobal('crypto', {});
      const built = await buildRecord(progressOf({}), 'Ada', catalog, NOW);
      expect(built).toEqual({ ok: false, message: expect.stringMatching(/HTTPS/) });
      const read = await readRecord(JSON.stringify(record));
      expect(read.status).toBe('invalid');
      if (read.status === 'invalid') expect(read.message).toMatch(/HTTPS/);
    });
  });

  it('names the file after the learner and the date, keeping letters of any script', () => {
    expect(recordFileName('  Ada Lovelace ', NOW)).toBe('shipshape-progress-ada-lovelace-2026-12-01.json');
    expect(recordFileName('李雷', NOW)).toBe('shipshape-progress-李雷-2026-12-01.json');
    expect(recordFileName('../..', NOW)).toBe('shipshape-progress-learner-2026-12-01.json');
  });
});

describe('import merge', () => {
  const A = 'run-as-non-root/add-user';
  const B = 'never-privileged/drop-flag';

  it('adds exercises this browser does not have', () => {
    const { merged, conflicts, changed } = mergeProgress(progressOf({ [A]: entry() }), progressOf({ [B]: entry() }), false);
    expect([...merged.exercises.keys()].sort()).toEqual([B, A].sort());
    expect(conflicts).toEqual([]);
    expect(changed).toEqual([B]);
  });

  it('keeps an exercise passed when only this browser passed it', () => {
    const mine = progressOf({ [A]: entry() });
    const theirs = progressOf({ [A]: entry({ status: 'started', completedAt: null, code: { Dockerfile: 'FROM scratch' } }) });
    const { merged, conflicts } = mergeProgress(mine, theirs, true);
    expect(merged.exercises.get(A)?.status).toBe('passed');
    expect(merged.exercises.get(A)?.completedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(conflicts).toEqual([A]);
  });

  it('marks an exercise passed when only the file passed it, and keeps the earliest date', () => {
    const mine = progressOf({ [A]: entry({ status: 'started', completedAt: null }) });
    const theirs = progressOf({ [A]: entry({ completedAt: '2026-11-20T08:00:00.000Z' }) });
    const { merged, changed } = mergeProgress(mine, theirs, false);
    expect(merged.exercises.get(A)).toMatchObject({ status: 'passed', completedAt: '2026-11-20T08:00:00.000Z' });
    expect(changed).toEqual([A]);

    const both = mergeProgress(progressOf({ [A]: entry({ completedAt: '2026-11-19T08:00:00.000Z' }) }), theirs, false);
    expect(both.merged.exercises.get(A)?.completedAt).toBe('2026-11-19T08:00:00.000Z');
  });

  it('keeps this browser\'s code when asked to, and otherwise saves it as the previous version', () => {
    const mine = progressOf({ [A]: entry({ code: { Dockerfile: 'mine' } }) });
    const theirs = progressOf({ [A]: entry({ code: { Dockerfile: 'theirs' } }) });
    const kept = mergeProgress(mine, theirs, false);
    expect(kept.merged.exercises.get(A)?.code).toEqual({ Dockerfile: 'mine' });
    expect(kept.conflicts).toEqual([A]);
    const replaced = mergeProgress(mine, theirs, true);
    expect(replaced.merged.exercises.get(A)?.code).toEqual({ Dockerfile: 'theirs' });
    expect(replaced.merged.exercises.get(A)?.previous).toEqual({ Dockerfile: 'mine' });
  });

  it('takes the larger hint count and the later update time', () => {
    const mine = progressOf({ [A]: entry({ hintsUsed: 3, updatedAt: '2026-11-01T00:00:00.000Z' }) });
    const theirs = progressOf({ [A]: entry({ hintsUsed: 1, updatedAt: '2026-11-30T00:00:00.000Z' }) });
    expect(mergeProgress(mine, theirs, false).merged.exercises.get(A)).toMatchObject({ hintsUsed: 3, updatedAt: '2026-11-30T00:00:00.000Z' });
  });

  it('reports nothing changed when the file holds the same progress', () => {
    const same = progressOf({ [A]: entry() });
    expect(mergeProgress(same, structuredClone(same), true)).toMatchObject({ conflicts: [], changed: [] });
  });

  it('never modifies the progress it was given', () => {
    const mine = progressOf({ [A]: entry({ code: { Dockerfile: 'mine' } }) });
    const snapshot = structuredClone(mine);
    mergeProgress(mine, progressOf({ [A]: entry({ code: { Dockerfile: 'theirs' } }), [B]: entry() }), true);
    expect(mine).toEqual(snapshot);
  });
});

describe('verification code', () => {
  const done = [
    { id: 'run-as-non-root/add-user', status: 'passed' as const, completedAt: '2026-11-28T10:00:00.000Z' },
    { id: 'never-privileged/drop-flag', status: 'assisted' as const, completedAt: '2026-11-29T10:00:00.000Z' },
  ];

  it('is short, readable off paper, and the same for the same name and completed exercises', async () => {
    const code = await verificationCode('Ada Lovelace', done);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await verificationCode(' Ada Lovelace ', [...done].reverse())).toBe(code);
    expect(await verificationCode('Ada Lovelace', [...done, { id: 'x/y', status: 'started', completedAt: null }])).toBe(code);
  });

  it('changes with the name, a status (assisted is not passed) or a date', async () => {
    const code = await verificationCode('Ada Lovelace', done);
    expect(await verificationCode('Eve', done)).not.toBe(code);
    expect(await verificationCode('Ada Lovelace', [done[0]!, { ...done[1]!, status: 'passed' }])).not.toBe(code);
    expect(await verificationCode('Ada Lovelace', [done[0]!, { ...done[1]!, completedAt: '2026-11-30T10:00:00.000Z' }])).not.toBe(code);
  });

  it('is what the exported file carries, and what reading recomputes', async () => {
    const record = await exported(progressOf({ 'run-as-non-root/add-user': entry() }));
    expect(record.verificationCode).toBe(await verificationCode('Ada Lovelace', record.exercises));
  });

  it.each([['7k3f9qx2', '7K3F-9QX2'], [' 7K3F-9QX2 ', '7K3F-9QX2'], ['OOOO-IIII', '0000-1111'], ['7K3F', null], ['7K3F-9QXU', null]])('reads %j as typed from paper', (typed, expected) => {
    expect(normaliseCode(typed)).toBe(expected);
  });
});

describe('embedded catalogue', () => {
  it('reads what the page embeds', () => {
    expect(parseCatalog(JSON.stringify(catalog))).toEqual(catalog);
  });

  it.each([[null], [''], ['{'], ['{"lessons":3}']])('falls back to an empty catalogue for %j', (text) => {
    expect(parseCatalog(text)).toEqual({ courseVersion: 'unknown', contentHash: 'unknown', lessons: [], exercises: [] });
  });
});
