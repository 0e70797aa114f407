import { describe, expect, it } from 'vitest';
import type { Check } from '../checker/grading/exercise';
import { describeChange, renderChecksHtml, summarise } from './render-checks';

function check(id: string, pass: boolean): Check {
  return { id, title: `Check ${id}`, source: 'rule', file: 'Dockerfile', pass, message: '', why: '', rules: [], locations: [] };
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

  it('announces nothing about a check still pending, and never completion', () => {
    const pending: Check = { ...check('run', false), source: 'run', pending: true };
    expect(describeChange([check('a', false), pending], [check('a', true), pending])).toBe('Check a: fixed. 1 of 2 checks pass.');
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

  it('says what is right on a passing check', () => {
    expect(renderChecksHtml([{ ...check('p', true), message: 'The container runs as UID 10001.' }])).toContain('<p class="check-message">The container runs as UID 10001.</p>');
  });

  it('keeps the fix back until the learner has asked for every hint', () => {
    const failing: Check = { ...check('f', false), message: 'Runs as root.', fix: 'Add `USER 10001:10001`.' };
    expect(renderChecksHtml([failing])).not.toContain('USER 10001:10001');
    expect(renderChecksHtml([failing], { showFixes: true })).toContain('How to fix:</strong> Add <code>USER 10001:10001</code>.');
  });

  it('shows a pending check as checking, with no place to go to', () => {
    const pending: Check = { ...check('run', false), source: 'run', pending: true, message: 'Building…', locations: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: '' }] };
    const html = renderChecksHtml([pending]);
    expect(html).toContain('data-status="pending"');
    expect(html).toContain('Checking');
    expect(html).not.toContain('check-where');
  });

  it('links every rule behind a merged check', () => {
    const merged: Check = { ...check('m', false), rules: [{ id: 'privileged', title: 'Container runs privileged' }, { id: 'host-pid', title: 'Container shares the host PID namespace' }] };
    const html = renderChecksHtml([merged]);
    expect(html).toContain('<a href="/rules/privileged/">Container runs privileged</a>');
    expect(html).toContain('<a href="/rules/host-pid/">');
  });
});

describe('summarise', () => {
  it('says the run is still going while a check is pending', () => {
    expect(summarise([check('a', true), { ...check('run', false), pending: true }])).toBe('1 of 2 checks pass so far; the simulator is still running yours');
    expect(summarise([check('a', true), check('b', false)])).toBe('1 of 2 checks pass');
  });
});
