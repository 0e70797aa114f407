import { describeSubject, describeViolations } from '../../checker/explain/describe';
import type { Explanation, Subject } from '../../checker/explain/types';
import { explainWords, subjectTitle, wordMessage, type ExplainWords } from '../../checker/explain/words';
import type { Locale } from '../../i18n/locales';
import { terminalSafe } from '../terminal-safe';

/** Columns in terminal cells: a CJK character takes two. */
function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function subject(s: Subject, w: ExplainWords): string[] {
  const facts = describeSubject(s, w);
  const width = Math.max(...facts.map((f) => cells(f.label)));
  return [
    `${s.place.file}:${s.place.line} ${w.heading(w.kind[s.kind], subjectTitle(s, w))}`,
    ...facts.map((f) => `  ${f.label}${' '.repeat(width - cells(f.label))}  ${f.value}`),
    ...describeViolations(s, w).map((v) => `    ${v}`),
    ...s.warningMessages.map((m) => `  ! ${wordMessage(m, w)}`),
  ];
}

/** The explanation for a terminal, in the language: one block per subject, then the findings count and the notes. */
export function formatExplainText(result: Explanation, locale: Locale = 'en'): string {
  const w = explainWords(locale);
  const blocks = result.subjects.map((s) => subject(s, w).map(terminalSafe).join('\n'));
  const findings = result.files.reduce((n, f) => n + f.findings.length, 0);
  const tail = [
    ...(findings > 0 ? [w.findingsInFiles(findings, `shipshape lint ${result.files.map((f) => f.path).join(' ')}`)] : []),
    ...result.noteMessages.map((n) => terminalSafe(w.note(wordMessage(n, w)))),
  ];
  const body = blocks.length === 0 ? [w.nothing] : blocks;
  return `${[...body, ...(tail.length > 0 ? [tail.join('\n')] : [])].join('\n\n')}\n`;
}
