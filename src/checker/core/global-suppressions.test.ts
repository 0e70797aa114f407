import { describe, expect, it } from 'vitest';
import type { Kind } from './types';
import { lintText } from '../index';

const ids = (kind: Kind, text: string): string[] => lintText(kind, text).map((f) => f.ruleId);

/** One file per kind with a finding of `rule` on a line other than the comment's. */
const CASES: [Kind, string, string][] = [
  ['dockerfile', 'runs-as-root', 'FROM alpine:3.24\nRUN echo hi\nUSER root\n'],
  ['run', 'privileged', 'docker run --privileged alpine\n'],
  ['compose', 'privileged', 'services:\n  web:\n    image: nginx:1.30\n    privileged: true\n'],
  ['kubernetes', 'k8s-privileged', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      privileged: true\n'],
  ['apparmor', 'apparmor-complain-mode', '#include <tunables/global>\nprofile app flags=(complain) {\n  #include <abstractions/base>\n  /app/** r,\n}\n'],
];

describe('# shipshape global ignore=RULE', () => {
  it.each(CASES)('silences %s rule %s in the whole file, wherever the comment is', (kind, rule, text) => {
    expect(ids(kind, text)).toContain(rule);
    for (const placed of [`# shipshape global ignore=${rule}\n${text}`, `${text}# shipshape global ignore=${rule}, other\n`]) {
      const found = ids(kind, placed);
      expect(found, placed).not.toContain(rule);
      expect(found.filter((id) => id === 'unused-suppression').length, placed).toBe(placed.includes('other') ? 1 : 0);
    }
  });

  it('reports an id that silences nothing, and never hides an internal error', () => {
    expect(ids('dockerfile', '# shipshape global ignore=curl-pipe-shell\nFROM alpine:3.24\nUSER 10001\n')).toContain('unused-suppression');
    const crash = lintText('dockerfile', '# shipshape global ignore=internal-error\nFROM alpine:3.24\n');
    expect(crash.some((f) => f.ruleId === 'internal-error')).toBe(false);
    expect(crash.find((f) => f.ruleId === 'unused-suppression')?.message).toContain('file-wide');
  });

  it('leaves line suppressions working beside it', () => {
    const text = '# shipshape global ignore=latest-or-untagged-base-image\nFROM alpine\n# shipshape ignore=runs-as-root\nUSER root\n';
    expect(ids('dockerfile', 'FROM alpine\nUSER root\n')).toEqual(expect.arrayContaining(['latest-or-untagged-base-image', 'runs-as-root']));
    const found = ids('dockerfile', text);
    expect(found).not.toContain('runs-as-root');
    expect(found).not.toContain('latest-or-untagged-base-image');
    expect(found).not.toContain('unused-suppression');
  });
});
