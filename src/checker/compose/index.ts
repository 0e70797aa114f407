import { LineCounter } from 'yaml';
import { parseYaml } from '../core/yaml-parse';
import type { Finding, KindChecker, Span } from '../core/types';
import { asWorded, type Worded } from '../core/worded';
import { composeProblem, yamlError } from './diagnostics';
import { RUNTIME_RULES } from '../run/rules';
import type { ComposeModel, ComposeService } from './model';
import { readService } from './service';
import { YamlWalker } from './yaml-walk';

export type { ComposeModel, ComposeService } from './model';

const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Parses a Compose file and models each service's container; YAML errors become `compose-syntax` diagnostics. */
export function parseCompose(text: string): ComposeModel {
  const diagnostics: Finding[] = [];
  const report = (text: string | Worded, span: Span): void => {
    diagnostics.push({ ruleId: 'compose-syntax', severity: 'error', ...asWorded(text), ...span });
  };
  const lines = new LineCounter();
  let services: ComposeService[] = [];
  try {
    const doc = parseYaml(text, { lineCounter: lines, merge: true, prettyErrors: false });
    const walker = new YamlWalker(doc, lines);
    for (const error of doc.errors) {
      report(yamlError(error.message), walker.span(error.pos[0], error.pos[1]));
    }
    const top = walker.entries(doc.contents, FILE_START);
    const section = top.find((e) => e.key === 'services');
    if (doc.contents !== null && top.length === 0 && doc.errors.length === 0) report(composeProblem('notAMapping'), FILE_START);
    services = section ? walker.entries(section.value, section.span).map((entry) => ({
      name: entry.key,
      span: entry.keySpan,
      runtime: readService(entry.key, entry.keySpan, entry.value, walker, report),
    })) : [];
  } catch (error) {
    report(composeProblem('unreadable', { detail: error instanceof Error ? error.message : String(error) }), FILE_START);
  }
  return { services, diagnostics };
}

export const composeChecker: KindChecker<ComposeModel> = {
  kind: 'compose',
  parse: parseCompose,
  rules: RUNTIME_RULES,
};
