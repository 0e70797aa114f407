import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from '../core/messages';
import { diagnostic, DOCKERFILE_DIAGNOSTICS } from '../dockerfile/diagnostics';
import { parseDockerfile } from '../dockerfile/parse';
import { dockerfileRules } from '../dockerfile/rules';
import { lintText } from '../index';
import { translatedFinding } from './index';
import { zhCnDockerfileDiagnostics } from './zh-cn-dockerfile-diagnostics';

const HAN = /[\u4e00-\u9fff]/;

/** The rules of src/checker/dockerfile/rules; untrusted-registry, which every kind shares, goes with the registry rules. */
const OWN_RULES = dockerfileRules.filter((r) => r.meta.id !== 'untrusted-registry');

describe('Dockerfile rule findings in Chinese', () => {
  it.each(OWN_RULES.map((r) => [r.meta.id, r.meta] as const))('%s: its bad example reads in Chinese, every placeholder filled', (_id, meta) => {
    const findings = lintText('dockerfile', meta.examples.bad).filter((f) => f.ruleId === meta.id);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.messageId, finding.message).toBeDefined();
      const chinese = translatedFinding(finding, 'zh-cn');
      expect(chinese).toMatch(HAN);
      expect(chinese).not.toContain('{{');
    }
  });

  it('keep their data to code: names, paths and numbers, never an English word of the sentence', () => {
    const findings = lintText('dockerfile', 'FROM alpine:3.24\nRUN apk add --no-cache vim\nRUN apk add --no-cache vim nano\n');
    const tools = findings.filter((f) => f.ruleId === 'unnecessary-tools-in-image');
    expect(tools.map((f) => [f.messageId, f.data])).toEqual([['oneTool', { tools: 'vim' }], ['manyTools', { tools: 'vim, nano' }]]);
    expect(tools.map((f) => f.message.match(/drop (it|them)/)?.[1])).toEqual(['it', 'them']);
  });
});

const catalogues: Readonly<Record<string, Readonly<Record<string, string>>>> = DOCKERFILE_DIAGNOSTICS;
const chineseCatalogues: Readonly<Record<string, Readonly<Record<string, string>>>> = zhCnDockerfileDiagnostics;

/** A Dockerfile that makes the parser report each diagnostic message. */
const CASES: readonly { ruleId: string; messageId: string; code: string; message: string }[] = [
  { ruleId: 'no-from', messageId: 'noFrom', code: '', message: 'This Dockerfile has no FROM instruction: every build starts from a base image, e.g. FROM alpine:3.24.' },
  { ruleId: 'unknown-instruction', messageId: 'notAnInstruction', code: 'FROM alpine:3.24\nRUNN ls\n', message: '"RUNN" is not a Dockerfile instruction; the build stops here. Check the spelling, or the line continuation of the line above.' },
  { ruleId: 'instruction-before-from', messageId: 'beforeFrom', code: 'RUN ls\nFROM alpine:3.24\n', message: 'RUN comes before the first FROM; only ARG may appear there. Move it below FROM.' },
  { ruleId: 'unterminated-heredoc', messageId: 'unterminated', code: 'FROM alpine:3.24\nRUN <<EOF\nls\n', message: 'The heredoc <<EOF is never closed: add a line containing only EOF after its content.' },
  { ruleId: 'unresolved-base-image', messageId: 'noImage', code: 'FROM\n', message: 'FROM needs an image name, e.g. FROM alpine:3.24.' },
  { ruleId: 'unresolved-base-image', messageId: 'unsetVariable', code: 'ARG IMAGE\nFROM $IMAGE\n', message: 'The base image "$IMAGE" uses a variable without a value; give the ARG a default before the first FROM.' },
  {
    ruleId: 'variable-too-long',
    messageId: 'tooLong',
    code: `FROM alpine:3.24\nARG V0=x\n${Array.from({ length: 18 }, (_, i) => `ARG V${i + 1}=\${V${i}}\${V${i}}\n`).join('')}`,
    message: 'V16 expands to more than 64 KB (variables that double themselves grow without bound); Shipshape checks the file with the value cut short. Give it a plain value.',
  },
  { ruleId: 'parse-error', messageId: 'userWithoutArgument', code: 'FROM alpine:3.24\nUSER\n', message: 'USER requires exactly one argument' },
];

describe('Dockerfile parser diagnostics', () => {
  it('are worded in Chinese by the same ids, with no placeholder the English lacks', () => {
    expect(Object.keys(chineseCatalogues).sort()).toEqual(Object.keys(catalogues).sort());
    for (const [ruleId, messages] of Object.entries(catalogues)) {
      expect(Object.keys(chineseCatalogues[ruleId] ?? {}).sort(), ruleId).toEqual(Object.keys(messages).sort());
      for (const [messageId, english] of Object.entries(messages)) {
        const chinese = chineseCatalogues[ruleId]?.[messageId] ?? '';
        expect(chinese, `${ruleId}/${messageId}`).toMatch(HAN);
        expect(placeholdersOf(chinese).filter((p) => !placeholdersOf(english).includes(p)), `${ruleId}/${messageId}`).toEqual([]);
      }
    }
  });

  it.each(CASES.map((c) => [`${c.ruleId}/${c.messageId}`, c] as const))('%s: says in English what it said before, and reads in Chinese', (_name, c) => {
    const found = parseDockerfile(c.code).diagnostics.find((d) => d.ruleId === c.ruleId);
    expect(found?.messageId).toBe(c.messageId);
    expect(found?.message).toBe(c.message);
    const chinese = found && translatedFinding(found, 'zh-cn');
    expect(chinese).toMatch(HAN);
    expect(chinese).not.toContain('{{');
  });

  it('carry the text of an error the parser could not foresee inside the Chinese sentence', () => {
    const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
    const finding = diagnostic('parse-error', 'unreadable', 'error', span, { detail: 'Maximum call stack size exceeded' });
    expect(finding.message).toBe('This file could not be read as a Dockerfile (Maximum call stack size exceeded).');
    expect(translatedFinding(finding, 'zh-cn')).toBe('无法把这个文件当作 Dockerfile 读取（Maximum call stack size exceeded）。');
  });

  it('has a case above for every message of the catalogue', () => {
    const covered = new Set([...CASES.map((c) => `${c.ruleId}/${c.messageId}`), 'parse-error/unreadable']);
    const all = Object.entries(catalogues).flatMap(([ruleId, messages]) => Object.keys(messages).map((id) => `${ruleId}/${id}`));
    expect(all.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('fill the English template from their data', () => {
    const found = parseDockerfile('FROM alpine:3.24\nRUN <<END\nls\n').diagnostics[0];
    expect(found && formatMessage(DOCKERFILE_DIAGNOSTICS['unterminated-heredoc'].unterminated, found.data)).toBe(found?.message);
  });
});
