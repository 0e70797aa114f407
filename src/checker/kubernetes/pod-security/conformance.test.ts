import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluatePod } from './evaluate';
import { podInputFrom } from './pod';
import { parseVersion } from './version';
import { CHECKS, type CheckId, type PolicyLevel } from './checks';

/**
 * kubernetes/pod-security-admission's own fixtures (test/testdata: a pass and a fail directory per
 * level and version, 4,537 pods), bundled in tests/fixtures/pod-security-admission with their source.
 */
interface Bundle {
  source: string;
  files: string[];
  cases: Record<string, [name: string, outcome: 'pass' | 'fail', file: number][]>;
}

const bundle = JSON.parse(readFileSync('tests/fixtures/pod-security-admission/fixtures.json', 'utf8')) as Bundle;

/** A fail fixture is named after the check it trips (`hostpathvolumes1`); at Restricted the check that overrides it may be the one to fail. */
function trips(failed: CheckId, fixture: string): boolean {
  const named = fixture.replace(/\d+$/, '');
  if (failed.toLowerCase() === named) return true;
  const overridden = CHECKS.find((c) => c.id === failed)?.versions.flatMap((r) => r.overrides ?? []) ?? [];
  return overridden.some((id) => id.toLowerCase() === named);
}

describe('Pod Security Standards: the admission library\'s fixtures', () => {
  it('covers every level and version the library has', () => {
    expect(bundle.source).toMatch(/^kubernetes\/pod-security-admission@[0-9a-f]{40}:test\/testdata/);
    expect(Object.keys(bundle.cases)).toHaveLength(2 * 38);
  });

  it.each(Object.keys(bundle.cases))('%s', (key) => {
    const [level, versionText] = key.split('/') as [PolicyLevel, string];
    const version = parseVersion(versionText)?.version;
    expect(version).toBeDefined();
    const wrong: string[] = [];
    for (const [name, outcome, file] of bundle.cases[key] ?? []) {
      const pod = parse(bundle.files[file] ?? '') as { metadata?: unknown; spec?: unknown };
      const failed = evaluatePod(podInputFrom(pod.metadata, pod.spec), level, version).filter((r) => !r.allowed);
      if (outcome === 'pass' && failed.length > 0) wrong.push(`${name} should pass, failed ${failed.map((f) => f.id).join(', ')}`);
      if (outcome === 'fail' && !failed.some((f) => trips(f.id, name))) {
        wrong.push(`${name} should fail its check, failed [${failed.map((f) => f.id).join(', ')}]`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
