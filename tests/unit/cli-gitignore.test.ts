import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rebase } from '../../src/cli/ignore-rules';
import { nodeFileSystem } from '../../src/cli/node-io';
import { walk } from '../../src/cli/walk';
import { tempRepo } from './cli-harness';

/** Trees whose ignore files exercise gitignore(5)'s corners; Git itself is the oracle. */
const CASES: Record<string, Record<string, string>> = {
  'a deeper file re-includes what the root excluded': {
    '.gitignore': 'build/\n', 'app/.gitignore': '!build/\n', 'app/build/a': '', 'build/b': '', 'app/c': '',
  },
  'negation within one file, last match wins': {
    '.gitignore': '*.log\n!keep.log\nkeep2.log\n!keep2.log\n', 'a.log': '', 'keep.log': '', 'keep2.log': '', 'sub/b.log': '', 'sub/keep.log': '',
  },
  'a leading slash anchors to the directory of the ignore file': {
    '.gitignore': '/top\n', 'sub/.gitignore': '/local\n', 'top': '', 'sub/top': '', 'sub/local': '', 'local': '', 'sub/deeper/local': '',
  },
  'a slash inside anchors; none matches at any depth': {
    '.gitignore': 'doc/*.txt\nnotes\n', 'doc/a.txt': '', 'doc/sub/b.txt': '', 'x/doc/c.txt': '', 'notes': '', 'x/y/notes': '',
  },
  'double stars': {
    '.gitignore': '**/logs\na/**/b\n', 'logs/x': '', 'q/logs/y': '', 'a/b': '', 'a/x/y/b': '', 'c/a/b': '',
  },
  'nested patterns without a slash match only below their directory': {
    'sub/.gitignore': 'tmp\n*.bak\n', 'tmp': '', 'sub/tmp': '', 'sub/deep/tmp': '', 'x.bak': '', 'sub/y.bak': '',
  },
  'a file cannot be re-included when its directory is excluded': {
    '.gitignore': 'dir/\n!dir/file\n', 'dir/file': '', 'dir/other': '', 'file': '',
  },
  'comments, escapes and trailing spaces': {
    '.gitignore': '# comment\n\\#hash\nspace   \n', '#hash': '', '# comment': '', 'space': '', 'kept': '',
  },
  'directory-only patterns do not match files': {
    '.gitignore': 'cache/\n', 'cache': '', 'sub/cache/x': '',
  },
};

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function gitListing(dir: string): string[] {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const out = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: dir, encoding: 'utf8' });
  return out.split('\0').filter(Boolean).sort();
}

describe('the walk honours ignore files exactly as Git does', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const repo = tempRepo(CASES[name]!);
    cleanups.push(repo.cleanup);
    const expected = gitListing(repo.dir);
    const walked = walk(nodeFileSystem, repo.dir, [], (p) => p).files.map((f) => relative(repo.dir, f.path)).sort();
    expect(walked).toEqual(expected);
  });
});

describe('rebase', () => {
  it.each([
    ['build/', '', 'build/'],
    ['build/', 'app', 'app/**/build/'],
    ['!build/', 'app', '!app/**/build/'],
    ['/local', 'sub', 'sub/local'],
    ['doc/*.txt', 'sub', 'sub/doc/*.txt'],
    ['**/logs', 'sub', 'sub/**/logs'],
    ['# comment', 'sub', null],
    ['   ', 'sub', null],
  ])('%j in %j becomes %j', (pattern, prefix, expected) => {
    expect(rebase(pattern, prefix)).toBe(expected);
  });
});
