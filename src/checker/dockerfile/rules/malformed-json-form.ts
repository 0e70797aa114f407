import type { Hit, Rule } from '../../core/types';
import type { ImageModel, Step } from '../model';
import { leadingFlags } from '../text';

/**
 * How BuildKit reads an argument that starts with "[" (frontend/dockerfile/parser/line_parsers.go):
 * a JSON array of strings is the exec form; an array holding anything else stops the build; any
 * other text is taken as the shell form (RUN, CMD, ENTRYPOINT) or split at spaces (COPY, ADD,
 * VOLUME). SHELL accepts nothing but a non-empty array of strings.
 */
type JsonProblem = 'trailing-text' | 'invalid' | 'not-strings' | 'empty' | 'not-json';

const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const LIST_FORM = new Set(['COPY', 'ADD', 'VOLUME']);

function parsesAsArray(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** The end of a prefix that is a whole JSON array, when text follows it without a space: `["sh"]t ...`. */
function glued(text: string): boolean {
  for (let i = text.indexOf(']'); i !== -1; i = text.indexOf(']', i + 1)) {
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next) && parsesAsArray(text.slice(0, i + 1))) return true;
  }
  return false;
}

/**
 * Whether text that is not valid JSON was still meant as a JSON array. A shell test such as
 * `[ "$A" = b ]` or `[ -f x ] && ...` also starts with "[", so only clear signs count: a quote right
 * after the bracket, a quoted first element followed by a comma, single-quoted elements, or text
 * glued to the closing bracket.
 */
function meantAsJson(text: string): boolean {
  return /^\["/.test(text)
    || /^\[\s*(["'])(?:\\.|(?!\1)[^\\])*\1\s*,/.test(text)
    || /^\[\s*'[^']*'\s*\]\s*$/.test(text)
    || glued(text);
}

function problemOf(text: string, strict: boolean): JsonProblem | null {
  const t = text.trim();
  if (!t.startsWith('[')) return strict ? 'not-json' : null;
  const array = parsesAsArray(t);
  if (array) {
    if (!array.every((v) => typeof v === 'string')) return 'not-strings';
    return strict && array.length === 0 ? 'empty' : null;
  }
  if (glued(t)) return 'trailing-text';
  return strict || meantAsJson(t) ? 'invalid' : null;
}

/** The part of the instruction that is the command or the list, after the keyword and its flags. */
function payload(step: Step): string {
  if (step.keyword === 'HEALTHCHECK') {
    const { restStart } = leadingFlags(step.args);
    return step.args.slice(restStart).replace(/^\s*CMD\s+/i, '');
  }
  if (EXEC_FORM.has(step.keyword) || LIST_FORM.has(step.keyword)) {
    const { restStart } = leadingFlags(step.args);
    return step.args.slice(restStart);
  }
  return step.args;
}

const NOT_EXEC_FORM = ', so Docker does not read it as the exec form: it hands the whole line to /bin/sh -c, and';
const GLUED = 'has text glued to the end of its JSON array';
const NOT_JSON = 'starts like a JSON array but is not valid JSON (a missing comma or quote, or single quotes)';
const SPLIT_AT_SPACES = ', so Docker splits the line at spaces instead: the brackets, quotes and commas become part of the paths.';
const SHELL_STOPS = ', so the build stops: "SHELL requires the arguments to be in JSON form".';

const MESSAGES = {
  notStrings: '{{keyword}} is a JSON array with something other than strings in it, so the build stops: "when using JSON array syntax, arrays must be comprised of strings only".',
  shellEmpty: 'SHELL is an empty JSON array, so the build stops: "SHELL requires at least one argument".',
  shellTrailingText: `SHELL ${GLUED}${SHELL_STOPS}`,
  shellInvalid: `SHELL is not a valid JSON array of strings${SHELL_STOPS}`,
  listTrailingText: `{{keyword}} ${GLUED}${SPLIT_AT_SPACES}`,
  listInvalid: `{{keyword}} ${NOT_JSON}${SPLIT_AT_SPACES}`,
  runTrailingText: `RUN ${GLUED}${NOT_EXEC_FORM} the build fails.`,
  runInvalid: `RUN ${NOT_JSON}${NOT_EXEC_FORM} the build fails.`,
  healthcheckTrailingText: `HEALTHCHECK ${GLUED}${NOT_EXEC_FORM} the health check always fails.`,
  healthcheckInvalid: `HEALTHCHECK ${NOT_JSON}${NOT_EXEC_FORM} the health check always fails.`,
  commandTrailingText: `{{keyword}} ${GLUED}${NOT_EXEC_FORM} the container fails to start its command.`,
  commandInvalid: `{{keyword}} ${NOT_JSON}${NOT_EXEC_FORM} the container fails to start its command.`,
} as const;

/** The message for a problem: what Docker then does depends on the instruction. */
function messageId(keyword: string, problem: JsonProblem): keyof typeof MESSAGES {
  if (problem === 'not-strings') return 'notStrings';
  const glued = problem === 'trailing-text';
  if (keyword === 'SHELL') return problem === 'empty' ? 'shellEmpty' : glued ? 'shellTrailingText' : 'shellInvalid';
  const shape = LIST_FORM.has(keyword) ? 'list' : keyword === 'RUN' ? 'run' : keyword === 'HEALTHCHECK' ? 'healthcheck' : 'command';
  return `${shape}${glued ? 'TrailingText' : 'Invalid'}`;
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'malformed-json-form',
    title: 'An instruction meant as a JSON array is not valid JSON',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'Docker reads the exec form only when the text is exactly a JSON array of strings. Anything else becomes a shell command or a space-separated list, and SHELL refuses it outright, so the image does not build or the container does not start.',
    fix: 'Write the array with double quotes and a comma between elements, close it with "]" and put nothing after it, e.g. CMD ["node", "server.js"].',
    refs: {},
    messages: MESSAGES,
    examples: {
      bad: 'FROM alpine:3.24\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]t\nCMD ["node" "server.js"]\n',
      good: 'FROM alpine:3.24\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD ["node", "server.js"]\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const step of stage.steps) {
        const strict = step.keyword === 'SHELL';
        if (!strict && !EXEC_FORM.has(step.keyword) && !LIST_FORM.has(step.keyword) && step.keyword !== 'HEALTHCHECK') continue;
        const problem = problemOf(payload(step), strict);
        if (problem) hits.push({ line: step.line, messageId: messageId(step.keyword, problem), data: { keyword: step.keyword } });
      }
    }
    return hits;
  },
};
