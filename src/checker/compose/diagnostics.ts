import { worded, type Worded } from '../core/worded';
import type { MessageData } from '../core/types';
import { SETTING_MESSAGES } from '../run/diagnostics';

/**
 * `compose-syntax` findings: the file is not YAML, or not the shape Compose reads. `{{detail}}` is the
 * YAML library's own text; the container settings' problems are those of `docker run` options.
 */
export const COMPOSE_SYNTAX_MESSAGES = {
  ...SETTING_MESSAGES,
  yamlError: 'YAML error: {{detail}}',
  unreadable: 'This file could not be read as YAML: {{detail}}',
  notAMapping: 'A Compose file is a mapping with a services: section.',
  serviceNotMapping: 'Service "{{service}}" should be a mapping of settings.',
  notSingleValue: '{{key}} should be a single value here, not a list or mapping.',
  notBoolean: '{{key}} takes true or false.',
  notList: '{{key}} should be a list.',
  itemNotSingleValue: 'Each item of {{key}} should be a single value.',
  volumeNeedsTarget: 'A volume in long syntax needs a target (the path inside the container).',
  notVolumeType: '"{{type}}" is not a volume type; use bind, volume or tmpfs.',
  portNeedsTarget: 'A port in long syntax needs a target (the container port).',
  ulimitShape: 'ulimits.{{limit}} needs both soft and hard, or a single number.',
} as const;

export function composeProblem(id: keyof typeof COMPOSE_SYNTAX_MESSAGES, data?: MessageData): Worded {
  return worded(COMPOSE_SYNTAX_MESSAGES, id, data);
}

/** The YAML library's first line of an error, carried inside our sentence. */
export function yamlError(message: string): Worded {
  return composeProblem('yamlError', { detail: message.split('\n')[0] ?? '' });
}
