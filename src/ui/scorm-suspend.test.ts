import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allExercises } from '../course/exercises';
import { newEntry, type ExerciseProgress } from './progress-schema';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMIT } from './scorm-suspend';
import { lessonResult } from './scorm-launch';

const byLesson = new Map<string, string[]>();
for (const e of allExercises) byLesson.set(e.lesson, [...(byLesson.get(e.lesson) ?? []), e.id]);
const largest = [...byLesson.values()].sort((a, b) => b.length - a.length)[0] ?? [];
const bytes = (text: string) => new TextEncoder().encode(text).length;

const entry = fc.record({
  status: fc.constantFrom('started' as const, 'passed' as const, 'assisted' as const),
  hintsUsed: fc.nat(),
  attempts: fc.nat(),
  code: fc.dictionary(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 3000 }), { maxKeys: 4 }),
}).map((e): ExerciseProgress => ({ ...newEntry('2026-12-01T10:00:00.000Z'), ...e, completedAt: e.status === 'started' ? null : '2026-12-01T10:00:00.000Z' }));

describe('SCORM suspend data', () => {
  it('never exceeds 4,096 UTF-8 bytes, for the lesson with the most exercises and any code', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: largest.length, maxLength: largest.length }), (entries) => {
      const text = encodeSuspendData(largest.map((id, i) => [id, entries[i]!]));
      expect(bytes(text)).toBeLessThanOrEqual(SUSPEND_LIMIT);
      const back = decodeSuspendData(text, '2026-12-02T00:00:00.000Z');
      largest.forEach((id, i) => expect(back.get(id)?.status).toBe(entries[i]!.status));
    }), { numRuns: 300 });
  });

  it('keeps statuses and drops the code in the worst case: huge counts, dates and code in every exercise', () => {
    const worst = largest.map((id): [string, ExerciseProgress] => [id, {
      ...newEntry('2026-12-01T10:00:00.000Z'),
      status: 'assisted',
      hintsUsed: Number.MAX_SAFE_INTEGER,
      attempts: Number.MAX_SAFE_INTEGER,
      completedAt: '+275760-09-13T00:00:00.000Z',
      code: { Dockerfile: '€'.repeat(5000) },
    }]);
    const text = encodeSuspendData(worst);
    expect(bytes(text)).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(JSON.parse(text).c).toBeUndefined();
    expect([...decodeSuspendData(text, 'now').values()].map((e) => e.status)).toEqual(largest.map(() => 'assisted'));
  });

  it('brings the code back when it fits', () => {
    const [id] = largest;
    const text = encodeSuspendData([[id!, { ...newEntry('x'), code: { Dockerfile: 'FROM alpine:3.24\n' } }]]);
    expect(decodeSuspendData(text, 'now').get(id!)?.code).toEqual({ Dockerfile: 'FROM alpine:3.24\n' });
  });

  it.each(['', 'garbage', '{"v":2}', '{"v":1,"x":{"a":[9,0,0,""]}}', '[]'])('reads %j as nothing kept', (text) => {
    expect(decodeSuspendData(text, 'now').size).toBe(0);
  });
});

describe('lesson status reported to the LMS', () => {
  const at = (status: ExerciseProgress['status']) => ({ ...newEntry('x'), status });
  it('is passed only when every exercise was completed without the solution', () => {
    expect(lessonResult([at('passed'), at('passed')])).toEqual({ status: 'passed', score: 100 });
    expect(lessonResult([at('passed'), at('assisted')])).toEqual({ status: 'completed', score: 50 });
    expect(lessonResult([at('passed'), null])).toEqual({ status: 'incomplete', score: 50 });
    expect(lessonResult([undefined])).toEqual({ status: 'incomplete', score: 0 });
  });
});
