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
  unclosedString: 'This quoted string is never closed with a second ".',
  unclosedParen: 'A "(" in this rule is never closed with ")" on the same line.',
  allowAndDeny: 'A rule cannot be both "allow" and "deny"; keep one of them.',
  qualifiersOnly: 'This rule has qualifiers but no rule after them.',
  unknownCapability: '"{{name}}" is not a Linux capability name (write them in lower case without CAP_, e.g. net_bind_service).',
  unknownNetworkWord: '"{{word}}" is not a network family, socket type or protocol here (e.g. "network inet tcp,").',
  profileAfterArrow: 'Name the profile after "->".',
  setNeedsRlimit: '"set" must be followed by "rlimit", as in "set rlimit nofile <= 1024,".',
  linkForm: 'Write link rules as "link /new/name -> /existing/target,".',
  afterLinkTarget: 'Unexpected "{{word}}" after the link target.',
  unknownKeyword: '"{{keyword}}" is not an AppArmor rule keyword (expected a path, file, capability, network, mount, signal, ptrace, change_profile...).',
  fileRuleNeedsPath: 'A file rule needs an absolute path or glob starting with "/" or "@{", e.g. "/etc/passwd r,".',
  addPermissions: 'Add the permissions after {{path}}, e.g. "{{path}} r," to allow reading it.',
  targetAfterArrow: 'Name the target profile after "->".',
  unexpectedInFileRule: 'Unexpected "{{word}}" in this file rule; is a comma missing before it?',
  execNeedsX: 'In "{{permissions}}": "{{mode}}" must be followed by "x" (exec modes are written like ix, px, cx).',
  twoExecModes: 'In "{{permissions}}": "{{permissions}}" gives two exec modes; keep one.',
  denyPlainX: 'In "{{permissions}}": deny rules take a plain "x", not "{{mode}}".',
  allowNeedsExecMode: 'In "{{permissions}}": an allow rule needs an exec mode such as ix, px or cx, not a bare "x".',
  unknownExecMode: 'In "{{permissions}}": "{{mode}}" is not an exec mode AppArmor knows.',
  unknownPermission: 'In "{{permissions}}": "{{letter}}" is not a file permission letter (valid: r w a l k m and the x modes).',
  writeAndAppend: 'In "{{permissions}}": "w" and "a" conflict: "w" already includes append.',
  globUnclosedClass: 'In {{pattern}}: a "[" character class is never closed with "]".',
  globTooDeep: 'In {{pattern}}: "{" alternations are nested more than {{depth}} deep.',
  globUnclosedAlternation: 'In {{pattern}}: a "{" alternation is never closed with "}".',
  globUnmatched: 'In {{pattern}}: "{{bracket}}" has no matching opening bracket.',
} as const;

/** `apparmor-template`: a file with Go template actions, reported once instead of as dozens of syntax errors. */
export const APPARMOR_TEMPLATE_MESSAGES = {
  template: 'This file is a template (Go {{ }} actions), not a profile: AppArmor cannot load it as it is, and Shipshape did not check it. Render the template first (for example with the values your tool fills in), then check the result.',
} as const;

export function apparmorProblem(id: keyof typeof APPARMOR_SYNTAX_MESSAGES, data?: MessageData): Worded {
  return worded(APPARMOR_SYNTAX_MESSAGES, id, data);
}
