import type { CheckerLoaders } from './api';
import { parseArgs, requestedLang } from './args';
import type { About, CliIo } from './io';
import { cliLocale } from './lang';
import { runLint } from './lint';
import { cliMessages } from './messages';
import { EXIT_CLEAN, EXIT_ERROR } from './policy';

/**
 * Runs one `shipshape` invocation and returns its exit status; never exits the process itself.
 * The checker is loaded only for commands that need it. Its own words are in the language of
 * --lang or the locale environment, usage errors included.
 */
export async function runCli(argv: readonly string[], io: CliIo, checker: CheckerLoaders, about: About): Promise<number> {
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
      return (await import('./rules-command')).runRules(command, io, await checker.all(), about);
    case 'lint':
      return runLint(command, io, checker, about);
    case 'explain':
      return (await import('./explain-command')).runExplain(command, io, await checker.all());
  }
}
