import type { CheckerApi } from './api';
import type { RulesCommand } from './args';
import { formatRuleDetail, formatRulesJson, formatRulesText } from './format/rules';
import type { About, CliIo } from './io';
import { cliLocale } from './lang';
import { cliMessages } from './messages';
import { EXIT_CLEAN, EXIT_ERROR } from './policy';
import { absolute } from './site-links';

/** `shipshape rules [RULE-ID...]`: the catalogue, or the named rules in full. */
export function runRules(command: RulesCommand, io: CliIo, api: CheckerApi, about: About): number {
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
