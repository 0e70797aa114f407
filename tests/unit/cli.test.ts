import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Kind, KindChecker, Rule, RuleMeta, Severity } from '../../src/checker/core/types';
import { createRegistry } from '../../src/checker/registry/registry';
import type { CheckerApi } from '../../src/cli/api';
import { explain } from '../../src/checker/explain/explain';
import { LATEST, parseVersion, versionString } from '../../src/checker/kubernetes/pod-security/version';
import { MAX_SARIF_RESULTS } from '../../src/cli/format/sarif';
import { runIn, tempRepo, type RunOptions } from './cli-harness';

interface Lines { lines: string[]; diagnostics: Finding[] }

function meta(id: string, severity: Severity, appliesTo: Kind[]): RuleMeta {
  return {
    id, title: `Title of ${id}`, severity, appliesTo, lesson: 'run-as-non-root',
    why: `Why ${id} matters.`, fix: `How to fix ${id}.`, refs: { hadolint: ['DL3002'] },
    examples: { bad: 'bad', good: 'good' }, messages: { found: 'Found {{needle}}; change it.' },
  };
}

/** A rule that flags every line containing `needle`, at the needle's columns. */
function lineRule(id: string, severity: Severity, appliesTo: Kind[], needle: string): Rule<Lines> {
  return {
    meta: meta(id, severity, appliesTo),
    check: (model) => model.lines.flatMap((text, i) => {
      const at = text.indexOf(needle);
      return at === -1 ? [] : [{ line: i + 1, column: at + 1, endColumn: at + 1 + needle.length, messageId: 'found', data: { needle } }];
    }),
  };
}

/** A rule that throws on a line reading CRASH, as a buggy rule would. */
const crashingRule: Rule<Lines> = {
  meta: meta('fragile', 'info', ['dockerfile']),
  check: (model) => {
    if (model.lines.includes('CRASH')) throw new RangeError('Invalid string length');
    return [];
  },
};

function lineChecker(kind: Kind, rules: Rule<Lines>[]): KindChecker<Lines> {
  return {
    kind,
    parse: (text) => {
      const lines = text.split('\n');
      const diagnostics = lines.flatMap((l, i): Finding[] => (l.startsWith('!!')
        ? [{ ruleId: 'syntax', severity: 'error', message: 'Unreadable line.', line: i + 1, column: 1, endLine: i + 1, endColumn: l.length + 1 }]
        : []));
      return { lines, diagnostics };
    },
    rules,
  };
}

const privileged = lineRule('no-privileged', 'error', ['run', 'compose'], '--privileged');
const registry = createRegistry<Record<Kind, Lines>>({
  dockerfile: lineChecker('dockerfile', [
    lineRule('no-root-user', 'error', ['dockerfile'], 'USER root'),
    lineRule('pin-tags', 'warning', ['dockerfile'], ':latest'),
    lineRule('prefer-copy', 'info', ['dockerfile'], 'ADD '),
    crashingRule,
  ]),
  run: lineChecker('run', [privileged]),
  compose: lineChecker('compose', [privileged]),
  apparmor: lineChecker('apparmor', []),
  kubernetes: lineChecker('kubernetes', []),
  seccomp: lineChecker('seccomp', []),
});

const api: CheckerApi = {
  lintText: (kind, text) => registry.lintText(kind, text),
  lintCompose: (sources) => ({ project: null, files: sources.map((s) => ({ path: s.path, findings: registry.lintText('compose', s.text) })) }),
  allRules: registry.allRules,
  ruleById: registry.ruleById,
  explain,
  parseVersion,
  newestKubernetes: versionString(LATEST),
};

const ROOT_DOCKERFILE = 'FROM alpine:latest\nADD app /app\nUSER root\n';

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

async function cli(argv: string[], files: Record<string, string> = {}, options: RunOptions = {}) {
  const repo = tempRepo(files);
  repos.push(repo.cleanup);
  return { ...(await runIn(repo.dir, argv, { api, ...options })), dir: repo.dir };
}

describe('shipshape lint, text format', () => {
  it('prints path:line:col severity rule-id message, a summary and where each rule is explained', async () => {
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: ROOT_DOCKERFILE });
    expect(r.code).toBe(1);
    expect(r.out).toBe([
      'Dockerfile:1:12 warning pin-tags Found :latest; change it.',
      'Dockerfile:2:1 info prefer-copy Found ADD ; change it.',
      'Dockerfile:3:1 error no-root-user Found USER root; change it.',
      '3 problems (1 error, 1 warning, 1 info) in 1 file.',
      'Why each rule matters and how to fix it:',
      '  no-root-user  https://shipshape.example/rules/no-root-user/',
      '  pin-tags      https://shipshape.example/rules/pin-tags/',
      '  prefer-copy   https://shipshape.example/rules/prefer-copy/',
      '',
    ].join('\n'));
    expect(r.err).toBe('');
  });

  it('with no published site, points at shipshape rules, which works offline, never at a local address', async () => {
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: 'USER root\n' }, { about: { version: '1.0.0' } });
    expect(r.out).toContain('Why each rule matters and how to fix it: shipshape rules no-root-user\n');
    expect(r.out).not.toMatch(/https?:/);
  });

  it('exits 0 with a clean summary when nothing is found', async () => {
    const r = await cli(['lint', 'Dockerfile', 'run.sh'], { Dockerfile: 'FROM alpine:3.24\n', 'run.sh': 'docker run alpine\n' });
    expect(r.code).toBe(0);
    expect(r.out).toBe('No problems found in 2 files.\n');
  });

  it('colours severities on a terminal only, and honours NO_COLOR and --no-color', async () => {
    const files = { Dockerfile: 'USER root\n' };
    expect((await cli(['lint', 'Dockerfile'], files, { tty: true })).out).toContain('\u001b[31merror\u001b[0m');
    expect((await cli(['lint', 'Dockerfile'], files)).out).not.toContain('\u001b[');
    expect((await cli(['lint', 'Dockerfile'], files, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await cli(['lint', '--no-color', 'Dockerfile'], files, { tty: true })).out).not.toContain('\u001b[');
  });

  it('never copies control characters from a file to the terminal', async () => {
    const r = await cli(['lint', '--kind', 'dockerfile', 'evil\u001b]8;;x\u0007'], { 'evil\u001b]8;;x\u0007': 'USER root\u001b[2J\u202e\n' });
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(r.out).toContain('evil\\x1b]8;;x\\x07:1:1 error no-root-user');
  });
});

describe('shipshape lint, files', () => {
  it('names a missing file on stderr, checks the others and exits 2', async () => {
    const r = await cli(['lint', 'gone/Dockerfile', 'Dockerfile'], { Dockerfile: 'USER root\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('shipshape: gone/Dockerfile: no such file or directory.');
    expect(r.out).toContain('Dockerfile:1:1 error no-root-user');
  });

  it('reports a file whose kind cannot be told, and suggests --kind', async () => {
    const r = await cli(['lint', 'notes.txt'], { 'notes.txt': 'USER root\n' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot tell what kind of file notes.txt is.*--kind/);
  });

  it('with --ignore-unknown, skips named files it does not recognise, as a walk does', async () => {
    const r = await cli(['lint', '--ignore-unknown', 'ci.yaml', 'notes.txt', 'build.sh', 'Dockerfile'], {
      'ci.yaml': 'on: push\njobs: {}\n', 'notes.txt': 'USER root\n', 'build.sh': 'make\n', Dockerfile: 'USER root\n',
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('in 1 file.');
  });

  it('lets --kind override the name', async () => {
    const r = await cli(['lint', '--kind', 'dockerfile', 'notes.txt'], { 'notes.txt': 'USER root\n' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('notes.txt:1:1 error no-root-user');
    expect((await cli(['lint', '--kind=run', 'Dockerfile'], { Dockerfile: 'USER root\n' })).code).toBe(0);
  });

  it('reads standard input, sniffing its kind or taking --kind', async () => {
    const sniffed = await cli(['lint', '-'], {}, { stdin: 'FROM alpine\nUSER root\n' });
    expect(sniffed.code).toBe(1);
    expect(sniffed.out).toContain('<stdin>:2:1 error no-root-user');
    const told = await cli(['lint', '--kind', 'run', '-'], {}, { stdin: 'podman run --privileged x\n' });
    expect(told.out).toContain('<stdin>:1:12 error no-privileged');
    const unknown = await cli(['lint', '-'], {}, { stdin: 'hello\n' });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('pass --kind');
  });

  it('ignores a byte-order mark so columns match the editor', async () => {
    expect((await cli(['lint', 'Dockerfile'], { Dockerfile: '\uFEFFUSER root\n' })).out).toContain('Dockerfile:1:1 error');
  });
});

describe('shipshape lint refuses input it must not read whole', () => {
  it('refuses a file over 5 MB from its size, before reading it', async () => {
    const repo = tempRepo({});
    repos.push(repo.cleanup);
    writeFileSync(join(repo.dir, 'Dockerfile'), '');
    truncateSync(join(repo.dir, 'Dockerfile'), 6 * 1024 * 1024);
    let reads = 0;
    const r = await runIn(repo.dir, ['lint', 'Dockerfile'], { api,  fs: { readBounded: () => { reads++; throw new Error('must not read'); } } });
    expect(r.code).toBe(2);
    expect(reads).toBe(0);
    expect(r.err).toContain('Dockerfile is 6.0 MB, larger than the 5 MB Shipshape reads');
  });

  it.each([['/dev/zero', 'a character device'], ['/dev/null', 'a character device']])('refuses %s (%s) without reading it', async (device, what) => {
    const r = await cli(['lint', '--kind', 'dockerfile', device]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${device} is ${what}, not a regular file`);
  });

  it('refuses a symbolic link to /dev/zero, and a FIFO, without blocking', async () => {
    const repo = tempRepo({});
    repos.push(repo.cleanup);
    symlinkSync('/dev/zero', join(repo.dir, 'Dockerfile'));
    await promisify(execFile)('mkfifo', [join(repo.dir, 'pipe.Dockerfile')]);
    const r = await runIn(repo.dir, ['lint', 'Dockerfile', 'pipe.Dockerfile'], { api });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Dockerfile is a character device');
    expect(r.err).toContain('pipe.Dockerfile is a named pipe (FIFO)');
  });

  it('stops reading standard input past 5 MB', async () => {
    const r = await cli(['lint', '--kind', 'dockerfile', '-'], {}, { stdin: { bytes: new Uint8Array(10), truncated: true } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('standard input is more than 5 MB');
  });

  it('refuses a file that grows past the limit while it is read', async () => {
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: 'USER root\n' }, { fs: { readBounded: () => ({ bytes: new Uint8Array(3), truncated: true }) } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('more than 5 MB');
  });
});

describe('a check that crashes is never a pass', () => {
  it('shows the internal error whatever --min-severity says, and exits 2', async () => {
    for (const min of ['info', 'warning', 'error']) {
      const r = await cli(['lint', '--min-severity', min, 'Dockerfile'], { Dockerfile: 'CRASH\n' });
      expect(r.code, min).toBe(2);
      expect(r.out, min).toContain('internal-error');
      expect(r.out, min).not.toContain('No problems found');
    }
  });

  it('appears in SARIF as a result and a tool execution notification', async () => {
    const r = await cli(['lint', '--format', 'sarif', '--min-severity', 'error', 'Dockerfile'], { Dockerfile: 'CRASH\n' });
    const run = (JSON.parse(r.out) as SarifLog).runs[0]!;
    expect(run.results.map((x) => x.ruleId)).toEqual(['internal-error']);
    expect(run.invocations[0]?.executionSuccessful).toBe(false);
    expect(run.invocations[0]?.toolExecutionNotifications.some((n) => n.level === 'error' && n.message.text.includes('fragile'))).toBe(true);
  });

  it('cannot be switched off or softened in the configuration', async () => {
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: 'CRASH\n', '.shipshape.yaml': 'rules:\n  internal-error: off\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('rules.internal-error: cannot be configured');
  });
});

describe('shipshape lint --min-severity and --fail-on', () => {
  it('hides findings below the level and keeps them out of the exit code', async () => {
    const warnings = await cli(['lint', '--min-severity', 'warning', 'Dockerfile'], { Dockerfile: ROOT_DOCKERFILE });
    expect(warnings.out).not.toContain('prefer-copy');
    expect(warnings.out).toContain('2 problems (1 error, 1 warning, 0 info)');
    const errorsOnly = await cli(['lint', '--min-severity=error', 'Dockerfile'], { Dockerfile: 'ADD a /a\nFROM x:latest\n' });
    expect(errorsOnly.code).toBe(0);
    expect(errorsOnly.out).toBe('No problems found in 1 file.\n');
  });

  it('--fail-on shows every finding but fails only at its level', async () => {
    const r = await cli(['lint', '--fail-on', 'error', 'Dockerfile'], { Dockerfile: 'ADD a /a\nFROM x:latest\n' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('prefer-copy');
    expect((await cli(['lint', '--fail-on', 'warning', 'Dockerfile'], { Dockerfile: 'FROM x:latest\n' })).code).toBe(1);
  });
});

describe('.shipshape.yaml', () => {
  it('sets severities, turns rules off and sets failOn', async () => {
    const config = 'rules:\n  pin-tags: error\n  prefer-copy: off\nfailOn: error\n';
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: 'ADD a /a\nFROM x:latest\n', '.shipshape.yaml': config });
    expect(r.out).toBe('Dockerfile:2:7 error pin-tags Found :latest; change it.\n1 problem (1 error, 0 warnings, 0 info) in 1 file.\nWhy each rule matters and how to fix it:\n  pin-tags  https://shipshape.example/rules/pin-tags/\n');
    expect(r.code).toBe(1);
    const soft = await cli(['lint', 'Dockerfile'], { Dockerfile: 'FROM x:latest\n', '.shipshape.yaml': 'failOn: error\n' });
    expect(soft.code).toBe(0);
  });

  it('is found above the working directory, up to the repository root, and --config names another', async () => {
    const files = { '.git/HEAD': 'ref: x\n', '.shipshape.yaml': 'rules:\n  pin-tags: off\n', 'sub/Dockerfile': 'FROM x:latest\n', 'other.yaml': 'rules:\n  pin-tags: error\n' };
    const repo = tempRepo(files);
    repos.push(repo.cleanup);
    expect((await runIn(repo.dir, ['lint', 'Dockerfile'], { api,  cwd: join(repo.dir, 'sub') })).code).toBe(0);
    const named = await runIn(repo.dir, ['lint', '--config', '../other.yaml', 'Dockerfile'], { api,  cwd: join(repo.dir, 'sub') });
    expect(named.out).toContain('error pin-tags');
    expect((await runIn(repo.dir, ['lint', '--no-config', 'Dockerfile'], { api,  cwd: join(repo.dir, 'sub') })).out).toContain('warning pin-tags');
  });

  it.each([
    ['rules:\n  pin-tag: off\n', 'rules.pin-tag: unknown rule; did you mean pin-tags?'],
    ['rules:\n  pin-tags: loud\n', 'rules.pin-tags: must be off, info, warning or error.'],
    ['failOn: fatal\n', 'failOn: '],
    ['ignore: vendor\n', 'ignore: '],
    ['ignore: [""]\n', 'ignore[0]: must not be empty.'],
    ['trustedRegistries: ["https://x"]\n', 'trustedRegistries[0]: must be a registry host'],
    ['rule:\n  pin-tags: off\n', 'rule: unknown key; the keys are rules, ignore, failOn, trustedRegistries and podSecurity.'],
    ['rules: [\n', 'not valid YAML'],
  ])('rejects %j with a message naming the key', async (config, message) => {
    const r = await cli(['lint', 'Dockerfile'], { Dockerfile: 'FROM x:1\n', '.shipshape.yaml': config });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
  });
});

describe('walking directories', () => {
  it('checks only recognised files, honours nested .gitignore and .shipshapeignore, and skips node_modules and .git', async () => {
    const r = await cli(['lint', '--format', 'json', '--verbose'], {
      '.gitignore': 'build/\n*.local\n',
      '.shipshapeignore': 'legacy/\n',
      'Dockerfile': 'FROM a:1\n',
      'build/Dockerfile': 'USER root\n',
      'app/.gitignore': '!build/\n',
      'app/build/Dockerfile': 'FROM b:1\n',
      'app/Dockerfile.local': 'FROM c:1\n',
      'legacy/Dockerfile': 'USER root\n',
      'node_modules/x/Dockerfile': 'USER root\n',
      '.git/Dockerfile': 'USER root\n',
      'dockerfile.go': 'package main\n',
      'notes.md': '# FROM here\n',
      'scripts/build.sh': 'make all\n',
      'scripts/start.sh': '#!/bin/sh\ndocker run --privileged x\n',
    });
    const paths = (JSON.parse(r.out) as { files: { path: string }[] }).files.map((f) => f.path);
    expect(paths).toEqual(['Dockerfile', 'app/build/Dockerfile', 'scripts/start.sh']);
    expect(r.code).toBe(1);
  });

  it('applies the configuration\'s ignore globs, and skips a named file they match, saying so', async () => {
    const r = await cli(['lint', '--verbose', '.', 'vendor/x/Dockerfile'], {
      '.shipshape.yaml': 'ignore: ["vendor/**"]\n', 'vendor/x/Dockerfile': 'USER root\n', 'Dockerfile': 'FROM a:1\n',
    });
    expect(r.code).toBe(0);
    expect(r.out).toBe('No problems found in 1 file.\n');
    expect(r.err).toContain('vendor/x/Dockerfile is ignored');
  });

  it('does not follow directory links, so a link loop ends; lists file links and notes broken ones', async () => {
    const repo = tempRepo({ 'real/Dockerfile': 'USER root\n' });
    repos.push(repo.cleanup);
    symlinkSync('..', join(repo.dir, 'real', 'loop'));
    symlinkSync('real/Dockerfile', join(repo.dir, 'Dockerfile'));
    symlinkSync('nowhere', join(repo.dir, 'Containerfile'));
    symlinkSync('self.Dockerfile', join(repo.dir, 'self.Dockerfile'));
    const r = await runIn(repo.dir, ['lint', '--verbose'], { api });
    expect(r.out).toContain('Dockerfile:1:1 error no-root-user');
    expect(r.out).toContain('real/Dockerfile:1:1 error no-root-user');
    expect(r.out).toContain('in 2 files');
    expect(r.err).toContain('Containerfile: no such file or directory');
    expect(r.err).toContain('self.Dockerfile is a symbolic link that loops back on itself');
    expect(r.code).toBe(1);
  });

  it('reports a directory it cannot read as an error, and checks the rest', async () => {
    const repo = tempRepo({ 'locked/Dockerfile': 'FROM a:1\n', 'Dockerfile': 'USER root\n' });
    repos.push(repo.cleanup);
    const locked = join(repo.dir, 'locked');
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const { nodeFileSystem } = await import('../../src/cli/node-io');
    const r = await runIn(repo.dir, ['lint'], { api,  fs: { readDir: (p) => { if (p === locked) throw denied; return nodeFileSystem.readDir(p); } } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('locked: permission denied. The files in it were not checked.');
    expect(r.out).toContain('Dockerfile:1:1 error no-root-user');
  });

  it('with no path, walks the working directory', async () => {
    const r = await cli(['lint'], { 'sub/Dockerfile': 'USER root\n' });
    expect(r.out).toContain('sub/Dockerfile:1:1 error');
  });

  it('refuses a recognised file over 5 MB found by walking, and skips an unrecognised one', async () => {
    const repo = tempRepo({ 'big.yaml': `apiVersion: v1\nkind: Pod\n${'#'.repeat(100)}\n` });
    repos.push(repo.cleanup);
    truncateSync(join(repo.dir, 'big.yaml'), 6 * 1024 * 1024);
    writeFileSync(join(repo.dir, 'data.yaml'), '');
    truncateSync(join(repo.dir, 'data.yaml'), 6 * 1024 * 1024);
    mkdirSync(join(repo.dir, 'e'));
    const r = await runIn(repo.dir, ['lint'], { api });
    expect(r.code).toBe(2);
    expect(r.err).toContain('big.yaml is 6.0 MB');
    expect(r.err).not.toContain('data.yaml');
  });
});

describe('shipshape lint --format json', () => {
  it('prints the documented shape, with lesson and refs for catalogue rules only, and message ids where the finding has one', async () => {
    const r = await cli(['lint', '--format', 'json', 'Dockerfile'], { Dockerfile: '!! broken\nUSER root\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      files: [{
        path: 'Dockerfile',
        kind: 'dockerfile',
        findings: [
          { ruleId: 'syntax', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 10, message: 'Unreadable line.', lesson: null, refs: {} },
          {
            ruleId: 'no-root-user', severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 10,
            message: 'Found USER root; change it.', messageId: 'found', data: { needle: 'USER root' },
            lesson: '/lessons/run-as-non-root/', refs: { hadolint: ['DL3002'] },
          },
        ],
      }],
      notices: [],
    });
  });

  it('still prints valid JSON when a file is missing, with the problem as a notice', async () => {
    const r = await cli(['lint', '--format=json', 'nope.sh']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ files: [], notices: [{ level: 'error', message: 'nope.sh: no such file or directory.', path: 'nope.sh' }] });
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri?: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help?: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  }[];
}

describe('shipshape lint --format sarif', () => {
  it('writes a SARIF 2.1.0 log that code scanning accepts', async () => {
    const r = await cli(['lint', '--format', 'sarif', 'docker/api/Dockerfile', 'my app/run.sh'], { 'docker/api/Dockerfile': ROOT_DOCKERFILE, 'my app/run.sh': 'docker run --privileged x\n' });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = log.runs;
    const driver = run!.tool.driver;
    expect(driver).toMatchObject({ name: 'Shipshape', version: '9.8.7', informationUri: 'https://shipshape.example/' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(['fragile', 'no-privileged', 'no-root-user', 'pin-tags', 'prefer-copy']);
    expect(driver.rules[2]).toMatchObject({
      shortDescription: { text: 'Title of no-root-user' },
      fullDescription: { text: 'Why no-root-user matters.' },
      helpUri: 'https://shipshape.example/rules/no-root-user/',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[2]?.help?.text).toContain('https://shipshape.example/lessons/run-as-non-root/');
    expect(run!.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['pin-tags', 'warning'], ['prefer-copy', 'note'], ['no-root-user', 'error'], ['no-privileged', 'error'],
    ]);
    for (const result of run!.results) expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run!.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docker/api/Dockerfile' },
      region: { startLine: 1, startColumn: 12, endLine: 1, endColumn: 19 },
    });
    expect(run!.results[3]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('my%20app/run.sh');
    expect(run!.invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('records unreadable and missing files as notifications, and the run as unsuccessful', async () => {
    const r = await cli(['lint', '--format', 'sarif', 'gone/Dockerfile', 'Dockerfile'], { Dockerfile: 'FROM a:1\n' });
    const invocation = (JSON.parse(r.out) as SarifLog).runs[0]!.invocations[0]!;
    expect(r.code).toBe(2);
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([{
      level: 'error',
      message: { text: 'gone/Dockerfile: no such file or directory.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'gone/Dockerfile' } } }],
    }]);
  });

  it(`keeps at most ${MAX_SARIF_RESULTS} results, the most severe first, and says so`, async () => {
    const text = `${'ADD x\n'.repeat(MAX_SARIF_RESULTS)}${'USER root\n'.repeat(10)}`;
    const r = await cli(['lint', '--format', 'sarif', 'Dockerfile'], { Dockerfile: text });
    const run = (JSON.parse(r.out) as SarifLog).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results.filter((x) => x.level === 'error')).toHaveLength(10);
    expect(run.invocations[0]?.toolExecutionNotifications[0]?.message.text).toContain(`${MAX_SARIF_RESULTS + 10} results were found`);
  });

  it('describes findings that have no catalogue rule, so every ruleIndex resolves', async () => {
    const run = (JSON.parse((await cli(['lint', '--format', 'sarif', 'Dockerfile'], { Dockerfile: '!! broken\n' })).out) as SarifLog).runs[0]!;
    const result = run.results[0]!;
    expect(result).toMatchObject({ ruleId: 'syntax', level: 'error' });
    expect(run.tool.driver.rules[result.ruleIndex]?.shortDescription.text).not.toBe('');
  });
});

describe('shipshape lint --format github', () => {
  it('writes one workflow command per finding, escaped as @actions/core escapes them', async () => {
    const r = await cli(['lint', '--format', 'github', 'a,b:c%/Dockerfile', 'gone'], { 'a,b:c%/Dockerfile': 'FROM x:latest\nUSER root\n' });
    expect(r.out).toBe([
      '::warning file=a%2Cb%3Ac%25/Dockerfile,line=1,col=7,endLine=1,endColumn=14,title=pin-tags::Found :latest; change it.',
      '::error file=a%2Cb%3Ac%25/Dockerfile,line=2,col=1,endLine=2,endColumn=10,title=no-root-user::Found USER root; change it.',
      '::error file=gone::gone: no such file or directory.',
      '',
    ].join('\n'));
  });
});

describe('shipshape lint --format junit, checkstyle and gitlab', () => {
  it('junit: a suite per file, a failure per finding, XML-escaped', async () => {
    const r = await cli(['lint', '--format', 'junit', 'Dockerfile', 'ok/Dockerfile'], { Dockerfile: 'USER root <&>\n', 'ok/Dockerfile': 'FROM a:1\n' });
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites>\n/);
    expect(r.out).toContain('<testsuite name="Dockerfile" package="Dockerfile" id="0"');
    expect(r.out).toContain('<failure message="Found USER root; change it." type="no-root-user">Dockerfile:1:1 error no-root-user Found USER root; change it.</failure>');
    expect(r.out).toContain('<testcase name="no problems found" classname="ok/Dockerfile" time="0"/>');
  });

  it('checkstyle: an error element per finding', async () => {
    const r = await cli(['lint', '--format', 'checkstyle', 'Dockerfile'], { Dockerfile: 'USER root "x"\n' });
    expect(r.out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n  <file name="Dockerfile">\n    <error line="1" column="1" severity="error" message="Found USER root; change it." source="shipshape.no-root-user"/>\n  </file>\n</checkstyle>\n');
  });

  it('gitlab: Code Quality issues whose fingerprints survive lines moving and tell repeats apart', async () => {
    type Issue = { check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } };
    const before = JSON.parse((await cli(['lint', '--format', 'gitlab', 'Dockerfile'], { Dockerfile: 'USER root\nUSER root\n' })).out) as Issue[];
    const after = JSON.parse((await cli(['lint', '--format', 'gitlab', 'Dockerfile'], { Dockerfile: 'FROM a:1\nUSER root\nUSER root\n' })).out) as Issue[];
    expect(before.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ['no-root-user', 'critical', { path: 'Dockerfile', lines: { begin: 1, end: 1 } }],
      ['no-root-user', 'critical', { path: 'Dockerfile', lines: { begin: 2, end: 2 } }],
    ]);
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(2);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });
});

describe('shipshape rules, help, version and usage errors', () => {
  it('lists each rule once, sorted, as text or JSON, and explains one offline', async () => {
    const text = await cli(['rules']);
    expect(text.code).toBe(0);
    const rows = text.out.trim().split('\n');
    expect(rows[0]).toMatch(/^ID\s+SEVERITY\s+KINDS\s+TITLE$/);
    expect(rows[1]).toMatch(/^fragile\s+info\s+dockerfile\s+Title of fragile$/);
    expect(rows.at(-1)).toBe('5 rules. shipshape rules RULE-ID explains one.');
    const json = JSON.parse((await cli(['rules', '--format', 'json'])).out) as { rules: { id: string; url: string; lesson: string }[] };
    expect(json.rules.map((rule) => rule.id)).toEqual(['fragile', 'no-privileged', 'no-root-user', 'pin-tags', 'prefer-copy']);
    const one = await cli(['rules', 'no-root-user']);
    expect(one.out).toContain('Why: Why no-root-user matters.');
    expect(one.out).toContain('Fix: How to fix no-root-user.');
    expect((await cli(['rules', 'no-such'])).code).toBe(2);
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--min-severity');
    expect(help.out).toMatch(/Exit status/);
    expect((await cli(['lint', '-h'])).code).toBe(0);
    expect((await cli(['--version'])).out).toBe('9.8.7\n');
  });

  it.each([
    [[]],
    [['scan', 'Dockerfile']],
    [['lint', '--format', 'xml', 'Dockerfile']],
    [['lint', '--kind', 'helm', 'Dockerfile']],
    [['lint', '--min-severity', 'fatal', 'Dockerfile']],
    [['lint', '--fail-on', 'never', 'Dockerfile']],
    [['lint', '--kind']],
    [['lint', '--verbose=yes', 'Dockerfile']],
    [['lint', '--frobnicate', 'Dockerfile']],
    [['lint', '-', '-']],
    [['lint', '--config', 'a', '--no-config']],
    [['lint', '--format', 'json', '--format', 'text']],
    [['explain']],
    [['explain', '--format', 'sarif', 'Dockerfile']],
    [['rules', '--format', 'sarif']],
  ])('rejects %j with exit 2 and a hint', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^shipshape: .+\nRun shipshape --help for usage\.\n$/);
  });

  it('treats everything after -- as paths', async () => {
    const r = await cli(['lint', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--help: no such file or directory');
  });
});

describe('the shipshape command (child process)', () => {
  it('answers --version without loading the checker, and lints through the exit code', async () => {
    const repo = tempRepo({ Dockerfile: 'FROM ubuntu:24.04\nRUN apt-get update\nCMD ["bash"]\n' });
    repos.push(repo.cleanup);
    const run = promisify(execFile);
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const main = join(process.cwd(), 'src', 'cli', 'main.ts');
    expect((await run(tsx, [main, '--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const outcome = await run(tsx, [main, 'lint', '--format', 'json', 'Dockerfile'], { cwd: repo.dir })
      .then((r) => ({ code: 0, stdout: r.stdout }))
      .catch((e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
    const report = JSON.parse(outcome.stdout) as { files: { kind: string; findings: { ruleId: string }[] }[] };
    expect(report.files[0]?.kind).toBe('dockerfile');
    expect(outcome.code).toBe(report.files[0]!.findings.length > 0 ? 1 : 0);
  }, 60_000);
});
