import { relative, resolve, sep } from 'node:path';
import type { LintApi } from '../api';
import type { LintCommand, LintFormat } from '../args';
import type { About, CliIo } from '../io';
import type { FormatContext, LintReport } from '../report';
import { STDIN_NAME } from '../targets';
import { cliLocale } from '../lang';
import { formatText } from './text';

type Formatter = (report: LintReport, ctx: FormatContext) => string;

/** Text, the default, comes with the CLI; each other format loads when asked for (SARIF's rule catalogue needs every rule's translated text). */
const FORMATTERS: Record<LintFormat, () => Promise<Formatter>> = {
  text: () => Promise.resolve(formatText),
  json: async () => (await import('./json')).formatJson,
  sarif: async () => (await import('./sarif')).formatSarif,
  github: async () => (await import('./github')).formatGithub,
  junit: async () => (await import('./junit')).formatJunit,
  checkstyle: async () => (await import('./checkstyle')).formatCheckstyle,
  gitlab: async () => (await import('./gitlab')).formatGitlab,
};

export async function formatLint(format: LintFormat, report: LintReport, ctx: FormatContext): Promise<string> {
  return (await FORMATTERS[format]())(report, ctx);
}

function relativePath(cwd: string, path: string): string {
  if (path === STDIN_NAME) return 'stdin';
  const rel = relative(cwd, resolve(cwd, path)) || path;
  return rel.split(sep).join('/');
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or --no-color is given. */
export function useColor(colorAllowed: boolean, io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return colorAllowed && io.stdoutIsTTY && (noColor === undefined || noColor === '');
}

export function lintContext(command: LintCommand, io: CliIo, api: LintApi, about: About): FormatContext {
  return {
    about,
    allRules: api.allRules(),
    ruleById: (id) => api.ruleById(id),
    relativePath: (path) => relativePath(io.cwd, path),
    // Each segment percent-encoded, as SARIF's artifactLocation.uri is a URI reference.
    uriOf: (path) => relativePath(io.cwd, path).split('/').map(encodeURIComponent).join('/'),
    color: useColor(command.colorAllowed, io),
    now: new Date(),
    locale: cliLocale(command.lang, io.env),
  };
}
