import { afterAll, describe, expect, it } from 'vitest';
import { checkerApi } from '../../src/cli/checker-api';
import { parseArgs } from '../../src/cli/args';
import { cliLocale, parseLang } from '../../src/cli/lang';
import { runIn, tempRepo, type RunOptions } from './cli-harness';

const HAN = /[\u4e00-\u9fff]/;
const DOCKERFILE = 'FROM alpine:3.24\nCOPY server /server\nCMD ["/server"]\n';

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

async function lint(argv: string[], options: RunOptions = {}) {
  const repo = tempRepo({ Dockerfile: DOCKERFILE });
  repos.push(repo.cleanup);
  return runIn(repo.dir, ['lint', ...argv, 'Dockerfile'], checkerApi, { env: {}, ...options });
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
    const json = JSON.parse((await lint(['--lang', 'zh-CN', '--format', 'json'])).out) as { files: { findings: { ruleId: string; message: string }[] }[] };
    const findings = json.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.message, f.ruleId).toMatch(HAN);

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
    const r = await runIn(repo.dir, ['lint', '--lang', 'zh-CN', '--no-color', 'compose.yaml'], checkerApi, { env: {} });
    const line = (ruleId: string) => r.out.split('\n').find((l) => l.includes(` ${ruleId} `)) ?? '';
    expect(line('compose-syntax')).toMatch(/compose-syntax privileged 只接受 true 或 false。$/);
    expect(line('dangerous-capability')).toContain('cap_add 中的 SYS_MODULE 可以加载内核模块，也就是在主机内核里运行代码。');
    expect(line('no-cap-drop')).toContain('服务“web”保留了 Docker 默认授予的 14 项能力');
    expect(r.out).not.toContain('{{');
  });
});

interface SarifLog {
  runs: { results: { ruleId: string; message: { text: string } }[]; tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[];
}
