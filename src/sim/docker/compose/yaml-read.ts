import { LineCounter, type YAMLError } from 'yaml';
import { parseYaml } from '../../../checker/core/yaml-parse';

/**
 * How go-yaml v3 (which compose-go decodes with) words the mistakes people make in Compose files. The
 * `yaml` library finds the same mistakes with its own codes; the line is the one it reports.
 */
const GO_YAML_WORDING: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'found character that cannot start any token',
  MISSING_CHAR: 'found unexpected end of stream',
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: 'could not find expected \':\'',
  BAD_INDENT: 'did not find expected key',
  UNEXPECTED_TOKEN: 'did not find expected key',
};

/**
 * The `yaml` library's bound on alias expansion. go-yaml only refuses aliasing that multiplies a
 * document's size; at 1000 a file reusing one anchor in hundreds of services still loads, while a
 * "billion laughs" file stops within milliseconds.
 */
const MAX_ALIAS_COUNT = 1000;

function lineOf(lines: LineCounter, offset: number): number {
  return lines.linePos(offset).line;
}

/** A duplicate key: compose-go's reset processor names both lines (`loader/reset.go`). */
function duplicateKey(text: string, lines: LineCounter, error: YAMLError): string {
  const at = error.pos[0];
  const key = /^["']?([^"':\n]+)/.exec(text.slice(at))?.[1]?.trim() ?? '';
  const line = lineOf(lines, at);
  const column = lines.linePos(at).col;
  const before = text.slice(0, at).split('\n');
  let first = line;
  for (let i = before.length - 2; i >= 0; i--) {
    const row = before[i] ?? '';
    const indent = row.length - row.trimStart().length;
    if (row.trim() === '' || row.trimStart().startsWith('#')) continue;
    if (indent < column - 1) break;
    if (indent === column - 1 && row.trimStart().replace(/^["']/, '').startsWith(`${key}`) && /^["']?[^:]+["']?\s*:/.test(row.trimStart())) {
      first = i + 1;
      break;
    }
  }
  return `line ${line}: mapping key "${key}" already defined at line ${first}`;
}

/** Reads a Compose file's YAML to plain data, or says why it cannot, in compose-go's words after `failed to parse <file>: `. */
export function readYaml(text: string): { value: unknown } | { error: string } {
  const lines = new LineCounter();
  const doc = parseYaml(text, { lineCounter: lines, merge: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    if (error.code === 'DUPLICATE_KEY') return { error: duplicateKey(text, lines, error) };
    const wording = GO_YAML_WORDING[error.code] ?? 'did not find expected key';
    return { error: `yaml: line ${lineOf(lines, error.pos[0])}: ${wording}` };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (thrown) {
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(thrown instanceof Error ? thrown.message : '');
    if (unresolved) return { error: `yaml: unknown anchor '${unresolved[1] ?? ''}' referenced` };
    if (thrown instanceof ReferenceError && /alias/i.test(thrown.message)) return { error: 'yaml: document contains excessive aliasing' };
    return { error: `yaml: ${thrown instanceof Error ? thrown.message : String(thrown)}` };
  }
}
