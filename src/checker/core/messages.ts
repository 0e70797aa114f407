import type { MessageData } from './types';

/**
 * A parser's diagnostics in another language: every diagnostic id of the English catalogue `C`, and
 * every message id under it, worded (diagnostics have no RuleMeta, so their catalogues are typed instead).
 */
export type DiagnosticTexts<C> = { readonly [I in keyof C]: { readonly [M in keyof C[I]]: string } };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A message template with its `{{name}}` placeholders filled; a name without data stays visible. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The placeholder names a template uses, sorted and once each. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}
