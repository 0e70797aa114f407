import { worded, type Worded } from '../core/worded';
import type { MessageData } from '../core/types';

/**
 * Problems with container settings, whether a `docker run` option or a Compose key set them
 * (`run-syntax` and `compose-syntax` findings alike). Each sentence names the problem, then the way out.
 */
export const SETTING_MESSAGES = {
  unknownCapability: '"{{capability}}" is not a Linux capability; check the spelling (for example NET_BIND_SERVICE).',
  noNewPrivilegesValue: 'no-new-privileges takes true or false, not "{{value}}".',
  selinuxOption: '"{{option}}" is not an SELinux label option (disable, user:, role:, type:, level:); Docker ignores it without SELinux and refuses to start the container with it.',
  systemPathsValue: 'systempaths only accepts "unconfined", not "{{value}}".',
  unknownSecurityOption: '"{{option}}" is not a security option Docker knows; use apparmor=, seccomp=, label=, no-new-privileges or systempaths=.',
} as const;

/** Problems of a `docker run` script itself: its shell words and the options of the command. */
export const RUN_SYNTAX_MESSAGES = {
  ...SETTING_MESSAGES,
  commentEndsCommand: 'This comment line ends the command above it: a shell reads the comment to the end of the line, and the newline ends the command, so the options on the next lines never reach it. Move the comment above the command.',
  unclosedQuote: 'This quote is never closed, so the rest of the script is read as one argument; close it.',
  unclosedBackquote: 'This backquote is never closed, so the rest of the script is read as one argument; close it.',
  unclosedSubstitution: 'This $( substitution is never closed, so the rest of the script is read as one argument; close it.',
  switchValue: '{{flag}} is on or off; write {{flag}} or {{flag}}=false, not "{{value}}".',
  needsValue: '{{flag}} needs a value after it.',
  unknownOptionDidYouMean: 'docker run has no option --{{name}}; did you mean --{{suggestion}}?',
  unknownOption: 'docker run has no option --{{name}}; check the spelling against docker run --help.',
  unknownShortOption: 'docker run has no option -{{letter}}; check the spelling against docker run --help.',
  noImage: 'This command names no image; put the image after the options, e.g. docker run --rm alpine.',
} as const;

export function settingProblem(id: keyof typeof SETTING_MESSAGES, data?: MessageData): Worded {
  return worded(SETTING_MESSAGES, id, data);
}

export function runProblem(id: keyof typeof RUN_SYNTAX_MESSAGES, data?: MessageData): Worded {
  return worded(RUN_SYNTAX_MESSAGES, id, data);
}
