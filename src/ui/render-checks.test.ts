import { describe, expect, it } from 'vitest';
import type { Check } from '../checker/grading/exercise';
import { describeChange, renderChecksHtml } from './render-checks';

function check(id: string, pass: boolean): Check {
  return { id, title: `Check ${id}`, source: 'rule', file: 'Dockerfile', pass, message: '', why: '', locations: [] };
}

describe('describeChange', () => {
  it('is silent when nothing changed', () => {
    expect(describeChange([check('a', false)], [check('a', false)])).toBe('');
  });

  it('names each check that flipped and counts what passes', () => {
    expect(describeChange([check('a', false), check('b', true)], [check('a', true), check('b', false)]))
      .toBe('Check a: now passes. Check b: now fails. 1 of 2 checks pass.');
  });

  it('says when the exercise is complete', () => {
    expect(describeChange([check('a', false)], [check('a', true)])).toBe('Check a: now passes. All checks pass: exercise complete.');
  });
});

describe('renderChecksHtml', () => {
  it('marks each check with its status and escapes learner-controlled text', () => {
    const html = renderChecksHtml([{ ...check('x', false), message: '<img src=x onerror=alert(1)>', locations: [{ line: 3, column: 1, endLine: 3, endColumn: 2, message: '' }] }]);
    expect(html).toContain('data-status="fail"');
    expect(html).toContain('Dockerfile, line 3');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });
});
