import { describe, expect, it } from 'vitest';
import type { Kind, KindChecker, Rule, RuleMeta } from '../core/types';
import { BINARY_INPUT, INPUT_TOO_LARGE, MAX_INPUT_BYTES } from './input-guard';
import { createRegistry } from './registry';

interface Lines { lines: string[]; diagnostics: [] }

function meta(id: string, appliesTo: Kind[]): RuleMeta {
  return {
    id, title: id, severity: 'warning', appliesTo, lesson: 'capstone', why: 'why', fix: 'fix', refs: {},
    examples: { bad: 'bad', good: 'good' }, messages: { quieter: 'quieter' },
  };
}

const shoutRule: Rule<Lines> = {
  meta: meta('no-shouting', ['dockerfile']),
  check: (model) => model.lines.flatMap((l, i) => (l === l.toUpperCase() && l !== '' ? [{ line: i + 1, messageId: 'quieter' }] : [])),
};
const sharedRule: Rule<Lines> = { meta: meta('a-shared-rule', ['run', 'compose']), check: () => [] };
const brokenParser: KindChecker<Lines> = {
  kind: 'kubernetes',
  parse: (text) => {
    if (text !== '') throw new Error('parser bug');
    return { lines: [], diagnostics: [] };
  },
  rules: [],
};

function lineChecker(kind: Kind, rules: Rule<Lines>[]): KindChecker<Lines> {
  return { kind, parse: (text) => ({ lines: text.split('\n'), diagnostics: [] }), rules };
}

const registry = createRegistry<Record<Kind, Lines>>({
  dockerfile: lineChecker('dockerfile', [shoutRule]),
  run: lineChecker('run', [sharedRule]),
  compose: lineChecker('compose', [sharedRule]),
  apparmor: lineChecker('apparmor', []),
  kubernetes: brokenParser,
  seccomp: lineChecker('seccomp', []),
});

describe('createRegistry', () => {
  it('lints text with the checker of the kind', () => {
    expect(registry.lintText('dockerfile', 'from x\nRUN X').map((f) => [f.ruleId, f.line])).toEqual([['no-shouting', 2]]);
    expect(registry.lintText('apparmor', 'RUN X')).toEqual([]);
  });

  it('lists each rule once, sorted by id', () => {
    expect(registry.allRules().map((r) => r.id)).toEqual(['a-shared-rule', 'no-shouting']);
    expect(registry.ruleById('no-shouting')?.lesson).toBe('capstone');
    expect(registry.ruleById('missing')).toBeUndefined();
  });

  it('keeps the model beside the findings', () => {
    expect(registry.analyseText('dockerfile', 'a\nb').model.lines).toEqual(['a', 'b']);
  });

  it('refuses input over 5 MB with one clear error and an empty model', () => {
    const result = registry.analyseText('dockerfile', 'A'.repeat(MAX_INPUT_BYTES + 1));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: INPUT_TOO_LARGE, severity: 'error', line: 1 });
    expect(result.findings[0]?.message).toMatch(/5 MB/);
    expect(result.model.lines).toEqual(['']);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const underInChars = 'é'.repeat(MAX_INPUT_BYTES / 2 + 1);
    expect(registry.lintText('apparmor', underInChars)[0]?.ruleId).toBe(INPUT_TOO_LARGE);
    expect(registry.lintText('apparmor', 'é'.repeat(MAX_INPUT_BYTES / 2 - 1))).toEqual([]);
  });

  it('refuses binary input', () => {
    const [finding, ...rest] = registry.lintText('dockerfile', 'FROM x\n\0\x01\x02');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: BINARY_INPUT, severity: 'error', line: 1, endColumn: 7 });
  });

  it('turns a parser crash into an error finding in plain words instead of throwing', () => {
    const findings = registry.lintText('kubernetes', 'kind: Pod');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['internal-error', 'error']]);
    expect(findings[0]?.message).toMatch(/could not finish checking this Kubernetes manifest.*must not be taken as passing/);
    expect(findings[0]?.message).not.toContain('parser bug');
  });

  it('says what a stack overflow or a runaway string means, not the engine words', () => {
    const deep = createRegistry<Record<Kind, Lines>>({
      dockerfile: { kind: 'dockerfile', parse: () => { throw new RangeError('Maximum call stack size exceeded'); }, rules: [] },
      run: { kind: 'run', parse: () => { throw new RangeError('Invalid string length'); }, rules: [] },
      compose: lineChecker('compose', [{ meta: meta('boom', ['compose']), check: () => { throw new RangeError('Invalid string length'); } }]),
      apparmor: lineChecker('apparmor', []),
      kubernetes: brokenParser,
      seccomp: lineChecker('seccomp', []),
    });
    const [stack] = deep.lintText('dockerfile', 'FROM x');
    expect(stack).toMatchObject({ ruleId: 'internal-error', severity: 'error' });
    expect(stack?.message).toMatch(/nested too deeply/);
    expect(stack?.message).not.toMatch(/call stack/);
    expect(deep.lintText('run', 'docker run x')[0]?.message).toMatch(/grows too large/);
    const [rule] = deep.lintText('compose', 'services: {}');
    expect(rule).toMatchObject({ ruleId: 'internal-error', severity: 'error' });
    expect(rule?.message).toMatch(/The check boom could not finish/);
  });

  it('never lets a suppression comment hide a crash', () => {
    expect(registry.lintText('kubernetes', '# shipshape ignore=internal-error\nkind: Pod').map((f) => f.ruleId)).toContain('internal-error');
  });
});
