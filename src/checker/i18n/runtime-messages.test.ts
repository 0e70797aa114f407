import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../core/messages';
import { checkerCrash, ruleCrash } from '../core/internal-error';
import type { Finding, Kind } from '../core/types';
import { grade } from '../grading/grade';
import type { Exercise } from '../grading/exercise';
import { lintComposeProject } from '../compose/merge/lint';
import { allRules, lintText } from '../index';
import { DIAGNOSTIC_MESSAGES } from './diagnostics';
import { translatedFinding } from './index';
import { zhCnDiagnostics } from './zh-cn-diagnostics';

const CONTAINER_KINDS: readonly Kind[] = ['run', 'compose', 'kubernetes', 'apparmor', 'seccomp'];

/** The runtime, Compose, Kubernetes, AppArmor and seccomp rules, and the registry rule they share with Dockerfiles. */
const rules = allRules().filter((r) => r.appliesTo.some((k) => CONTAINER_KINDS.includes(k)));

const chinese = (finding: Finding | undefined): string => (finding ? translatedFinding(finding, 'zh-cn') ?? '' : '');

describe('container rules worded by id', () => {
  it('are found: at least the 37 rules of docker run, Compose, Kubernetes, AppArmor and the trusted registries', () => {
    expect(rules.length).toBeGreaterThanOrEqual(37);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: its bad example reads in Chinese with every placeholder filled', (_id, rule) => {
    // The registry rule's example names its .shipshape.yaml setting in a comment; the options carry it.
    const findings = lintText(rule.appliesTo[0] ?? 'run', rule.examples.bad, { trustedRegistries: ['gcr.io'] }).filter((f) => f.ruleId === rule.id);
    expect(findings.length, 'the bad example triggers the rule').toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.messageId, finding.message).toBeDefined();
      const zh = chinese(finding);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toContain('{{');
    }
  });

  it('names one container, several, or an unnamed one in the words of each language', () => {
    const pod = 'kind: Pod\nspec:\n  securityContext: {runAsUser: 0}\n  containers: [{name: a}, {name: b}]\n  initContainers: [{image: busybox}]\n';
    const findings = lintText('kubernetes', pod).filter((f) => f.ruleId === 'k8s-run-as-root');
    expect(findings.map((f) => f.messageId)).toEqual(['uidZeroContainers']);
    expect(findings[0]?.message).toContain('Containers "a", "b" and ""');
    expect(chinese(findings[0])).toBe('容器 "a", "b" 和 "" 以 root 身份运行，因为 `runAsUser` 是 0。');
    const [unnamed] = lintText('kubernetes', 'kind: Pod\nspec:\n  initContainers: [{image: busybox}]\n').filter((f) => f.ruleId === 'k8s-privileged' || f.ruleId === 'k8s-run-as-root');
    expect(unnamed?.messageId).toBe('rootNotRuledOutUnnamedInitContainer');
    expect(chinese(unnamed)).toMatch(/^一个未命名的初始化容器既没有设置/);
  });

  it('words a capability by its own message, whose effect is a sentence in each language', () => {
    const [finding] = lintText('compose', 'services:\n  a:\n    cap_add: [SYS_MODULE]\n').filter((f) => f.ruleId === 'dangerous-capability');
    expect(finding).toMatchObject({ messageId: 'sysModuleCompose', message: 'SYS_MODULE loads kernel modules, i.e. runs code in the host kernel; remove SYS_MODULE from cap_add unless the workload cannot run without it.' });
    expect(chinese(finding)).toBe('cap_add 中的 SYS_MODULE 可以加载内核模块，也就是在主机内核里运行代码。');
  });
});

describe('diagnostics worded by id', () => {
  it('have a Chinese text for every message, with no placeholder the English lacks', () => {
    for (const [ruleId, catalogue] of Object.entries(DIAGNOSTIC_MESSAGES)) {
      const translated: Readonly<Record<string, string>> = zhCnDiagnostics[ruleId as keyof typeof DIAGNOSTIC_MESSAGES];
      expect(Object.keys(translated).sort(), ruleId).toEqual(Object.keys(catalogue).sort());
      for (const [id, english] of Object.entries(catalogue)) {
        const zh = translated[id] ?? '';
        expect(zh, `${ruleId}/${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(placeholdersOf(zh).filter((p) => !placeholdersOf(english).includes(p)), `${ruleId}/${id}`).toEqual([]);
      }
    }
  });

  it.each([
    ['run', 'docker run --privilegd alpine', 'run-syntax', 'unknownOptionDidYouMean', 'docker run 没有 --privilegd 选项；你是想写 --privileged 吗？'],
    ['run', 'docker run --cap-add NOPE alpine', 'run-syntax', 'unknownCapability', '“NOPE”不是 Linux 能力，请检查拼写（例如 NET_BIND_SERVICE）。'],
    ['run', 'docker run -e "A=1 alpine', 'run-syntax', 'unclosedQuote', '这个引号没有闭合，脚本剩下的部分都会被当成一个参数；请把它闭合。'],
    ['compose', 'services:\n  a:\n    privileged: maybe\n', 'compose-syntax', 'notBoolean', 'privileged 只接受 true 或 false。'],
    ['compose', 'services:\n  a: [\n', 'compose-syntax', 'yamlError', /^YAML 错误：\S/],
    ['kubernetes', 'kind: Pod\nspec: [\n', 'kubernetes-syntax', 'yamlError', /^YAML 错误：.+在它能被解析之前/],
    ['apparmor', 'profile p {\n  /etc/** r\n}\n', 'apparmor-syntax', 'needsComma', /^这条规则的末尾需要一个逗号/],
    ['apparmor', 'profile p {\n  /etc/** r,\n', 'apparmor-syntax', 'unclosedBlock', '这个“{”从未闭合；请在配置文件末尾加上“}”。'],
    ['apparmor', 'profile p {\n  /etc/** rwa,\n}\n', 'apparmor-syntax', 'writeAndAppend', '在“rwa”中：“w”和“a”相互冲突，“w”已经包含了追加。'],
    ['apparmor', 'profile p {\n  /etc/{a,b r,\n}\n', 'apparmor-syntax', 'globUnclosedAlternation', '在 /etc/{a,b 中：“{”备选项没有用“}”闭合。'],
    ['compose', 'services:\n  a:\n    ports: ["8080:80/icmp"]\n', 'compose-syntax', 'unknownProtocol', '“8080:80/icmp”使用了未知的协议“icmp”；请使用 tcp、udp 或 sctp。'],
    ['apparmor', 'profile {{ .Name }} {\n}\n', 'apparmor-template', 'template', /^这个文件是模板（含有 Go 的 \{\{ \}\} 动作）/],
    ['seccomp', '{"defaultAction": "SCMP_ACT_ERRNO",}', 'seccomp-syntax', 'notJson', "这不是合法的 JSON：invalid character '}' looking for beginning of object key string。Docker 会拒绝这个配置文件。"],
    ['seccomp', '{"defaultAction": "SCMP_ACT_BOGUS"}', 'seccomp-syntax', 'unknownAction', /^“SCMP_ACT_BOGUS”不是 seccomp 动作/],
    ['dockerfile', 'FROM alpine:3.24\n# shipshape ignore=curl-pipe-shell\nUSER 10001\n', 'unused-suppression', 'unusedOnLine', '对“curl-pipe-shell”的屏蔽在第 3 行没有屏蔽任何问题；请删掉它，免得它将来掩盖新的问题。'],
    ['dockerfile', '# shipshape global ignore=curl-pipe-shell\nFROM alpine:3.24\nUSER 10001\n', 'unused-suppression', 'unusedInFile', '对“curl-pipe-shell”的整文件屏蔽在这个文件里没有屏蔽任何问题；请删掉它，免得它将来掩盖新的问题。'],
    ['run', 'docker run alpine\0', 'binary-input', 'binaryInputRun', '这段输入含有 NUL 字节，是二进制数据而不是运行脚本；请传入文本文件本身。'],
  ] as const)('%s: %j reads in Chinese', (kind, text, ruleId, messageId, zh) => {
    const finding = lintText(kind, text).find((f) => f.ruleId === ruleId && f.messageId === messageId);
    expect(finding, JSON.stringify(lintText(kind, text))).toBeDefined();
    if (typeof zh === 'string') expect(chinese(finding)).toBe(zh);
    else expect(chinese(finding)).toMatch(zh);
    expect(chinese(finding)).not.toMatch(/\{\{\s*\w+\s*\}\}/);
  });

  it('words Compose merge problems by id, across files', () => {
    const result = lintComposeProject([
      { path: '/p/compose.yaml', text: 'services:\n  web:\n    image: nginx:1.30\n    ports: ["127.0.0.1:80:80"]\n' },
      { path: '/p/compose.override.yaml', text: 'services:\n  web:\n    ports: {http: 80}\n    extends: web\n' },
    ], { profiles: [], readFile: () => null });
    const merge = result.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'compose-merge');
    expect(merge.map((f) => f.messageId).sort()).toEqual(['extendsLoop', 'listReplacedByMapping']);
    expect(merge.map(chinese).sort()).toEqual(['extends 绕回到了服务“web”。', 'services.web.ports 在前面的文件里是列表，不能被映射替换。']);
  });

  it('words an internal error by cause and kind, the kind a word of each language', () => {
    const crash = checkerCrash('compose', new RangeError('Maximum call stack size exceeded'));
    expect(crash).toMatchObject({ messageId: 'tooDeepCompose', message: expect.stringContaining('This Compose file is nested too deeply') });
    expect(chinese(crash)).toBe('这个Compose 文件嵌套得太深，Shipshape 读不了，因此它没有被检查，不能当作通过；请减少嵌套。');
    const rule = ruleCrash('privileged', new Error('boom'));
    expect(rule).toMatchObject({ messageId: 'ruleBug', data: { rule: 'privileged' } });
    expect(chinese(rule)).toBe('由于 Shipshape 自身的故障，检查 privileged 没能完成；它的结果缺失了，所以这个文件不能当作通过。请报告这个文件。');
  });

  it('shows the Chinese sentence on the Chinese grade page', () => {
    const exercise: Exercise = {
      id: 'test/run', lesson: 'test', title: 'A run exercise', task: 'Run it.',
      files: [{ name: 'run.sh', kind: 'run', starter: 'docker run alpine\n', solution: 'docker run alpine\n' }],
      rules: [], goals: [],
      run: { title: 'It runs', why: 'Because.', passed: 'It ran.', steps: [{ command: 'sh run.sh' }] },
      hints: [],
    };
    const readable = (locale: 'en' | 'zh-cn') => grade(exercise, { 'run.sh': 'docker run --privilegd alpine\n' }, locale).find((c) => c.id === 'run.sh:readable');
    expect(readable('en')?.message).toBe('docker run has no option --privilegd; did you mean --privileged?');
    expect(readable('zh-cn')?.message).toBe('docker run 没有 --privilegd 选项；你是想写 --privileged 吗？');
    expect(readable('zh-cn')?.locations[0]?.message).toBe('docker run 没有 --privilegd 选项；你是想写 --privileged 吗？');
  });
});
