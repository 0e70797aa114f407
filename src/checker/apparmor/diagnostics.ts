import { worded, type Worded } from '../core/worded';
import type { MessageData } from '../core/types';

/** `apparmor-syntax` findings about the structure of a profile file: blocks, commas, variables. */
export const APPARMOR_SYNTAX_MESSAGES = {
  needsComma: 'This rule needs a comma at its end.',
  needsCommaBeforeNextLine: 'This rule needs a comma at its end; without it AppArmor reads the next line as part of the same rule.',
  strayClose: 'This "}" closes nothing: there is no open "{" before it.',
  unclosedBlock: 'This "{" is never closed; add a "}" at the end of the profile.',
  incomplete: '"{{statement}}" is incomplete: end it with "," or open a profile with "{".',
  nestedHeader: '"{{word}}" cannot open a block here; a nested block must be "profile NAME {" or "^hat {". Is a comma missing?',
  notProfileHeader: '"{{word}}" is not a profile header; write "profile {{word}} {" (names that are not paths need the "profile" keyword).',
  variableInProfile: 'Variables are declared before the profile, not inside it.',
  appendToUndeclared: '{{variable}} += adds to a variable that was never declared; use "=" first.',
  declaredTwice: '{{variable}} is declared twice; use "+=" to add values.',
  undefinedVariable: '{{variable}} is never defined; declare it ("{{variable}}=/some/path") or include the tunables that define it (#include <tunables/global>).',
} as const;

export function apparmorProblem(id: keyof typeof APPARMOR_SYNTAX_MESSAGES, data?: MessageData): Worded {
  return worded(APPARMOR_SYNTAX_MESSAGES, id, data);
}
