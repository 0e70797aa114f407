import type { Worded } from '../core/worded';
import { apparmorProblem } from './diagnostics';
import type { Token } from './lexer';
import type { ExecMode, FileRule, ProfileRule, RuleSource } from './model';
import { emptyPermissions, looksLikePermissions, parsePermissions } from './permissions';
import {
  CAPABILITIES, NETWORK_DOMAINS, NETWORK_PROTOCOLS, NETWORK_TYPES, QUALIFIERS, RULE_KEYWORDS,
} from './vocabulary';

export type RuleProblem = Worded & { token: Token };

export interface ParsedRule {
  rule?: ProfileRule;
  problems: RuleProblem[];
}

const OTHER_KINDS = new Set(['signal', 'ptrace', 'unix', 'dbus', 'userns', 'io_uring', 'mqueue', 'all']);

export function isPathWord(word: string): boolean {
  return /^(\/|@\{|"|\{)/.test(word);
}

/** Would this word open a new rule (used to spot a missing comma at the end of the previous line)? */
export function startsRule(word: string): boolean {
  return QUALIFIERS.has(word) || RULE_KEYWORDS.has(word) || isPathWord(word) || word.startsWith('^');
}

export function unquote(word: string): string {
  return word.length >= 2 && word.startsWith('"') && word.endsWith('"') ? word.slice(1, -1) : word;
}

function sourceOf(tokens: Token[]): RuleSource {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return {
    line: first?.line ?? 1,
    column: first?.column ?? 1,
    endLine: last?.line ?? first?.line ?? 1,
    endColumn: (last?.endColumn ?? 1) + 1,
    text: `${tokens.map((t) => t.text).join(' ')},`,
  };
}

/** The words of a parenthesised list or plain words, e.g. `(send, receive)` -> send, receive. */
function listWords(tokens: Token[]): string[] {
  return tokens.flatMap((t) => t.text.replace(/[()]/g, ' ').split(/[\s,]+/)).filter(Boolean);
}

/** Parses one statement (the tokens before its comma) inside a profile. */
export function parseRule(tokens: Token[]): ParsedRule {
  const problems: RuleProblem[] = [];
  const source = sourceOf(tokens);
  let i = 0;
  let audit = false;
  let deny = false;
  let allow = false;
  let owner = false;
  for (; i < tokens.length; i++) {
    const word = tokens[i]?.text ?? '';
    if (word === 'audit') audit = true;
    else if (word === 'deny') deny = true;
    else if (word === 'allow') allow = true;
    else if (word === 'owner') owner = true;
    else if (word === 'quiet' || /^priority=-?\d+$/.test(word)) continue;
    else break;
  }
  const head = tokens[i];
  if (deny && allow && head) problems.push({ token: head, ...apparmorProblem('allowAndDeny') });
  if (!head) {
    const last = tokens[tokens.length - 1];
    if (last) problems.push({ token: last, ...apparmorProblem('qualifiersOnly') });
    return { problems };
  }
  const rest = tokens.slice(i + 1);
  const base = { ...source, audit, deny };
  const keyword = head.text;

  if (keyword === 'capability') {
    const capabilities = listWords(rest).map((w) => w.toLowerCase());
    for (const t of rest) {
      for (const name of listWords([t])) {
        if (!CAPABILITIES.has(name.toLowerCase())) problems.push({ token: t, ...apparmorProblem('unknownCapability', { name }) });
      }
    }
    return { rule: { ...base, kind: 'capability', capabilities }, problems };
  }

  if (keyword === 'network') {
    let domain: string | undefined;
    let type: string | undefined;
    let protocol: string | undefined;
    for (const t of rest) {
      if (t.text.includes('=')) continue;
      for (const word of listWords([t])) {
        if (!domain && !type && NETWORK_DOMAINS.has(word)) domain = word;
        else if (!type && NETWORK_TYPES.has(word)) type = word;
        else if (!protocol && NETWORK_PROTOCOLS.has(word)) protocol = word;
        else problems.push({ token: t, ...apparmorProblem('unknownNetworkWord', { word }) });
      }
    }
    return { rule: { ...base, kind: 'network', ...(domain ? { domain } : {}), ...(type ? { type } : {}), ...(protocol ? { protocol } : {}) }, problems };
  }

  if (keyword === 'mount' || keyword === 'remount' || keyword === 'umount' || keyword === 'unmount' || keyword === 'pivot_root') {
    const kind = keyword === 'unmount' ? 'umount' : keyword;
    return { rule: { ...base, kind, details: rest.map((t) => t.text).join(' ') }, problems };
  }

  if (keyword === 'change_profile') {
    const arrow = rest.findIndex((t) => t.kind === 'arrow');
    const before = arrow < 0 ? rest : rest.slice(0, arrow);
    const exec = before.map((t) => t.text).find(isPathWord);
    const targetToken = arrow < 0 ? undefined : rest[arrow + 1];
    if (arrow >= 0 && !targetToken) problems.push({ token: rest[arrow] ?? head, ...apparmorProblem('profileAfterArrow') });
    const target = targetToken ? unquote(targetToken.text) : undefined;
    return { rule: { ...base, kind: 'change_profile', ...(exec ? { exec: unquote(exec) } : {}), ...(target ? { target } : {}) }, problems };
  }

  if (keyword === 'set' || keyword === 'rlimit') {
    if (keyword === 'set' && rest[0]?.text !== 'rlimit') problems.push({ token: head, ...apparmorProblem('setNeedsRlimit') });
    return { rule: { ...base, kind: 'rlimit', details: rest.map((t) => t.text).join(' ') }, problems };
  }

  if (OTHER_KINDS.has(keyword)) {
    return { rule: { ...base, kind: keyword as 'signal', details: rest.map((t) => t.text).join(' ') }, problems }; // keyword checked against OTHER_KINDS
  }

  if (keyword === 'link') {
    let k = 0;
    const subset = rest[0]?.text === 'subset';
    if (subset) k = 1;
    const from = rest[k];
    const arrow = rest[k + 1];
    const to = rest[k + 2];
    if (!from || !isPathWord(from.text) || arrow?.kind !== 'arrow' || !to) {
      problems.push({ token: from ?? head, ...apparmorProblem('linkForm') });
      return { problems };
    }
    if (rest.length > k + 3) problems.push({ token: rest[k + 3] ?? to, ...apparmorProblem('afterLinkTarget', { word: rest[k + 3]?.text ?? '' }) });
    const path = unquote(from.text);
    const target = unquote(to.text);
    return { rule: { ...base, kind: 'link', owner, subset, path, glob: path, target, targetGlob: target }, problems };
  }

  if (keyword === 'file') {
    if (rest.length === 0) {
      const permissions = { ...emptyPermissions(), read: true, write: true, append: true, link: true, lock: true, mmap: true, exec: (deny ? 'x' : 'ix') as ExecMode };
      return { rule: { ...base, kind: 'file', owner, permissions, permissionText: '' }, problems };
    }
    return parseFileRule(rest, base, owner, problems);
  }

  if (isPathWord(keyword) || looksLikePermissions(keyword)) return parseFileRule(tokens.slice(i), base, owner, problems);

  problems.push({ token: head, ...apparmorProblem('unknownKeyword', { keyword }) });
  return { problems };
}

function parseFileRule(tokens: Token[], base: RuleSource & { audit: boolean; deny: boolean }, owner: boolean, problems: RuleProblem[]): ParsedRule {
  const first = tokens[0];
  const second = tokens[1];
  if (!first) return { problems };
  let pathToken: Token | undefined;
  let permToken: Token | undefined;
  if (isPathWord(first.text)) { pathToken = first; permToken = second; }
  else { permToken = first; pathToken = second; }
  if (!pathToken || !isPathWord(pathToken.text)) {
    problems.push({ token: pathToken ?? first, ...apparmorProblem('fileRuleNeedsPath') });
    return { problems };
  }
  if (!permToken || permToken.kind !== 'word') {
    problems.push({ token: pathToken, ...apparmorProblem('addPermissions', { path: pathToken.text }) });
    return { problems };
  }
  const parsed = parsePermissions(permToken.text, base.deny);
  for (const problem of parsed.problems) problems.push({ token: permToken, ...apparmorProblem(problem.id, { permissions: permToken.text, ...problem.data }) });
  let target: string | undefined;
  const after = tokens.slice(2);
  if (after[0]?.kind === 'arrow') {
    const t = after[1];
    if (!t) problems.push({ token: after[0], ...apparmorProblem('targetAfterArrow') });
    else target = unquote(t.text);
    after.splice(0, 2);
  }
  const extra = after[0];
  if (extra) {
    problems.push({ token: extra, ...apparmorProblem('unexpectedInFileRule', { word: extra.text }) });
  }
  const path = unquote(pathToken.text);
  const rule: FileRule = {
    ...base, kind: 'file', owner, path, glob: path, permissions: parsed.permissions, permissionText: permToken.text,
    ...(target ? { target } : {}),
  };
  return { rule, problems };
}
