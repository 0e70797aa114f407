import { describe, expect, it } from 'vitest';
import { loadDifferences, loadScenarios, loadTranscript } from '../../scripts/engine/data';
import { replayAll, type ReplayedStep } from '../../scripts/engine/replay';

describe('the simulator against the recorded engine', () => {
  const differences = loadDifferences();
  const steps = replayAll(loadScenarios(), loadTranscript, differences.rewrites);
  const listed = differences.differences.filter((d) => d.check === 'simulator');
  const isListed = (s: ReplayedStep): boolean => listed.some((d) => d.scenario === s.scenario && d.step === s.step);

  it('prints what the engine printed and exits with its code, except where the table of differences says why not', () => {
    const unlisted = steps.filter((s) => !s.comparison.same && !isListed(s));
    expect(unlisted.map((s) => `${s.scenario} step ${s.step}: ${s.command}\n--- engine\n${s.comparison.engine}\n--- simulator\n${s.comparison.simulator}`)).toEqual([]);
  });

  it('lists no difference that is gone', () => {
    const gone = steps.filter((s) => s.comparison.same && isListed(s));
    expect(gone.map((s) => `${s.scenario} step ${s.step}: ${s.command}`)).toEqual([]);
  });

  it('uses every rewrite of older engine text at least once', () => {
    const used = new Set(steps.flatMap((s) => s.comparison.rewrites));
    expect(differences.rewrites.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('the table of differences', () => {
  const differences = loadDifferences();
  const files = loadScenarios();

  it('names a defined category and a step that exists, once', () => {
    const seen = new Set<string>();
    for (const d of [...differences.differences, ...differences.rewrites]) {
      expect(Object.keys(differences.categories), JSON.stringify(d)).toContain(d.category);
    }
    for (const d of differences.differences) {
      const scenario = files.flatMap((f) => f.scenarios).find((s) => s.id === d.scenario);
      expect(scenario, d.scenario).toBeDefined();
      expect(d.step, d.scenario).toBeLessThanOrEqual(scenario?.steps.length ?? 0);
      const key = `${d.check}:${d.scenario}:${d.step}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('uses every category it defines', () => {
    const used = new Set([...differences.differences, ...differences.rewrites].map((d) => d.category));
    expect(Object.keys(differences.categories).filter((c) => !used.has(c))).toEqual([]);
  });
});
