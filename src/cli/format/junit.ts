import type { Finding } from '../../checker/core/types';
import { UNCONFIGURABLE_RULES } from '../config-base';
import type { FileReport, FormatContext, LintReport } from '../report';
import { attrs, xmlText } from './xml';
import { cliMessages, type CliMessages } from '../messages';

/** JUnit's timestamp: ISO 8601 to the second, without a time zone (the Ant schema's ISO8601_DATETIME_PATTERN). */
function timestamp(now: Date): string {
  return now.toISOString().slice(0, 19);
}

function testcase(file: FileReport, f: Finding, m: CliMessages): string {
  const element = UNCONFIGURABLE_RULES.has(f.ruleId) ? 'error' : 'failure';
  const body = `${file.path}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`;
  return `    <testcase${attrs([['name', m.junit.atLine(f.ruleId, f.line, f.column)], ['classname', file.path], ['time', '0']])}>\n`
    + `      <${element}${attrs([['message', f.message], ['type', f.ruleId]])}>${xmlText(body)}</${element}>\n`
    + '    </testcase>\n';
}

function suite(name: string, id: number, time: string, cases: string[], failures: number, errors: number): string {
  return `  <testsuite${attrs([
    ['name', name], ['package', name], ['id', id], ['timestamp', time], ['hostname', 'localhost'],
    ['tests', cases.length], ['failures', failures], ['errors', errors], ['time', '0'],
  ])}>\n    <properties/>\n${cases.join('')}    <system-out/>\n    <system-err/>\n  </testsuite>\n`;
}

/**
 * JUnit XML (the Apache Ant schema most CI systems read): a test suite per file, a failing test case
 * per finding, a passing one for a clean file, and errors for what could not be checked.
 */
export function formatJunit(report: LintReport, ctx: FormatContext): string {
  const m = cliMessages(ctx.locale);
  const time = timestamp(ctx.now);
  const suites = report.files.map((file, id) => {
    const cases = file.findings.map((f) => testcase(file, f, m));
    const errors = file.findings.filter((f) => UNCONFIGURABLE_RULES.has(f.ruleId)).length;
    if (cases.length === 0) cases.push(`    <testcase${attrs([['name', m.junit.clean], ['classname', file.path], ['time', '0']])}/>\n`);
    return suite(file.path, id, time, cases, file.findings.length - errors, errors);
  });
  const problems = report.notices.filter((n) => n.level !== 'note');
  if (problems.length > 0) {
    const cases = problems.map((n) => {
      const element = n.level === 'error' ? 'error' : 'skipped';
      const inner = element === 'error' ? attrs([['message', n.message], ['type', 'shipshape']]) : attrs([['message', n.message]]);
      return `    <testcase${attrs([['name', n.message], ['classname', n.path ?? 'shipshape'], ['time', '0']])}>\n      <${element}${inner}>${xmlText(n.message)}</${element}>\n    </testcase>\n`;
    });
    suites.push(suite('shipshape', suites.length, time, cases, 0, problems.filter((n) => n.level === 'error').length));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('')}</testsuites>\n`;
}
