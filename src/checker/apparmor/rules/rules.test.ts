import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/engine';
import { DOCKER_NGINX } from '../fixtures/docker-nginx';
import { apparmorChecker } from '../index';
import { apparmorRules } from './index';

const LESSONS = ['apparmor-profiles'];

describe('AppArmor rule set', () => {
  it.each(apparmorRules.map((r) => [r.meta.id, r] as const))('%s has complete metadata and working examples', (_id, r) => {
    expect(r.meta.id).toMatch(/^apparmor-[a-z-]+$/);
    expect(r.meta.appliesTo).toEqual(['apparmor']);
    expect(LESSONS).toContain(r.meta.lesson);
    for (const text of [r.meta.title, r.meta.why, r.meta.fix]) expect(text.length).toBeGreaterThan(10);
    const bad = analyse(apparmorChecker, r.meta.examples.bad).findings;
    const good = analyse(apparmorChecker, r.meta.examples.good).findings;
    expect(bad.map((f) => f.ruleId)).toContain(r.meta.id);
    expect(good.filter((f) => f.severity !== 'info' || f.ruleId === r.meta.id)).toEqual([]);
  });

  it('finds nothing wrong with Docker\'s docker-nginx example', () => {
    expect(analyse(apparmorChecker, DOCKER_NGINX).findings).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = apparmorRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('honours suppression comments', () => {
    const text = 'profile p {\n  # shipshape ignore=apparmor-mount-allowed\n  mount,\n}\n';
    expect(analyse(apparmorChecker, text).findings).toEqual([]);
  });
});
