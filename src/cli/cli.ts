import type { CheckerApi } from './api';
import { parseArgs, requestedLang, type RulesCommand } from './args';
import { formatRuleDetail, formatRulesJson, formatRulesText } from './format/rules';
import type { About, CliIo } from './io';
import { runExplain } from './explain-command';
import { cliLocale } from './lang';
import { runLint } from './lint';
import { cliMessages } from './messages';
import { EXIT_CLEAN, EXIT_ERROR } from './policy';
import { absolute } from './site-links';

function runRules(command: RulesCommand, io: CliIo, api: CheckerApi, about: About): number {
  const locale = cliLocale(command.lang, io.env);
  const m = cliMessages(locale);
  if (command.ids.length === 0) {
    io.stdout(command.format === 'json' ? formatRulesJson(api.allRules(), locale) : formatRulesText(api.allRules(), locale));
    return EXIT_CLEAN;
  }
  const unknown = command.ids.filter((id) => !api.ruleById(id));
  if (unknown.length > 0) {
    io.stderr(`shipshape: ${m.notice.noRule(unknown)}\n`);
    return EXIT_ERROR;
  }
  const rules = command.ids.map((id) => api.ruleById(id)).filter((r) => r !== undefined);
  io.stdout(command.format === 'json'
    ? formatRulesJson(rules, locale)
    : rules.map((r) => formatRuleDetail(r, absolute(`/rules/${r.id}/`, about.homepage), locale)).join('\n'));
  return EXIT_CLEAN;
}

/**
 * Runs one `shipshape` invocation and returns its exit status; never exits the process itself.
 * The checker is loaded only for commands that need it. Its own words are in the language of
 * --lang or the locale environment, usage errors included.
 */
export async function runCli(argv: readonly string[], io: CliIo, loadApi: () => Promise<CheckerApi>, about: About): Promise<number> {
  const m = cliMessages(cliLocale(requestedLang(argv), io.env));
  const command = parseArgs(argv, m);
  switch (command.command) {
    case 'help':
      io.stdout(m.help);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${about.version}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`shipshape: ${command.message}\n${m.usage.runHelp}\n`);
      return EXIT_ERROR;
    case 'rules':
      return runRules(command, io, await loadApi(), about);
    case 'lint':
      return runLint(command, io, await loadApi(), about);
    case 'explain':
      return runExplain(command, io, await loadApi());
  }
}
