import type { Span } from '../core/types';
import { RuntimeBuilder } from './builder';
import { RUN_FLAGS, SHORT_FLAGS, type FlagSpec } from './flags';
import type { Word } from './lexer';
import type { RuntimeModel, Setting } from './model';
import { closestFlag } from './suggest';

export interface Problem {
  message: string;
  span: Span;
}

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
  const report = (message: string, span: Span): void => { problems.push({ message, span }); };
  const runtime = new RuntimeBuilder('run', commandSpan, report);
  let k = 0;

  /** Applies one option; returns how many words it used. */
  const apply = (label: string, spec: FlagSpec, inline: string | null, word: Word): number => {
    if (spec.kind === 'switch') {
      if (inline !== null && !BOOL_WORDS.has(inline.toLowerCase())) {
        report(`${label} is on or off; write ${label} or ${label}=false, not "${inline}".`, word.span);
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
      report(`${label} needs a value after it.`, word.span);
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
        report(`docker run has no option --${name}${suggestion ? `; did you mean --${suggestion}?` : '; check the spelling against docker run --help.'}`, word.span);
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
        report(`docker run has no option -${letter}; check the spelling against docker run --help.`, word.span);
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
  else report('This command names no image; put the image after the options, e.g. docker run --rm alpine.', commandSpan);
  return { runtime: runtime.finish(), image, command: words.slice(k + 1), problems };
}
