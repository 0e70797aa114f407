import { describe, expect, it } from 'vitest';
import type { Exercise } from './exercise';
import { allPass, grade, pendingRunCheck } from './grade';

const exercise: Exercise = {
  id: 'test/one',
  lesson: 'test',
  title: 'A test exercise',
  task: 'Make the container run as a non-root user.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter: 'FROM alpine:3.24\n', solution: 'FROM alpine:3.24\nUSER 10001:10001\n' }],
  rules: ['runs-as-root', 'latest-or-untagged-base-image', 'add-remote-url'],
  goals: [
    { id: 'user', title: 'A user is set', why: 'Because.', rules: ['runs-as-root'], messages: { set: 'Set.' }, check: (ctx) => ({ pass: ctx.image().final?.user.source === 'instruction', messageId: 'set' }) },
    { id: 'broken', title: 'A goal that throws on odd input', why: 'Because.', messages: { fine: 'Fine.' }, check: (ctx) => { if (ctx.text().includes('boom')) throw new Error('boom'); return { pass: true, messageId: 'fine' }; } },
  ],
  run: { title: 'It runs', why: 'Because.', passed: 'It ran.', steps: [{ command: 'docker build -t app .' }] },
  hints: ['Add USER.'],
};

const ids = (text: string) => grade(exercise, { Dockerfile: text }).filter((c) => !c.pass).map((c) => c.id);

describe('grade', () => {
  it('always grades whether each file can be built, passing or not', () => {
    const checks = grade(exercise, { Dockerfile: 'FROM alpine:3.24\nUSER 10001:10001\n' });
    expect(checks[0]).toMatchObject({ id: 'Dockerfile:readable', pass: true, message: 'Docker can read every instruction.' });
  });

  it.each([
    ['ROM instead of FROM', 'ROM alpine:3.24\nUSER 10001:10001\n', /"ROM" is not a Dockerfile instruction/],
    ['an instruction before FROM', 'USER 10001:10001\nFROM alpine:3.24\n', /comes before the first FROM/],
    ['a garbled SHELL', 'FROM alpine:3.24\nSHELL ["/bin/sh", "-c"]t\nUSER 10001:10001\n', /SHELL requires the arguments to be in JSON form/],
    ['a FROM without a value', 'ARG BASE\nFROM ${BASE}\nUSER 10001:10001\n', /variable without a value/],
    ['binary input', 'FROM alpine\0\n', /binary data/],
  ])('fails the readable check on %s, with line markers', (_name, text, message) => {
    const check = grade(exercise, { Dockerfile: text }).find((c) => c.id === 'Dockerfile:readable');
    expect(check?.pass).toBe(false);
    expect(check?.message).toMatch(message);
    expect(check?.locations.length).toBeGreaterThan(0);
  });

  it('names the misspelt instruction before the missing FROM it causes', () => {
    const check = grade(exercise, { Dockerfile: '# syntax=docker/dockerfile:1\nROM alpine:3.24\n' }).find((c) => c.id === 'Dockerfile:readable');
    expect(check?.message).toMatch(/^"ROM" is not a Dockerfile instruction.*The editor marks 1 more problem that stops it too\.$/);
  });

  it('folds the rules a goal names into that goal, and the rest into one check per file', () => {
    const checks = grade(exercise, { Dockerfile: 'FROM alpine\nADD https://example.com/x /x\n' });
    expect(checks.map((c) => c.id)).toEqual(['Dockerfile:readable', 'goal:user', 'goal:broken', 'Dockerfile:other-rules']);
    const others = checks.find((c) => c.id === 'Dockerfile:other-rules');
    expect(others?.rules.map((r) => r.id)).toEqual(['latest-or-untagged-base-image', 'add-remote-url']);
    expect(others?.pass).toBe(false);
    expect(others?.locations.map((l) => l.ruleId)).toEqual(['latest-or-untagged-base-image', 'add-remote-url']);
  });

  it('fails a goal whose own test passes when a rule it covers finds something, with the rule\'s problem and not its advice', () => {
    const check = grade(exercise, { Dockerfile: 'FROM alpine:3.24\nUSER root\n' }).find((c) => c.id === 'goal:user');
    expect(check?.pass).toBe(false);
    expect(check?.message).toMatch(/switches to root/);
    expect(check?.message).not.toMatch(/End the stage/);
    expect(check?.fix).toMatch(/End the stage/);
  });

  it('turns a goal that throws into a failing check', () => {
    expect(ids('FROM alpine:3.24\nUSER 10001:10001\n# boom\n')).toEqual(['goal:broken']);
  });

  it('never passes while the run check is pending', () => {
    const checks = [...grade(exercise, { Dockerfile: 'FROM alpine:3.24\nUSER 10001:10001\n' }), pendingRunCheck(exercise)];
    expect(checks.slice(0, -1).every((c) => c.pass)).toBe(true);
    expect(allPass(checks)).toBe(false);
    expect(allPass(checks.slice(0, -1))).toBe(true);
  });
});
