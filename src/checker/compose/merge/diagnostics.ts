import { worded, type Worded } from '../../core/worded';
import type { MessageData } from '../../core/types';

/** `compose-merge` findings: files, extends and YAML merge keys that cannot be combined as Compose does. */
export const COMPOSE_MERGE_MESSAGES = {
  mappingReplacedByList: '{{path}} is a mapping in an earlier file and cannot be replaced by a list.',
  mappingReplacedByValue: '{{path}} is a mapping in an earlier file and cannot be replaced by a single value.',
  listReplacedByMapping: '{{path}} is a list in an earlier file and cannot be replaced by a mapping.',
  listReplacedByValue: '{{path}} is a list in an earlier file and cannot be replaced by a single value.',
  includeNotFollowed: 'include: is not followed here, so the services it brings in are not checked with this file; check the included files themselves.',
  extendsShape: 'extends takes a service name, or a mapping with service (and file).',
  extendsLoop: 'extends loops back to service "{{service}}".',
  extendsUnreadable: 'extends names {{file}}, which could not be read; the service is checked without it.',
  extendsMissingInFile: 'extends names service "{{service}}", which {{file}} does not define.',
  extendsMissing: 'extends names service "{{service}}", which this file does not define.',
  tooComplex: 'These Compose files are too complex to merge (more than 100,000 YAML nodes once aliases are expanded), so they were not checked; Compose itself refuses such files.',
  aliasWithoutAnchor: 'The alias *{{alias}} names no anchor defined before it.',
  selfAnchor: 'This anchor refers to itself, so it cannot be expanded.',
  keysPlainText: 'Compose keys must be plain text.',
  mergeKeyShape: 'A << merge key takes a mapping or a list of mappings.',
} as const;

export function mergeProblem(id: keyof typeof COMPOSE_MERGE_MESSAGES, data?: MessageData): Worded {
  return worded(COMPOSE_MERGE_MESSAGES, id, data);
}
