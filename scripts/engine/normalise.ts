/**
 * What a recorded transcript normalises, and nothing else: values that must differ between two runs
 * or two machines. The same function normalises the simulator's output before it is compared, so a
 * placeholder on one side only ever meets a placeholder on the other.
 *
 *   - ids: 64 and 12 hex digits (images, containers, layers) become <id64-N> and <id-N>, numbered
 *     within the step by first appearance (so "the same id twice" survives)
 *   - times: RFC 3339 timestamps become <time>, ls dates (Dec  2 18:27, Jun 20  2024) <date>, and
 *     Docker's relative times (5 seconds ago, Up 3 minutes) <ago>
 *   - where the learner is: the home directory (the recorder's build context) becomes <home>, and the
 *     host's name <host>
 *   - terminal rendering: "\r" returns the cursor to the start of the line and later text overwrites
 *     it; colour codes (the legacy builder resets colours before its error line) are not text
 *   - the column padding of docker ps / images / history, which follows the widths of the values
 *     above, collapses to two spaces
 *   - a race of the 20.10 client: after a container fails to start it sometimes logs
 *     `level=error msg="error waiting for container: context canceled"` and sometimes not; the line is dropped
 */

export interface Surroundings {
  /** The learner's home directory on that side (where the build context is). */
  home: string;
  /** Names the host answers to on that side. */
  hosts: readonly string[];
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const LS_DATE = new RegExp(`\\b${MONTH} [ \\d]\\d (?:[ \\d]\\d:\\d\\d| \\d{4})\\b`, 'g');
const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g;
const UNIT = '(?:second|minute|hour|day|week|month|year)s?';
const DURATION = `(?:Less than a second|About an? (?:minute|hour)|an? ${UNIT}|\\d+ ${UNIT})`;
const AGO = new RegExp(`\\b${DURATION} ago\\b`, 'g');
const UP = new RegExp(`\\bUp ${DURATION}`, 'g');
const COLOUR = /\x1b\[[0-9;]*m/g;
const WAIT_RACE = /^(?:time="[^"]*" level=error msg="error waiting for container: context canceled"|ERRO\[\d+\] error waiting for container: context canceled)\n/gm;
const HEX_ID = /(?<![0-9a-zA-Z])(?:[0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-zA-Z])/g;
/** Commands whose output is a table padded to the widest value of each column. */
const TABLE_COMMAND = /\bdocker\s+(?:(?:container|image)\s+)?(?:ps|ls|images|history)\b/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a terminal shows of each line: "\r" moves the cursor back to the start, later text overwrites. */
function terminalLines(text: string): string {
  return text.split('\n').map((line) => {
    if (!line.includes('\r')) return line;
    const shown: string[] = [];
    let column = 0;
    for (const ch of line) {
      if (ch === '\r') column = 0;
      else shown[column++] = ch;
    }
    return shown.join('');
  }).join('\n');
}

function numberIds(text: string): string {
  const seen = new Map<string, number>();
  return text.replace(HEX_ID, (id) => {
    const key = id.slice(0, 12);
    let n = seen.get(key);
    if (n === undefined) {
      n = seen.size + 1;
      seen.set(key, n);
    }
    return id.length === 64 ? `<id64-${n}>` : `<id-${n}>`;
  });
}

/** The output of one command as a transcript stores it. */
export function normaliseOutput(command: string, output: string, where: Surroundings): string {
  let text = terminalLines(output.replace(COLOUR, '')).replace(WAIT_RACE, '');
  if (where.home !== '') text = text.replace(new RegExp(`${escapeRegExp(where.home)}(?![\\w.-])`, 'g'), '<home>');
  for (const host of where.hosts) {
    if (host !== '') text = text.replace(new RegExp(`(?<![\\w.-])${escapeRegExp(host)}(?![\\w.-])`, 'g'), '<host>');
  }
  text = text.replace(TIMESTAMP, '<time>').replace(LS_DATE, '<date>').replace(AGO, '<ago>').replace(UP, 'Up <ago>');
  text = numberIds(text);
  if (TABLE_COMMAND.test(command)) text = text.split('\n').map((line) => line.replace(/ {2,}/g, '  ').trimEnd()).join('\n');
  return text;
}
