import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allRules, analyseText, BINARY_INPUT, detectKind, INPUT_TOO_LARGE, lessonUrl, lintText, MAX_INPUT_BYTES, ruleById, ruleUrl,
} from '../index';
import type { Kind, RuleMeta } from '../core/types';
import { loadRegistry } from './load-kinds';

const LESSONS_DIR = new URL('../../../content/lessons/', import.meta.url);
const KINDS: Kind[] = ['dockerfile', 'run', 'apparmor', 'compose', 'kubernetes', 'seccomp'];
/** The course's lessons: the folders of content/lessons that hold an English lesson. */
const LESSONS = new Set(readdirSync(LESSONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/index.mdx`, LESSONS_DIR))).map((d) => d.name));

describe('the checker public API', () => {
  /** Each kind's rules, from a registry that loaded that kind's checker alone. */
  async function rulesByKind(): Promise<Map<Kind, readonly RuleMeta[]>> {
    return new Map(await Promise.all(KINDS.map(async (kind) => [kind, (await loadRegistry([kind])).allRules()] as const)));
  }

  it("loads each kind's checker on its own, and checks only the kinds it loaded", async () => {
    for (const kind of KINDS) {
      const alone = await loadRegistry([kind]);
      expect(alone.lintText(kind, 'not a valid file of any kind {{{')).toEqual(lintText(kind, 'not a valid file of any kind {{{'));
      const other = KINDS.find((k) => k !== kind) ?? kind;
      expect(() => alone.lintText(other, ''), `${kind} alone`).toThrow(`No ${other} checker was loaded.`);
    }
  });

  it('lists every rule exactly once, sorted by id, the same whether loaded whole or kind by kind', async () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const byKind = await rulesByKind();
    expect(new Set(ids)).toEqual(new Set([...byKind.values()].flat().map((r) => r.id)));
    expect((await loadRegistry(KINDS)).allRules()).toEqual(allRules());
  });

  it('gives every rule metadata a rule page and a lesson can show', async () => {
    const byKind = await rulesByKind();
    for (const rule of allRules()) {
      expect(rule.id, rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(LESSONS.has(rule.lesson), `${rule.id} names lesson ${rule.lesson}`).toBe(true);
      for (const field of [rule.title, rule.why, rule.fix, rule.examples.bad, rule.examples.good]) expect(field.trim(), rule.id).not.toBe('');
      for (const kind of rule.appliesTo) {
        expect(byKind.get(kind)?.some((r) => r.id === rule.id), `${rule.id} applies to ${kind}`).toBe(true);
      }
    }
  });

  it('finds rules by id and builds site addresses', () => {
    const first = allRules()[0];
    expect(first && ruleById(first.id)).toBe(first);
    expect(ruleById('no-such-rule')).toBeUndefined();
    expect(ruleUrl('runs-as-root')).toBe('/rules/runs-as-root/');
    expect(lessonUrl('capstone')).toBe('/lessons/capstone/');
  });

  it('refuses oversized and binary input for every kind without throwing', () => {
    const huge = '#'.repeat(MAX_INPUT_BYTES + 1);
    for (const kind of KINDS) {
      expect(lintText(kind, huge).map((f) => f.ruleId)).toEqual([INPUT_TOO_LARGE]);
      expect(lintText(kind, 'a\0b').map((f) => f.ruleId)).toEqual([BINARY_INPUT]);
      expect(analyseText(kind, huge).model.diagnostics.map((f) => f.ruleId)).toEqual([INPUT_TOO_LARGE]);
    }
  });

  it('analyses each kind and detects it from a conventional file name', () => {
    expect(detectKind('Dockerfile', '')).toBe('dockerfile');
    const analysis = analyseText('dockerfile', 'FROM alpine:3.24\nUSER root\n');
    expect(analysis.findings.some((f) => f.line === 2 && f.severity === 'error')).toBe(true);
    for (const kind of KINDS) expect(() => lintText(kind, '')).not.toThrow();
  });
});
