import type { MessageData } from './types';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A message template with its `{{name}}` placeholders filled; a name without data stays visible. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The placeholder names a template uses, sorted and once each. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}
