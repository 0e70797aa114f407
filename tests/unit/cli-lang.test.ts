import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { cliLocale, parseLang } from '../../src/cli/lang';
import { runIn, tempRepo, type RunOptions } from './cli-harness';
import { cliEn } from '../../src/cli/messages/en';
import { cliZhCn } from '../../src/cli/messages/zh-cn';
import { englishIn } from './english';

const HAN = /[\u4e00-\u9fff]/;
const DOCKERFILE = 'FROM alpine:3.24\nCOPY server /server\nCMD ["/server"]\n';

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

async function lint(argv: string[], options: RunOptions = {}) {
  const repo = tempRepo({ Dockerfile: DOCKERFILE });
  repos.push(repo.cleanup);
  return runIn(repo.dir, ['lint', ...argv, 'Dockerfile'], { env: {}, ...options });
}

/** Runs any command in a directory with the given files. */
async function cli(argv: string[], files: Record<string, string> = { Dockerfile: DOCKERFILE }, options: RunOptions = {}) {
  const repo = tempRepo(files);
  repos.push(repo.cleanup);
  return runIn(repo.dir, argv, { env: {}, ...options });
}

/** Every line the CLI wrote itself is Chinese, with no English prose left in it. */
function expectChinese(text: string, what: string): void {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length, what).toBeGreaterThan(0);
  for (const line of lines) {
    expect(englishIn(line), `${what}: ${line}`).toBeNull();
  }
  expect(text, what).toMatch(HAN);
}

/** Every entry of a catalogue, with functions called on placeholder data (an array that prints as "X"). */
function entries(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const arg = Object.assign(['X'], { toString: () => 'X' });
    return [[path, String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => arg)))]];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entries(v, `${path}.${k}`));
  return [];
}

describe('the language of shipshape lint', () => {
  it('comes from --lang, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(parseLang('zh-CN')).toBe('zh-cn');
    expect(parseLang('zh_cn')).toBe('zh-cn');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBeNull();
    expect(cliLocale(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-cn');
    expect(cliLocale(undefined, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, { LC_ALL: '', LC_MESSAGES: 'zh_CN.utf8' })).toBe('zh-cn');
    expect(cliLocale(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLocale('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, {})).toBe('en');
  });

  it('refuses a language it does not speak', () => {
    expect(parseArgs(['lint', '--lang', 'fr', 'Dockerfile'])).toMatchObject({ command: 'usage-error' });
  });

  it('prints text output in Chinese with --lang zh-CN, rule ids unchanged', async () => {
    const r = await lint(['--lang', 'zh-CN', '--no-color']);
    const finding = r.out.split('\n').find((l) => l.includes(' runs-as-root '));
    expect(finding).toMatch(/^Dockerfile:1:\d+ error runs-as-root 最终阶段基于“alpine:3.24”，这个镜像以 root 运行，.*所以容器以 uid 0 运行。创建或选择一个非特权用户/);
    expect(r.out).toMatch(/在 1 个文件中发现 \d+ 个问题/);
    expect(r.out).toContain('每条规则为什么重要、如何修复：');
  });

  it('speaks Chinese when the environment says so, and English when --lang overrides it', async () => {
    const zh = await lint(['--no-color'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.out).toContain('所以容器以 uid 0 运行');
    const en = await lint(['--lang', 'en', '--no-color'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.out).not.toMatch(HAN);
    expect(en.out).toContain('runs-as-root');
  });

  it('puts Chinese in JSON message and SARIF message.text, with ids and help links as in English', async () => {
    type JsonReport = { files: { findings: { ruleId: string; message: string; messageId?: string; data?: unknown }[] }[] };
    const json = JSON.parse((await lint(['--lang', 'zh-CN', '--format', 'json'])).out) as JsonReport;
    const findings = json.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.message, f.ruleId).toMatch(HAN);
    // Scripts match the message by id and data, which do not change with the language.
    const english = (JSON.parse((await lint(['--format', 'json'])).out) as JsonReport).files.flatMap((f) => f.findings);
    const ids = (list: typeof findings) => list.map((f) => [f.ruleId, f.messageId, f.data]);
    expect(findings.every((f) => typeof f.messageId === 'string'), 'every finding has a message id').toBe(true);
    expect(ids(findings)).toEqual(ids(english));

    const zh = JSON.parse((await lint(['--lang', 'zh-CN', '--format', 'sarif'])).out) as SarifLog;
    const en = JSON.parse((await lint(['--format', 'sarif'])).out) as SarifLog;
    const results = zh.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.message.text, result.ruleId).toMatch(HAN);
    expect(results.map((r) => r.ruleId)).toEqual((en.runs[0]?.results ?? []).map((r) => r.ruleId));
    expect(zh.runs[0]?.tool.driver.rules.map((r) => r.helpUri)).toEqual(en.runs[0]?.tool.driver.rules.map((r) => r.helpUri));
  });

  it('words container findings and syntax errors in Chinese, with their names and values filled in', async () => {
    const repo = tempRepo({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    privileged: maybe\n    cap_add: [SYS_MODULE]\n' });
    repos.push(repo.cleanup);
    const r = await runIn(repo.dir, ['lint', '--lang', 'zh-CN', '--no-color', 'compose.yaml'], { env: {} });
    const line = (ruleId: string) => r.out.split('\n').find((l) => l.includes(` ${ruleId} `)) ?? '';
    expect(line('compose-syntax')).toMatch(/compose-syntax privileged 只接受 true 或 false。$/);
    expect(line('dangerous-capability')).toContain('cap_add 中的 SYS_MODULE 可以加载内核模块，也就是在主机内核里运行代码。');
    expect(line('no-cap-drop')).toContain('服务“web”保留了 Docker 默认授予的 14 项能力');
    expect(r.out).not.toContain('{{');
  });
});

describe('the CLI in Chinese: its own words', () => {
  it('has every message of the English catalogue, each in Chinese', () => {
    const en = new Map(entries(cliEn));
    const zh = new Map(entries(cliZhCn));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of zh) {
      // Entries that only arrange their data ("X：X。") have no words to translate.
      if (!/[A-Za-z\u4e00-\u9fff]/.test(text.replace(/\bX\b|\bID\b/g, ''))) continue;
      expect(text, key).toMatch(HAN);
      if (key !== '.help') expect(englishIn(text), `${key}: ${text}`).toBeNull();
    }
    // The scan finds English, so passing it means something.
    expect(entries(cliEn).filter(([, text]) => englishIn(text) !== null).length).toBeGreaterThan(entries(cliEn).length / 2);
  });

  it('prints --help in Chinese for --lang zh-CN or a Chinese locale, and in English otherwise', async () => {
    const zh = await cli(['--help', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.out.startsWith('用法：')).toBe(true);
    expect((await cli(['lint', '--help'], {}, { env: { LANG: 'zh_CN.UTF-8' } })).out).toBe(zh.out);
    const en = await cli(['--help']);
    expect(en.out.startsWith('Usage:')).toBe(true);
    expect(en.out).not.toMatch(HAN);
    // Every option in the English help is in the Chinese help.
    const options = (text: string): string[] => [...new Set(text.match(/--[a-z][a-z-]+/g) ?? [])].sort();
    expect(options(zh.out)).toEqual(options(en.out));
    // So is every value an option or the configuration takes.
    const values = (text: string): string[] => [...new Set(text.match(/\b(?:dockerfile|run|apparmor|compose|kubernetes|seccomp|text|json|sarif|github|junit|checkstyle|gitlab|podSecurity|trustedRegistries|failOn)\b/g) ?? [])].sort();
    expect(values(zh.out)).toEqual(values(en.out));
  });

  it('words usage errors in Chinese, options and values as typed', async () => {
    const cases: string[][] = [
      ['lint', '--bogus'], ['lint', '--format', 'xml'], ['lint', '--no-color=1'], ['lint', '--config'],
      ['lint', '--config', 'a', '--no-config'], ['lint', '-', '-'], ['explain'], ['rules', '--format', 'sarif'], ['frobnicate'],
    ];
    for (const argv of cases) {
      const r = await cli([argv[0] ?? '', '--lang', 'zh-CN', ...argv.slice(1)]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expectChinese(r.err.replace(/^shipshape: /gm, ''), argv.join(' '));
    }
    expectChinese((await cli([], {}, { env: { LANG: 'zh_CN.UTF-8' } })).err.replace(/^shipshape: /gm, ''), 'no command');
    const fr = await cli(['lint', '--lang', 'fr']);
    expect(fr.err).toContain('--lang must be one of en, zh-CN, not "fr".');
    const zhEnv = await cli(['lint', '--lang', 'fr'], undefined, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zhEnv.err).toContain('--lang 必须是 en、zh-CN 之一，而不是“fr”。');
  });

  it('lists and explains rules in Chinese, ids, severities and examples unchanged', async () => {
    const list = await cli(['rules', '--lang', 'zh-CN']);
    const en = await cli(['rules']);
    expect(list.code).toBe(0);
    const rows = list.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ID\s+严重性\s+文件类型\s+标题$/);
    expect(rows.length).toBe(en.out.trimEnd().split('\n').length);
    for (const row of rows.slice(1, -1)) expect(row, row).toMatch(HAN);
    expect(rows.at(-1)).toMatch(/^共 \d+ 条规则。/);
    expect(rows.slice(1, -1).map((r) => r.split(/\s+/)[0])).toEqual(en.out.trimEnd().split('\n').slice(1, -1).map((r) => r.split(/\s+/)[0]));

    const detail = await cli(['rules', 'runs-as-root', '--lang', 'zh-CN']);
    const own = detail.out.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('    ') && !l.startsWith('runs-as-root ('));
    for (const line of own) expect(line, line).toMatch(HAN);
    expect(detail.out).toContain('为什么：');
    const json = JSON.parse((await cli(['rules', 'runs-as-root', '--format', 'json', '--lang', 'zh-CN'])).out) as { rules: { id: string; title: string; why: string; fix: string }[] };
    expect(json.rules[0]?.id).toBe('runs-as-root');
    for (const text of [json.rules[0]?.title, json.rules[0]?.why, json.rules[0]?.fix]) expect(text).toMatch(HAN);

    const unknown = await cli(['rules', 'no-such-rule', '--lang', 'zh-CN']);
    expect(unknown.code).toBe(2);
    expectChinese(unknown.err.replace(/^shipshape: /, ''), 'unknown rule');
  });

  it('explains files in Chinese', async () => {
    const files = {
      Dockerfile: 'FROM alpine:3.24\nRUN adduser -D -u 10001 app\nUSER app\n',
      'compose.yaml': 'services:\n  api:\n    build: .\n    image: acme/api:1\n    user: root\n',
      'notes.txt': 'hello',
    };
    const r = await cli(['explain', '--lang', 'zh-CN', 'Dockerfile', 'compose.yaml', 'notes.txt'], files);
    const own = r.out.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^\S+:\d+ /, ''));
    for (const line of own) expect(englishIn(line), line).toBeNull();
    expect(r.out).toContain('Compose 服务：api');
    expect(r.out).toContain('说明：notes.txt');
    const clamped = await cli(['explain', '--lang', 'zh-CN', '--kubernetes-version', '1.99', 'Dockerfile'], files);
    expectChinese(clamped.err.replace(/^shipshape: /, ''), 'clamped version');
    const bad = await cli(['explain', '--lang', 'zh-CN', '--kubernetes-version', 'abc', 'Dockerfile'], files);
    expectChinese(bad.err.replace(/^shipshape: /gm, ''), 'bad version');
  });

  it('words every stderr notice in Chinese: unreadable files, unknown kinds, ignored files, configuration problems', async () => {
    const files = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      Dockerfile: DOCKERFILE,
      'README': 'hello\n',
      '.shipshapeignore': 'ignored/\n',
      'ignored/Dockerfile': DOCKERFILE,
      'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n',
      'bad/.shipshape.yaml': 'rules: 3\nignore: [""]\nfailOn: sometimes\nextra: 1\n',
      'typo/.shipshape.yaml': 'rules:\n  runs-as-rot: off\n  internal-error: off\n',
      'broken/.shipshape.yaml': 'rules: [\n',
    };
    const missing = await cli(['lint', '--lang', 'zh-CN', 'nope.yaml', 'README', 'ignored/Dockerfile', '--verbose', '--no-config'], files);
    const notices = missing.err.split('\n').filter(Boolean);
    expect(notices.length, missing.err).toBe(3);
    for (const line of notices) expectChinese(line.replace(/^shipshape: /, ''), line);
    const walked = await cli(['lint', '--lang', 'zh-CN', '--verbose', '--no-config', 'chart'], files);
    expectChinese(walked.err.replace(/^shipshape: /, ''), 'template skipped');
    const config = await cli(['lint', '--lang', 'zh-CN', '--config', 'bad/.shipshape.yaml', 'Dockerfile'], files);
    expect(config.code).toBe(2);
    expectChinese(config.err.replace(/^shipshape: /, ''), 'configuration');
    expect(config.err).toContain('rules：必须是映射。');
    const typo = await cli(['lint', '--lang', 'zh-CN', '--config', 'typo/.shipshape.yaml', 'Dockerfile'], files);
    expectChinese(typo.err.replace(/^shipshape: /, ''), 'rule ids');
    expect(typo.err).toContain('你是不是想写 runs-as-root？');
    const broken = await cli(['lint', '--lang', 'zh-CN', '--config', 'broken/.shipshape.yaml', 'Dockerfile'], files);
    // The YAML parser's own reason stays in English, inside the Chinese sentence.
    expect(broken.err).toMatch(/^shipshape: broken\/\.shipshape\.yaml：不是有效的 YAML（.+）。\n$/);
    const unreadable = await cli(['lint', '--lang', 'zh-CN', '--config', 'missing.yaml', 'Dockerfile'], files);
    expectChinese(unreadable.err.replace(/^shipshape: /, ''), 'missing configuration');
  });

  it('words SARIF rule descriptions, JUnit, GitLab and GitHub output in Chinese, with ids and links unchanged', async () => {
    const zh = JSON.parse((await lint(['--lang', 'zh-CN', '--format', 'sarif'])).out) as SarifLog;
    const en = JSON.parse((await lint(['--format', 'sarif'])).out) as SarifLog;
    const zhRules = zh.runs[0]?.tool.driver.rules ?? [];
    const enRules = en.runs[0]?.tool.driver.rules ?? [];
    expect(zhRules.map((r) => [r.id, r.helpUri])).toEqual(enRules.map((r) => [r.id, r.helpUri]));
    for (const rule of zhRules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help?.text, rule.help?.markdown]) expect(text, rule.id).toMatch(HAN);
      expect(rule.help?.text, rule.id).toMatch(/课程：/);
    }

    const junit = (await lint(['--lang', 'zh-CN', '--format', 'junit'])).out;
    const names = [...junit.matchAll(/<testcase name="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[a-z-]+，第 \d+ 行第 \d+ 列$/);
    const clean = await cli(['lint', '--lang', 'zh-CN', '--format', 'junit', 'Dockerfile'], { Dockerfile: 'FROM scratch\nCOPY --chown=0:0 --chmod=0555 app /app\nUSER 10001\nENTRYPOINT ["/app"]\n' });
    if (!clean.out.includes('<failure')) expect(clean.out).toContain('name="没有发现问题"');

    const gitlab = JSON.parse((await lint(['--lang', 'zh-CN', '--format', 'gitlab'])).out) as { check_name: string; description: string }[];
    for (const issue of gitlab) expect(issue.description, issue.check_name).toMatch(HAN);
    const github = (await lint(['--lang', 'zh-CN', '--format', 'github'])).out.trim().split('\n');
    for (const line of github) expect(line.split('::')[2], line).toMatch(HAN);
  });
});

interface SarifLog {
  runs: {
    results: { ruleId: string; message: { text: string } }[];
    tool: { driver: { rules: { id: string; helpUri?: string; shortDescription: { text: string }; fullDescription: { text: string }; help?: { text: string; markdown: string } }[] } };
  }[];
}
