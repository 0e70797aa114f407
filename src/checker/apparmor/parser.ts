import type { Finding } from '../core/types';
import { asWorded, type Worded } from '../core/worded';
import { apparmorProblem } from './diagnostics';
import { globProblems } from './glob';
import { lex, type LexEvent, type Token } from './lexer';
import type { AppArmorModel, Comment, Include, Profile, ProfileMode, ProfileRule } from './model';
import { isPathWord, parseRule, startsRule, unquote } from './parse-rule';
import { looksLikePermissions } from './permissions';
import { expandVariables, tunablesFor } from './variables';
import { everyProfile } from './walk';
import { PROFILE_FLAGS } from './vocabulary';

export const SYNTAX_RULE_ID = 'apparmor-syntax';

/** Profiles, hats and child profiles nested deeper than this are not read. */
const MAX_BLOCK_DEPTH = 16;

interface Block {
  /** Undefined for a block we could not make sense of: its rules are skipped, its braces still counted. */
  profile?: Profile;
  open: Token;
}

class ParseState {
  readonly profiles: Profile[] = [];
  readonly includes: Include[] = [];
  readonly comments: Comment[] = [];
  readonly diagnostics: Finding[] = [];
  readonly declared: Record<string, string[]> = {};
  readonly stack: Block[] = [];
  pending: Token[] = [];
  /** Statements outside any profile: rules of an abstraction or include file, or mistakes in a profile file. */
  readonly topLevel: Token[][] = [];
  /** `alias /a -> /b,` rules, which tunables files are made of. */
  aliases = 0;
  abi?: string;

  report(line: number, column: number, endColumn: number, message: string | Worded, endLine = line): void {
    this.diagnostics.push({ ruleId: SYNTAX_RULE_ID, severity: 'error', ...asWorded(message), line, column, endLine, endColumn: Math.max(endColumn, column + 1) });
  }

  reportAt(token: Token, message: string | Worded): void {
    this.report(token.line, token.column, token.endColumn, message);
  }

  current(): Profile | undefined {
    return this.stack[this.stack.length - 1]?.profile;
  }

  insideUnknownBlock(): boolean {
    return this.stack.length > 0 && !this.current();
  }
}

const MODE_BY_FLAG: readonly [string, ProfileMode][] = [['complain', 'complain'], ['kill', 'kill'], ['unconfined', 'unconfined']];

function parseHeader(state: ParseState, tokens: Token[], open: Token, nested: boolean): Profile | undefined {
  const first = tokens[0];
  if (!first) {
    state.reportAt(open, nested ? 'This "{" opens a block with no header; nested profiles start with "profile NAME" or "^hat".' : 'This "{" has no profile header before it; write "profile NAME {".');
    return undefined;
  }
  let hat = false;
  let name: string | undefined;
  let attachment: string | undefined;
  let k = 1;
  if (first.text === 'profile' || first.text === 'hat') {
    hat = first.text === 'hat';
    const nameToken = tokens[1];
    if (!nameToken || nameToken.text.startsWith('flags') || nameToken.text.startsWith('(')) {
      state.reportAt(first, `Give the ${first.text} a name: "${first.text} my-name {".`);
      return undefined;
    }
    name = unquote(nameToken.text);
    if (isPathWord(nameToken.text) && !hat) attachment = name;
    k = 2;
  } else if (first.text.startsWith('^')) {
    hat = true;
    name = first.text.slice(1);
  } else if (isPathWord(first.text)) {
    name = unquote(first.text);
    attachment = name;
  } else {
    state.reportAt(first, nested
      ? apparmorProblem('nestedHeader', { word: first.text })
      : apparmorProblem('notProfileHeader', { word: first.text }));
    if (nested) return undefined;
    name = first.text;
  }
  const flags: string[] = [];
  const rest = tokens.slice(k);
  const joined = rest.map((t) => t.text).join(' ');
  const flagMatch = /(?:^|\s)(?:flags\s*=\s*)?\(([^)]*)\)/.exec(joined.replace(/xattrs\s*=\s*\([^)]*\)/g, ''));
  for (const flag of (flagMatch?.[1] ?? '').split(/[\s,]+/).filter(Boolean)) {
    flags.push(flag);
    if (!PROFILE_FLAGS.has(flag) && !flag.includes('=')) {
      const at = rest.find((t) => t.text.includes(flag)) ?? first;
      state.reportAt(at, `"${flag}" is not a profile flag (common ones: complain, enforce, attach_disconnected, mediate_deleted).`);
    }
  }
  for (const t of rest) {
    if (/^(flags|xattrs)?\s*=?\s*\(|^flags|^xattrs|^=$/.test(t.text) || t.text.startsWith('(')) continue;
    if (isPathWord(t.text) && !attachment) attachment = unquote(t.text);
    else state.reportAt(t, `Unexpected "${t.text}" in the profile header.`);
  }
  const mode = MODE_BY_FLAG.find(([flag]) => flags.includes(flag))?.[1] ?? 'enforce';
  return {
    name, ...(attachment ? { attachment } : {}), flags, mode, hat,
    line: first.line, column: first.column, endLine: first.line,
    header: tokens.map((t) => t.text).join(' '),
    includes: [], rules: [], children: [],
  };
}

function finishStatement(state: ParseState, terminator?: Token): void {
  const tokens = state.pending;
  state.pending = [];
  if (tokens.length === 0) {
    if (terminator?.kind === 'comma') state.reportAt(terminator, 'This comma ends an empty rule; remove it.');
    return;
  }
  if (state.insideUnknownBlock()) return;
  const profile = state.current();
  if (!profile) {
    finishTopLevel(state, tokens);
    return;
  }
  const { rule, problems } = parseRule(tokens);
  for (const p of problems) state.reportAt(p.token, p.message);
  if (rule) profile.rules.push(rule);
}

function finishTopLevel(state: ParseState, tokens: Token[]): void {
  const head = tokens[0];
  if (!head) return;
  if (head.text === 'abi') {
    state.abi = unquote((tokens[1]?.text ?? '').replace(/^<|>$/g, ''));
    return;
  }
  if (head.text === 'alias') {
    state.aliases++;
    return;
  }
  if (head.text === 'profile' || (head.text.startsWith('/') && !looksLikePermissions(tokens[1]?.text ?? 'r'))) {
    state.reportAt(head, `The profile header "${head.text} ${tokens[1]?.text ?? ''}" needs a "{" after it, and its rules a closing "}".`);
    return;
  }
  state.topLevel.push(tokens);
}

/**
 * Whether the file is meant to hold profiles: it has one, or it pulls in tunables at the top, which
 * only a profile file does (abstractions include other abstractions, not tunables/global).
 */
function isProfileFile(state: ParseState): boolean {
  return state.profiles.length > 0 || state.includes.some((i) => i.path.startsWith('tunables/'));
}

/**
 * Rules outside any profile are how abstractions, tunables and other include files are written:
 * they are checked as rules. In a profile file they are a mistake: a forgotten profile block.
 */
function finishTopLevelRules(state: ParseState): ProfileRule[] {
  const rules: ProfileRule[] = [];
  const profileFile = isProfileFile(state);
  for (const tokens of state.topLevel) {
    const head = tokens[0];
    if (!head) continue;
    if (profileFile) {
      state.reportAt(head, `"${tokens.map((t) => t.text).join(' ')}" is outside any profile; rules belong between a profile's braces.`);
      continue;
    }
    const { rule, problems } = parseRule(tokens);
    for (const p of problems) state.reportAt(p.token, p.message);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** A statement with no problems, e.g. `deny /etc/** wl`: a new rule on the next line means the comma was forgotten. */
function looksComplete(tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  const head = tokens[0]?.text ?? '';
  if (head === 'profile' || head === 'hat' || head.startsWith('^')) return false;
  return parseRule(tokens).problems.length === 0;
}

function handleToken(state: ParseState, token: Token): void {
  const last = state.pending[state.pending.length - 1];
  if (token.kind === 'comma') { finishStatement(state, token); return; }
  if (token.kind === 'open') {
    const tokens = state.pending;
    state.pending = [];
    if (state.stack.length >= MAX_BLOCK_DEPTH) {
      // Deeper blocks are counted but not read, so their braces still balance.
      if (!state.insideUnknownBlock()) state.reportAt(token, `Blocks are nested more than ${MAX_BLOCK_DEPTH} deep here; AppArmor profiles nest child profiles and hats only a level or two.`);
      state.stack.push({ open: token });
      return;
    }
    const parent = state.current();
    const profile = state.insideUnknownBlock() ? undefined : parseHeader(state, tokens, token, parent !== undefined);
    if (profile) (parent ? parent.children : state.profiles).push(profile);
    state.stack.push({ ...(profile ? { profile } : {}), open: token });
    return;
  }
  if (token.kind === 'close') {
    if (last) {
      state.report(last.line, last.endColumn, last.endColumn + 1, apparmorProblem('needsComma'));
      finishStatement(state);
    }
    const block = state.stack.pop();
    if (!block) state.reportAt(token, apparmorProblem('strayClose'));
    else if (block.profile) block.profile.endLine = token.line;
    return;
  }
  if (last && token.kind === 'word' && token.line > last.line && startsRule(token.text) && state.current() && looksComplete(state.pending)) {
    state.report(last.line, last.endColumn, last.endColumn + 1, apparmorProblem('needsCommaBeforeNextLine'));
    finishStatement(state);
  }
  state.pending.push(token);
}

function handleEvent(state: ParseState, event: LexEvent): void {
  if (event.kind === 'comment') { state.comments.push({ line: event.line, column: event.column, text: event.text }); return; }
  if (event.kind === 'include') {
    const include: Include = { line: event.line, path: event.path, magic: event.magic, ifExists: event.ifExists };
    const profile = state.current();
    (profile ? profile.includes : state.includes).push(include);
    return;
  }
  if (event.kind === 'assign') {
    if (state.current()) state.report(event.line, event.column, event.endColumn, apparmorProblem('variableInProfile'));
    if (event.append) {
      if (!state.declared[event.name]) state.report(event.line, event.column, event.endColumn, apparmorProblem('appendToUndeclared', { variable: `@{${event.name}}` }));
      state.declared[event.name] = [...(state.declared[event.name] ?? []), ...event.values];
    } else {
      if (state.declared[event.name]) state.report(event.line, event.column, event.endColumn, apparmorProblem('declaredTwice', { variable: `@{${event.name}}` }));
      state.declared[event.name] = event.values;
    }
    return;
  }
  handleToken(state, event);
}

/** Second pass, once every variable is known: expand globs and check their brackets. */
function resolveGlobs(state: ParseState, variables: Record<string, string[]>, mayDefineMore: boolean, includeRules: readonly ProfileRule[]): void {
  const resolve = (rule: ProfileRule, pattern: string): string => {
    const { glob, undefinedNames } = expandVariables(pattern, variables);
    if (!mayDefineMore) {
      for (const name of undefinedNames) {
        state.report(rule.line, rule.column, rule.endColumn, apparmorProblem('undefinedVariable', { variable: `@{${name}}` }), rule.endLine);
      }
    }
    for (const problem of globProblems(pattern)) state.report(rule.line, rule.column, rule.endColumn, `In ${pattern}: ${problem.message}.`, rule.endLine);
    return glob;
  };
  for (const rules of [includeRules, ...everyProfile(state.profiles).map((p) => p.rules)]) {
    for (const rule of rules) {
      if (rule.kind === 'file' && rule.path !== undefined) rule.glob = resolve(rule, rule.path);
      if (rule.kind === 'link') {
        rule.glob = resolve(rule, rule.path);
        rule.targetGlob = resolve(rule, rule.target);
      }
    }
  }
}

function attachComments(state: ParseState): void {
  const byLine = new Map(state.comments.map((c) => [c.line, c.text]));
  for (const profile of everyProfile(state.profiles)) {
    for (const rule of profile.rules) {
      const comment = byLine.get(rule.endLine);
      if (comment !== undefined) rule.comment = comment;
    }
  }
}

export const TEMPLATE_RULE_ID = 'apparmor-template';

/** A Go text/template action: `{{if .Abi}}`, `{{.Name}}`, `{{- end}}`, `{{range $v := .Imports}}`. */
const TEMPLATE_ACTION = /\{\{-?\s*(?:if\b|else\b|end\b|range\b|with\b|define\b|template\b|block\b|\.|\$)[^{}\n]*?-?\}\}/;

/** A template is one finding, not dozens of syntax errors about `{{`: it has to be rendered first. */
function templateModel(text: string, at: number): AppArmorModel {
  const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
  const column = at - Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
  const end = text.indexOf('}}', at);
  return {
    profiles: [], includeFile: false, includeRules: [], template: true, includes: [], variables: {}, comments: [],
    diagnostics: [{
      ruleId: TEMPLATE_RULE_ID, severity: 'error', line, column, endLine: line, endColumn: end === -1 ? column + 2 : column + end + 2 - at,
      message: 'This file is a template (Go {{ }} actions), not a profile: AppArmor cannot load it as it is, and Shipshape did not check it. Render the template first (for example with the values your tool fills in), then check the result.',
    }],
  };
}

/** Parses AppArmor profile text into a model; never throws, problems become `apparmor-syntax` diagnostics. */
export function parseAppArmorText(text: string): AppArmorModel {
  const template = TEMPLATE_ACTION.exec(text);
  if (template) return templateModel(text, template.index);
  const state = new ParseState();
  const { events, problems } = lex(text);
  for (const p of problems) state.report(p.line, p.column, p.endColumn, p.message);
  for (const event of events) handleEvent(state, event);
  const last = state.pending[state.pending.length - 1];
  if (last) {
    state.report(last.line, last.endColumn, last.endColumn + 1, state.current() ? apparmorProblem('needsComma') : apparmorProblem('incomplete', { statement: state.pending.map((t) => t.text).join(' ') }));
    finishStatement(state);
  }
  const lastLine = text.split(/\r\n|\r|\n/).length;
  for (const block of state.stack) {
    state.reportAt(block.open, apparmorProblem('unclosedBlock'));
    if (block.profile) block.profile.endLine = lastLine;
  }
  const includeRules = finishTopLevelRules(state);
  const every = everyProfile(state.profiles);
  const includePaths = [...state.includes, ...every.flatMap((p) => p.includes)].map((i) => i.path);
  const variables = { ...tunablesFor(includePaths), ...state.declared };
  // Local includes (not tunables or abstractions) may declare variables we cannot see.
  const mayDefineMore = includePaths.some((p) => !/^(tunables|abstractions)\//.test(p));
  resolveGlobs(state, variables, mayDefineMore || !isProfileFile(state), includeRules);
  attachComments(state);
  const includeFile = !isProfileFile(state) && (includeRules.length > 0 || state.aliases > 0 || state.includes.length > 0 || Object.keys(state.declared).length > 0 || state.abi !== undefined);
  return {
    profiles: state.profiles,
    includeFile,
    includeRules,
    includes: state.includes,
    variables,
    ...(state.abi !== undefined ? { abi: state.abi } : {}),
    comments: state.comments,
    diagnostics: state.diagnostics,
  };
}
