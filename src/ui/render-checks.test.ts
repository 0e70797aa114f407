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
      .toBe('Check a: fixed. Check b: found again. 1 of 2 checks pass.');
  });

  it('says when the exercise is complete', () => {
    expect(describeChange([check('a', false)], [check('a', true)])).toBe('Check a: fixed. All checks pass: exercise complete.');
  });

  it('speaks of goals as done or not', () => {
    const goal = (pass: boolean): Check => ({ ...check('g', pass), source: 'goal' });
    expect(describeChange([goal(false)], [goal(true)])).toBe('Check g: done. All checks pass: exercise complete.');
    expect(describeChange([goal(true)], [goal(false)])).toBe('Check g: no longer done. 0 of 1 checks pass.');
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
