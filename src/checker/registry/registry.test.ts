import { describe, expect, it } from 'vitest';
import type { Kind, KindChecker, Rule, RuleMeta } from '../core/types';
import { BINARY_INPUT, INPUT_TOO_LARGE, MAX_INPUT_BYTES } from './input-guard';
import { createRegistry } from './registry';

interface Lines { lines: string[]; diagnostics: [] }

function meta(id: string, appliesTo: Kind[]): RuleMeta {
  return {
    id, title: id, severity: 'warning', appliesTo, lesson: 'capstone', why: 'why', fix: 'fix', refs: {},
    examples: { bad: 'bad', good: 'good' },
  };
}

const shoutRule: Rule<Lines> = {
  meta: meta('no-shouting', ['dockerfile']),
  check: (model) => model.lines.flatMap((l, i) => (l === l.toUpperCase() && l !== '' ? [{ line: i + 1, message: 'quieter' }] : [])),
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

  it('turns a parser crash into a finding instead of throwing', () => {
    const findings = registry.lintText('kubernetes', 'kind: Pod');
    expect(findings.map((f) => f.ruleId)).toEqual(['internal-error']);
    expect(findings[0]?.message).toContain('parser bug');
  });
});
