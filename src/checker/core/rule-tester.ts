import { expect } from 'vitest';
import { runRule } from './engine';
import type { CheckOptions, Finding, KindChecker, Rule } from './types';

export interface InvalidCase {
  code: string;
  /** Expected findings of this rule, in order: the line, and optionally a fragment of the message. */
  errors: { line: number; message?: string | RegExp; messageId?: string }[];
  name?: string;
}

export interface RuleCases {
  valid: (string | { code: string; name?: string })[];
  invalid: InvalidCase[];
  /** The settings every case runs with, for rules a configuration turns on. */
  options?: CheckOptions;
}

function findingsOf<M>(checker: KindChecker<M>, rule: Rule<M>, code: string, options?: CheckOptions): Finding[] {
  return runRule(rule, checker.parse(code), options);
}

/**
 * ESLint-style RuleTester: every valid snippet yields no finding of the rule; every invalid one
 * yields exactly the listed findings. Call inside a vitest `describe`/`it`.
 */
export function testRule<M>(checker: KindChecker<M>, rule: Rule<M>, cases: RuleCases): void {
  for (const v of cases.valid) {
    const code = typeof v === 'string' ? v : v.code;
    const got = findingsOf(checker, rule, code, cases.options);
    expect(got, `valid case should pass ${rule.meta.id}:\n${code}`).toEqual([]);
  }
  for (const c of cases.invalid) {
    const got = findingsOf(checker, rule, c.code, cases.options);
    expect(got.map((f) => f.line), `invalid case lines for ${rule.meta.id}:\n${c.code}\n${JSON.stringify(got, null, 1)}`)
      .toEqual(c.errors.map((e) => e.line));
    c.errors.forEach((e, i) => {
      const message = got[i]?.message ?? '';
      if (typeof e.message === 'string') expect(message).toContain(e.message);
      else if (e.message) expect(message).toMatch(e.message);
      if (e.messageId !== undefined) expect(got[i]?.messageId, `message id of finding ${i + 1} for ${rule.meta.id}`).toBe(e.messageId);
    });
  }
}
