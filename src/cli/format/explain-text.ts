import { KIND_LABEL, describeSubject, describeViolations } from '../../checker/explain/describe';
import type { Explanation, Subject } from '../../checker/explain/types';
import { terminalSafe } from '../terminal-safe';

function subject(s: Subject): string[] {
  const facts = describeSubject(s);
  const width = Math.max(...facts.map((f) => f.label.length));
  return [
    `${s.place.file}:${s.place.line} ${KIND_LABEL[s.kind]}: ${s.name}`,
    ...facts.map((f) => `  ${f.label.padEnd(width)}  ${f.value}`),
    ...describeViolations(s).map((v) => `    ${v}`),
    ...s.warnings.map((w) => `  ! ${w}`),
  ];
}

/** The explanation for a terminal: one block per subject, then the findings count and the notes. */
export function formatExplainText(result: Explanation): string {
  const blocks = result.subjects.map((s) => subject(s).map(terminalSafe).join('\n'));
  const findings = result.files.reduce((n, f) => n + f.findings.length, 0);
  const tail = [
    ...(findings > 0 ? [`${findings} finding${findings === 1 ? '' : 's'} in these files: shipshape lint ${result.files.map((f) => f.path).join(' ')} lists them.`] : []),
    ...result.notes.map((n) => terminalSafe(`Note: ${n}`)),
  ];
  const body = blocks.length === 0 ? ['Nothing in these files runs a container.'] : blocks;
  return `${[...body, ...(tail.length > 0 ? [tail.join('\n')] : [])].join('\n\n')}\n`;
}
