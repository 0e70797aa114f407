import { relative, resolve, sep } from 'node:path';
import type { CheckerApi } from '../api';
import type { LintCommand, LintFormat } from '../args';
import type { About, CliIo } from '../io';
import type { FormatContext, LintReport } from '../report';
import { STDIN_NAME } from '../targets';
import { cliLocale } from '../lang';
import { formatCheckstyle } from './checkstyle';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

const FORMATTERS: Record<LintFormat, (report: LintReport, ctx: FormatContext) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  gitlab: formatGitlab,
};

export function formatLint(format: LintFormat, report: LintReport, ctx: FormatContext): string {
  return FORMATTERS[format](report, ctx);
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

export function lintContext(command: LintCommand, io: CliIo, api: CheckerApi, about: About): FormatContext {
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
