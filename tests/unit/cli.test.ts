import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Kind, KindChecker, Rule, RuleMeta, Severity } from '../../src/checker/core/types';
import { detectKind } from '../../src/checker/registry/detect-kind';
import { createRegistry } from '../../src/checker/registry/registry';
import { runCli } from '../../src/cli/cli';
import type { CheckerApi, CliIo } from '../../src/cli/io';

interface Lines { lines: string[]; diagnostics: Finding[] }

function meta(id: string, severity: Severity, appliesTo: Kind[]): RuleMeta {
  return {
    id, title: `Title of ${id}`, severity, appliesTo, lesson: 'run-as-non-root',
    why: `Why ${id} matters.`, fix: `How to fix ${id}.`, refs: { hadolint: ['DL3002'] },
    examples: { bad: 'bad', good: 'good' },
  };
}

/** A rule that flags every line containing `needle`, at the needle's columns. */
function lineRule(id: string, severity: Severity, appliesTo: Kind[], needle: string): Rule<Lines> {
  return {
    meta: meta(id, severity, appliesTo),
    check: (model) => model.lines.flatMap((text, i) => {
      const at = text.indexOf(needle);
      return at === -1 ? [] : [{ line: i + 1, column: at + 1, endColumn: at + 1 + needle.length, message: `Found ${needle}; change it.` }];
    }),
  };
}

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
  ]),
  run: lineChecker('run', [privileged]),
  compose: lineChecker('compose', [privileged]),
  apparmor: lineChecker('apparmor', []),
  kubernetes: lineChecker('kubernetes', []),
});
const api: CheckerApi = { ...registry, detectKind };

const ROOT_DOCKERFILE = 'FROM alpine:latest\nADD app /app\nUSER root\n';

interface Run { code: number; out: string; err: string }

async function cli(argv: string[], options: { files?: Record<string, string>; stdin?: string; tty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const files = options.files ?? {};
  const io: CliIo = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    cwd: '/repo',
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
  };
  const code = await runCli(argv, io, api, { version: '9.8.7', homepage: 'https://shipshape.example/' });
  return { code, out, err };
}

describe('shipshape lint, text format', () => {
  it('prints path:line:col severity rule-id message and a summary', async () => {
    const r = await cli(['lint', 'Dockerfile'], { files: { Dockerfile: ROOT_DOCKERFILE } });
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

  it('exits 0 with a clean summary when nothing is found', async () => {
    const r = await cli(['lint', 'Dockerfile', 'run.sh'], { files: { Dockerfile: 'FROM alpine:3.24\n', 'run.sh': 'docker run alpine\n' } });
    expect(r.code).toBe(0);
    expect(r.out).toBe('No problems found in 2 files.\n');
  });

  it('colours severities on a terminal only, and honours NO_COLOR and --no-color', async () => {
    const files = { Dockerfile: 'USER root\n' };
    expect((await cli(['lint', 'Dockerfile'], { files, tty: true })).out).toContain('\u001b[31merror\u001b[0m');
    expect((await cli(['lint', 'Dockerfile'], { files })).out).not.toContain('\u001b[');
    expect((await cli(['lint', 'Dockerfile'], { files, tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await cli(['lint', '--no-color', 'Dockerfile'], { files, tty: true })).out).not.toContain('\u001b[');
  });
});

describe('shipshape lint, file handling', () => {
  it('names a missing file on stderr, checks the others and exits 2', async () => {
    const r = await cli(['lint', 'gone/Dockerfile', 'Dockerfile'], { files: { Dockerfile: 'USER root\n' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('"gone/Dockerfile": no such file.');
    expect(r.out).toContain('Dockerfile:1:1 error no-root-user');
  });

  it('reports a file whose kind cannot be told, and suggests --kind', async () => {
    const r = await cli(['lint', 'notes.txt'], { files: { 'notes.txt': 'USER root\n' } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot tell what kind of file "notes.txt" is.*--kind/);
  });

  it('lets --kind override the name', async () => {
    const r = await cli(['lint', '--kind', 'dockerfile', 'notes.txt'], { files: { 'notes.txt': 'USER root\n' } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('notes.txt:1:1 error no-root-user');
    const asRun = await cli(['lint', '--kind=run', 'Dockerfile'], { files: { Dockerfile: 'USER root\n' } });
    expect(asRun.code).toBe(0);
  });

  it('reads standard input, sniffing its kind or taking --kind', async () => {
    const sniffed = await cli(['lint', '-'], { stdin: 'FROM alpine\nUSER root\n' });
    expect(sniffed.code).toBe(1);
    expect(sniffed.out).toContain('<stdin>:2:1 error no-root-user');
    const told = await cli(['lint', '--kind', 'run', '-'], { stdin: 'podman run --privileged x\n' });
    expect(told.out).toContain('<stdin>:1:12 error no-privileged');
    const unknown = await cli(['lint', '-'], { stdin: 'hello\n' });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('pass --kind');
  });

  it('ignores a byte-order mark so columns match the editor', async () => {
    const r = await cli(['lint', 'Dockerfile'], { files: { Dockerfile: '\uFEFFUSER root\n' } });
    expect(r.out).toContain('Dockerfile:1:1 error');
  });
});

describe('shipshape lint --min-severity', () => {
  it('hides findings below the level and keeps them out of the exit code', async () => {
    const files = { Dockerfile: ROOT_DOCKERFILE };
    const warnings = await cli(['lint', '--min-severity', 'warning', 'Dockerfile'], { files });
    expect(warnings.out).not.toContain('prefer-copy');
    expect(warnings.out).toContain('2 problems (1 error, 1 warning, 0 info)');
    const infoOnly = await cli(['lint', '--min-severity=error', 'Dockerfile'], { files: { Dockerfile: 'ADD a /a\nFROM x:latest\n' } });
    expect(infoOnly.code).toBe(0);
    expect(infoOnly.out).toBe('No problems found in 1 file.\n');
  });

  it('counts info findings by default', async () => {
    expect((await cli(['lint', 'Dockerfile'], { files: { Dockerfile: 'ADD a /a\n' } })).code).toBe(1);
  });
});

describe('shipshape lint --format json', () => {
  it('prints the documented shape, with lesson and refs for catalogue rules only', async () => {
    const r = await cli(['lint', '--format', 'json', 'Dockerfile'], { files: { Dockerfile: '!! broken\nUSER root\n' } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      files: [{
        path: 'Dockerfile',
        kind: 'dockerfile',
        findings: [
          { ruleId: 'syntax', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 10, message: 'Unreadable line.', lesson: null, refs: {} },
          {
            ruleId: 'no-root-user', severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 10,
            message: 'Found USER root; change it.', lesson: '/lessons/run-as-non-root/', refs: { hadolint: ['DL3002'] },
          },
        ],
      }],
    });
  });

  it('still prints valid JSON when a file is missing', async () => {
    const r = await cli(['lint', '--format=json', 'nope.sh'], {});
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ files: [] });
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri?: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help?: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  }[];
}

describe('shipshape lint --format sarif', () => {
  it('writes a SARIF 2.1.0 log that code scanning accepts', async () => {
    const files = { 'docker/api/Dockerfile': ROOT_DOCKERFILE, '/repo/my app/run.sh': 'docker run --privileged x\n' };
    const r = await cli(['lint', '--format', 'sarif', 'docker/api/Dockerfile', '/repo/my app/run.sh'], { files });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    const driver = run!.tool.driver;
    expect(driver).toMatchObject({ name: 'Shipshape', version: '9.8.7', informationUri: 'https://shipshape.example/' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(['no-privileged', 'no-root-user', 'pin-tags', 'prefer-copy']);
    expect(driver.rules[1]).toMatchObject({
      shortDescription: { text: 'Title of no-root-user' },
      fullDescription: { text: 'Why no-root-user matters.' },
      helpUri: 'https://shipshape.example/rules/no-root-user/',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[1]?.help?.text).toContain('How to fix no-root-user.');
    expect(driver.rules[1]?.help?.text).toContain('https://shipshape.example/lessons/run-as-non-root/');
    expect(run!.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['pin-tags', 'warning'], ['prefer-copy', 'note'], ['no-root-user', 'error'], ['no-privileged', 'error'],
    ]);
    for (const result of run!.results) expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run!.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docker/api/Dockerfile' },
      region: { startLine: 1, startColumn: 12, endLine: 1, endColumn: 19 },
    });
    expect(run!.results[3]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('my%20app/run.sh');
  });

  it('describes findings that have no catalogue rule, so every ruleIndex resolves', async () => {
    const r = await cli(['lint', '--format', 'sarif', 'Dockerfile'], { files: { Dockerfile: '!! broken\n' } });
    const run = (JSON.parse(r.out) as SarifLog).runs[0]!;
    const result = run.results[0]!;
    expect(result).toMatchObject({ ruleId: 'syntax', level: 'error' });
    expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe('syntax');
    expect(run.tool.driver.rules[result.ruleIndex]?.shortDescription.text).not.toBe('');
  });

  it('produces an empty result list for clean files', async () => {
    const r = await cli(['lint', '--format', 'sarif', 'Dockerfile'], { files: { Dockerfile: 'FROM a:1\n' } });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as SarifLog).runs[0]?.results).toEqual([]);
  });
});

describe('shipshape rules, help, version and usage errors', () => {
  it('lists each rule once, sorted, as text or JSON', async () => {
    const text = await cli(['rules']);
    expect(text.code).toBe(0);
    const rows = text.out.trim().split('\n');
    expect(rows[0]).toMatch(/^ID\s+SEVERITY\s+KINDS\s+TITLE$/);
    expect(rows[1]).toMatch(/^no-privileged\s+error\s+run,compose\s+Title of no-privileged$/);
    expect(rows.at(-1)).toBe('4 rules.');
    const json = JSON.parse((await cli(['rules', '--format', 'json'])).out) as { rules: { id: string; url: string; lesson: string }[] };
    expect(json.rules.map((rule) => rule.id)).toEqual(['no-privileged', 'no-root-user', 'pin-tags', 'prefer-copy']);
    expect(json.rules[0]).toMatchObject({ url: '/rules/no-privileged/', lesson: '/lessons/run-as-non-root/' });
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--min-severity');
    expect(help.out).toMatch(/Exit status/);
    expect((await cli(['lint', '-h'])).code).toBe(0);
    expect(await cli(['--version'])).toEqual({ code: 0, out: '9.8.7\n', err: '' });
  });

  it.each([
    [[]],
    [['scan', 'Dockerfile']],
    [['lint']],
    [['lint', '--format', 'xml', 'Dockerfile']],
    [['lint', '--kind', 'helm', 'Dockerfile']],
    [['lint', '--min-severity', 'fatal', 'Dockerfile']],
    [['lint', '--kind']],
    [['lint', '--verbose', 'Dockerfile']],
    [['lint', '-', '-']],
    [['rules', '--format', 'sarif']],
    [['rules', 'Dockerfile']],
  ])('rejects %j with exit 2 and a hint', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^shipshape: .+\nRun shipshape --help for usage\.\n$/);
  });

  it('treats everything after -- as files', async () => {
    const r = await cli(['lint', '--', '--help'], { files: { '--help': 'USER root\n' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('"--help"');
  });
});

describe('the shipshape command (child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a real file through tsx and reports through the exit code', async () => {
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM ubuntu:24.04\nRUN apt-get update\nCMD ["bash"]\n');
    const run = promisify(execFile);
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const outcome = await run(tsx, ['src/cli/main.ts', 'lint', '--format', 'json', file], { cwd: process.cwd() })
      .then((r) => ({ code: 0, stdout: r.stdout }))
      .catch((e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
    const report = JSON.parse(outcome.stdout) as { files: { kind: string; findings: { ruleId: string }[] }[] };
    expect(report.files[0]?.kind).toBe('dockerfile');
    expect(outcome.code).toBe(report.files[0]!.findings.length > 0 ? 1 : 0);
  }, 30_000);
});
