import type { Span } from '../core/types';
import { asWorded, type Worded } from '../core/worded';
import { RuntimeBuilder } from './builder';
import { runProblem } from './diagnostics';
import { RUN_FLAGS, SHORT_FLAGS, type FlagSpec } from './flags';
import type { Word } from './lexer';
import type { RuntimeModel, Setting } from './model';
import { closestFlag } from './suggest';

export type Problem = Worded & { span: Span };

export interface ParsedRunWords {
  runtime: RuntimeModel;
  image: Setting<string> | null;
  /** The container's command: every word after the image. */
  command: Word[];
  problems: Problem[];
}

const TRUE_WORDS = new Set(['1', 't', 'true']);
const BOOL_WORDS = new Set(['1', 't', 'true', '0', 'f', 'false']);

function cover(from: Span, to: Span): Span {
  return { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn };
}

function lookup(name: string): FlagSpec | undefined {
  return Object.hasOwn(RUN_FLAGS, name) ? RUN_FLAGS[name] : undefined;
}

/**
 * Reads the words after `docker run` the way the Docker CLI does: options until the first
 * non-option word (the image); everything after the image belongs to the container's command.
 */
export function parseRunWords(words: readonly Word[], commandSpan: Span): ParsedRunWords {
  const problems: Problem[] = [];
  const report = (text: string | Worded, span: Span): void => { problems.push({ ...asWorded(text), span }); };
  const runtime = new RuntimeBuilder('run', commandSpan, report);
  let k = 0;

  /** Applies one option; returns how many words it used. */
  const apply = (label: string, spec: FlagSpec, inline: string | null, word: Word): number => {
    if (spec.kind === 'switch') {
      if (inline !== null && !BOOL_WORDS.has(inline.toLowerCase())) {
        report(runProblem('switchValue', { flag: label, value: inline }), word.span);
        return 1;
      }
      spec.apply?.(runtime, inline === null || TRUE_WORDS.has(inline.toLowerCase()), word.span);
      return 1;
    }
    if (inline !== null) {
      spec.apply?.(runtime, inline, word.span);
      return 1;
    }
    const next = words[k + 1];
    if (!next) {
      report(runProblem('needsValue', { flag: label }), word.span);
      return 1;
    }
    spec.apply?.(runtime, next.value, cover(word.span, next.span));
    return 2;
  };

  while (k < words.length) {
    const word = words[k];
    if (!word) break;
    const token = word.value;
    if (token === '--') { k++; break; }
    if (token.startsWith('--') && token.length > 2) {
      const eq = token.indexOf('=');
      const name = eq >= 0 ? token.slice(2, eq) : token.slice(2);
      const spec = lookup(name);
      if (!spec) {
        const suggestion = closestFlag(name, Object.keys(RUN_FLAGS));
        report(suggestion ? runProblem('unknownOptionDidYouMean', { name, suggestion }) : runProblem('unknownOption', { name }), word.span);
        k++;
        continue;
      }
      k += apply(`--${name}`, spec, eq >= 0 ? token.slice(eq + 1) : null, word);
      continue;
    }
    if (token.startsWith('-') && token.length > 1) {
      k += applyBundle(word);
      continue;
    }
    break;
  }

  /** `-itd`, `-p8080:80`, `-u=1000`: switches until a letter that takes a value, which takes the rest. */
  function applyBundle(word: Word): number {
    const token = word.value;
    for (let c = 1; c < token.length; c++) {
      const letter = token[c] ?? '';
      const long = Object.hasOwn(SHORT_FLAGS, letter) ? SHORT_FLAGS[letter] : undefined;
      const spec = long ? lookup(long) : undefined;
      if (!long || !spec) {
        report(runProblem('unknownShortOption', { letter }), word.span);
        return 1;
      }
      const rest = token.slice(c + 1);
      if (spec.kind === 'value') return apply(`-${letter}`, spec, rest === '' ? null : rest.replace(/^=/, ''), word);
      if (rest.startsWith('=')) return apply(`-${letter}`, spec, rest.slice(1), word);
      apply(`-${letter}`, spec, null, word);
    }
    return 1;
  }

  const imageWord = words[k];
  const image = imageWord ? { value: imageWord.value, span: imageWord.span } : null;
  if (image) runtime.setText('image', image.value, image.span);
  else report(runProblem('noImage'), commandSpan);
  return { runtime: runtime.finish(), image, command: words.slice(k + 1), problems };
}
