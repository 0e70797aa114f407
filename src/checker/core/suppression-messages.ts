/** Rule id of the finding about a `# shipshape ignore=` comment that silences nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

export const SUPPRESSION_MESSAGES = {
  unusedOnLine: 'The suppression of "{{rule}}" silences nothing on line {{line}}; remove it so it cannot hide a future finding.',
  unusedInFile: 'The file-wide suppression of "{{rule}}" silences nothing in this file; remove it so it cannot hide a future finding.',
} as const;
