import type { CheckerApi } from './api';
import { parseArgs, type RulesCommand } from './args';
import { formatRuleDetail, formatRulesJson, formatRulesText } from './format/rules';
import { HELP } from './help';
import type { About, CliIo } from './io';
import { runExplain } from './explain-command';
import { runLint } from './lint';
import { EXIT_CLEAN, EXIT_ERROR } from './policy';
import { absolute } from './site-links';

function runRules(command: RulesCommand, io: CliIo, api: CheckerApi, about: About): number {
  if (command.ids.length === 0) {
    io.stdout(command.format === 'json' ? formatRulesJson(api.allRules()) : formatRulesText(api.allRules()));
    return EXIT_CLEAN;
  }
  const unknown = command.ids.filter((id) => !api.ruleById(id));
  if (unknown.length > 0) {
    io.stderr(`shipshape: no rule ${unknown.join(', ')}; shipshape rules lists them.\n`);
    return EXIT_ERROR;
  }
  const rules = command.ids.map((id) => api.ruleById(id)).filter((r) => r !== undefined);
  io.stdout(command.format === 'json'
    ? formatRulesJson(rules)
    : rules.map((r) => formatRuleDetail(r, absolute(`/rules/${r.id}/`, about.homepage))).join('\n'));
  return EXIT_CLEAN;
}

/**
 * Runs one `shipshape` invocation and returns its exit status; never exits the process itself.
 * The checker is loaded only for commands that need it.
 */
export async function runCli(argv: readonly string[], io: CliIo, loadApi: () => Promise<CheckerApi>, about: About): Promise<number> {
  const command = parseArgs(argv);
  switch (command.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${about.version}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`shipshape: ${command.message}\nRun shipshape --help for usage.\n`);
      return EXIT_ERROR;
    case 'rules':
      return runRules(command, io, await loadApi(), about);
    case 'lint':
      return runLint(command, io, await loadApi(), about);
    case 'explain':
      return runExplain(command, io, await loadApi());
  }
}
