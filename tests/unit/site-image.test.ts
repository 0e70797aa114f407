import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/checker/index';

function serious(kind: 'dockerfile' | 'compose', path: string) {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  return lintText(kind, text).filter((f) => f.severity !== 'info').map((f) => `${path}:${f.line} ${f.ruleId}: ${f.message}`);
}

describe('the files that serve this site practise what the course teaches', () => {
  it('Dockerfile has no finding at warning level or above', () => {
    expect(serious('dockerfile', 'Dockerfile')).toEqual([]);
  });

  it('compose.yaml has no finding at warning level or above', () => {
    expect(serious('compose', 'compose.yaml')).toEqual([]);
  });
});
