import { describe, expect, it } from 'vitest';
import type { languages } from 'monaco-editor';
import { apparmorConfiguration, apparmorLanguageId, apparmorMonarch } from './apparmor-language';

/** Token classes the built-in vs / vs-dark / hc themes colour (a dotted suffix inherits its head's colour). */
const STANDARD_TOKENS = new Set([
  '', 'identifier', 'keyword', 'comment', 'string', 'variable', 'type', 'operator', 'number', 'delimiter',
  'delimiter.curly', 'delimiter.parenthesis', 'regexp', 'tag', 'attribute.name', 'attribute.value',
]);

type Action = languages.IMonarchLanguageAction;

/** Every token name an action can produce, including those inside `cases` and group arrays. */
function tokenNames(action: Action | undefined): string[] {
  if (action === undefined) return [];
  if (typeof action === 'string') return [action];
  if (Array.isArray(action)) return action.flatMap((a: Action) => tokenNames(a));
  const names: string[] = [];
  if ('token' in action && typeof action.token === 'string') names.push(action.token);
  if ('cases' in action && action.cases) for (const value of Object.values(action.cases)) names.push(...tokenNames(value as Action));
  return names;
}

function rulesOf(): { regex: RegExp | string; action: Action | undefined }[] {
  return Object.values(apparmorMonarch.tokenizer).flatMap((rules) => rules.flatMap((rule) => {
    if (Array.isArray(rule)) return [{ regex: rule[0], action: rule[1] as Action }];
    if ('regex' in rule && rule.regex !== undefined) return [{ regex: rule.regex, action: rule.action }];
    return [];
  }));
}

/** Substitutes `@name` references the way Monarch does, then compiles. */
function expand(regex: RegExp | string): RegExp {
  const source = typeof regex === 'string' ? regex : regex.source;
  const attributes = apparmorMonarch as unknown as Record<string, unknown>; // Monarch reads extra attributes by name
  return new RegExp(source.replace(/@(\w+)/g, (whole, name: string) => {
    const value = attributes[name];
    return value instanceof RegExp ? `(?:${value.source})` : typeof value === 'string' ? `(?:${value})` : whole;
  }));
}

describe('AppArmor editor language', () => {
  it('is registered under a stable id', () => {
    expect(apparmorLanguageId).toBe('apparmor');
    expect(apparmorConfiguration.comments?.lineComment).toBe('#');
  });

  it('compiles every regex', () => {
    for (const { regex } of rulesOf()) expect(() => expand(regex)).not.toThrow();
  });

  it('uses only standard token classes', () => {
    const used = new Set(rulesOf().flatMap(({ action }) => tokenNames(action)).filter((n) => !n.startsWith('@')));
    for (const name of used) expect(STANDARD_TOKENS, `token "${name}"`).toContain(name);
    for (const needed of ['keyword', 'comment', 'string', 'variable', 'type', 'tag', 'regexp']) expect(used).toContain(needed);
  });

  it('is accepted by Monaco\'s own Monarch compiler', async () => {
    const lexer = (await monarch()).compile(apparmorLanguageId, apparmorMonarch);
    expect(Object.keys(lexer.tokenizer).sort()).toEqual(['assignment', 'flags', 'glob', 'path', 'root']);
  });

  it.each<[string, [string, string][]]>([
    ['#include <tunables/global>', [['#include', 'keyword'], ['<tunables/global>', 'string']]],
    ['profile docker-nginx flags=(complain) {', [['profile', 'keyword'], ['docker-nginx', 'type'], ['flags', 'attribute.name'], ['complain', 'attribute.value'], ['{', 'delimiter.curly']]],
    ['  deny /etc/{a,b}/** wl, # no list', [['deny', 'keyword'], ['/etc/', 'string'], ['{', 'regexp'], ['**', 'regexp'], ['wl', 'tag'], [',', 'delimiter'], ['# no list', 'comment']]],
    ['  owner @{HOME}/[^.]* r,', [['owner', 'keyword'], ['@{HOME}', 'variable'], ['[^.]*', 'regexp'], ['r', 'tag']]],
    ['  capability net_bind_service,', [['capability', 'keyword'], ['net_bind_service', 'type']]],
    ['  network inet tcp,', [['network', 'keyword'], ['inet', 'type'], ['tcp', 'type']]],
    ['  /usr/bin/foo Px -> bar,', [['/usr/bin/foo', 'string'], ['Px', 'tag'], ['->', 'operator']]],
    ['@{APP}=/srv/app /opt/app # where', [['@{APP}', 'variable'], ['=', 'operator'], ['/srv/app', 'string'], ['# where', 'comment']]],
  ])('tokenizes %s', async (line, expected) => {
    const tokens = await tokenize(line);
    for (const [text, type] of expected) expect(tokens, `${text} in ${line}`).toContainEqual([text, type]);
  });
});

interface LineTokens { tokens: { offset: number; type: string }[]; endState: unknown }
interface MonarchModules {
  compile(id: string, definition: unknown): { tokenizer: Record<string, unknown> };
  Tokenizer: new (...args: unknown[]) => { getInitialState(): unknown; tokenize(line: string, hasEOL: boolean, state: unknown): LineTokens };
}

/** Monaco's Monarch compiler and tokenizer run without a DOM; they ship no type declarations. */
async function monarch(): Promise<MonarchModules> {
  const base = 'monaco-editor/editor/standalone/common/monarch/';
  const compiler = (await import(`${base}monarchCompile`)) as { compile: MonarchModules['compile'] };
  const lexer = (await import(`${base}monarchLexer`)) as { MonarchTokenizer: MonarchModules['Tokenizer'] };
  return { compile: compiler.compile, Tokenizer: lexer.MonarchTokenizer };
}

/** Tokens of one line as [text, type without the language suffix]. */
async function tokenize(line: string): Promise<[string, string][]> {
  const { compile, Tokenizer } = await monarch();
  const configuration = { getValue: () => 20_000, onDidChangeConfiguration: () => ({ dispose: () => undefined }) };
  const tokenizer = new Tokenizer({}, {}, apparmorLanguageId, compile(apparmorLanguageId, apparmorMonarch), configuration);
  const { tokens } = tokenizer.tokenize(line, true, tokenizer.getInitialState());
  return tokens.map((t, i) => [line.slice(t.offset, tokens[i + 1]?.offset ?? line.length), t.type.replace(/\.apparmor$/, '')]);
}
