/**
 * Rule messages are written for the CLI: the problem first, then what to change ("...; add
 * --cap-drop ALL"). An exercise must not hand out that change before the learner has tried, so the
 * checks list shows the problem and keeps the advice for learners who have asked for every hint.
 */

/**
 * Verbs an advice clause starts with; a problem statement starts with its subject instead. Only the
 * first letter may be upper case, so Dockerfile keywords (ADD, COPY, RUN) still read as subjects.
 */
const ADVICE_VERBS = [
  'add', 'remove', 'drop', 'use', 'set', 'replace', 'pin', 'give', 'move', 'write', 'start', 'copy', 'switch', 'end', 'declare',
  'delete', 'put', 'pick', 'create', 'prefix', 'publish', 'pass', 'name', 'make', 'mount', 'keep', 'run', 'install', 'list', 'let',
  'build', 'change', 'bind', 'avoid', 'prefer', 'download', 'verify', 'check', 'save', 'enable', 'disable', 'turn', 'load', 'apply',
  'choose', 'define', 'limit', 'grant', 'request', 'specify', 'provide', 'take', 'merge', 'follow', 'store', 'leave', 'rename',
  'wrap', 'quote', 'close', 'mark', 'either', 'consider', 'do not', "don't", 'never', 'try', 'include', 'exclude', 'split',
  'combine', 'clean', 'fetch', 'point', 'select', 'edit', 'lower', 'raise', 'hand', 'restrict', 'instead',
];
const ADVICE = new RegExp(`^(?:(?:then|or|and|instead,?)\\s+)?(?:${ADVICE_VERBS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')})\\b`);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|cf|vs)\./gi;
const PLACEHOLDER = '\u0000';

function sentences(text: string): string[] {
  const guarded = text.replace(ABBREVIATIONS, (m) => m.replaceAll('.', PLACEHOLDER));
  return guarded.split(/(?<=[.!?])\s+(?=\S)/).map((s) => s.replaceAll(PLACEHOLDER, '.').trim()).filter(Boolean);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:]$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface Advice {
  /** What is wrong and why; empty when the message is nothing but advice. */
  problem: string;
  /** What to change; empty when the message gives no advice. */
  fix: string;
}

/** Splits a rule's message into its problem statement and its advice. */
export function splitAdvice(message: string): Advice {
  const problem: string[] = [];
  const fix: string[] = [];
  for (const sentence of sentences(message)) {
    const clauses = sentence.split(/;\s+/);
    let advising = false;
    const kept: string[] = [];
    for (const clause of clauses) {
      if (!advising && ADVICE.test(clause.trim())) advising = true;
      if (advising) {
        const advice = asSentence(capitalise(clause.trim().replace(/^(?:then|or|and)\s+/i, '')));
        if (!fix.includes(advice)) fix.push(advice);
      } else kept.push(clause);
    }
    if (kept.length > 0) problem.push(asSentence(kept.join('; ')));
  }
  return { problem: problem.join(' '), fix: fix.join(' ') };
}
