import { resolve } from 'node:path';
import type { ExplainInput } from '../checker/explain/explain';
import type { CheckerApi } from './api';
import type { ExplainCommand } from './args';
import { formatExplainText } from './format/explain-text';
import type { CliIo } from './io';
import { activeProfiles } from './lint';
import { EXIT_CLEAN, EXIT_ERROR } from './policy';
import { decode, readInputFile, tooLarge } from './read-input';
import { displayPath } from './targets';
import { MAX_INPUT_BYTES } from '../checker/registry/input-guard';
import { terminalSafe } from './terminal-safe';
import { cliLocale } from './lang';
import { findingLocalizer } from './localizer';
import { cliMessages } from './messages';

export async function runExplain(command: ExplainCommand, io: CliIo, api: CheckerApi): Promise<number> {
  const locale = cliLocale(command.lang, io.env);
  const m = cliMessages(locale);
  let version;
  if (command.kubernetesVersion !== undefined) {
    const parsed = api.parseVersion(command.kubernetesVersion);
    if (!parsed) {
      io.stderr(`shipshape: ${m.usage.kubernetesVersion(command.kubernetesVersion)}\n${m.usage.runHelp}\n`);
      return EXIT_ERROR;
    }
    if (parsed.clamped) io.stderr(`shipshape: ${m.notice.note}: ${m.notice.kubernetesClamped(api.newestKubernetes, command.kubernetesVersion)}\n`);
    version = parsed.version;
  }
  const inputs: ExplainInput[] = [];
  let failed = false;
  const shown = (given: string): string => displayPath(io.cwd, resolve(io.cwd, given));
  const read = async (given: string, kind: ExplainInput['kind'] | undefined): Promise<void> => {
    if (given === '-') {
      const stdin = await io.readStdin(MAX_INPUT_BYTES);
      if (stdin.truncated) {
        io.stderr(`shipshape: ${tooLarge(m.read.standardInput, null, m).message}\n`);
        failed = true;
        return;
      }
      inputs.push({ path: '<stdin>', text: decode(stdin.bytes), ...(kind ? { kind } : {}) });
      return;
    }
    const outcome = readInputFile(io.fs, resolve(io.cwd, given), given, m);
    if ('problem' in outcome) {
      io.stderr(`shipshape: ${terminalSafe(outcome.problem.message)}\n`);
      failed = true;
      return;
    }
    inputs.push({ path: shown(given), text: outcome.text, ...(kind ? { kind } : {}) });
  };
  for (const file of command.composeFiles) await read(file, 'compose');
  for (const file of command.files) await read(file, command.kind);
  const result = api.explain(inputs, {
    ...(version ? { kubernetesVersion: version } : {}),
    profiles: activeProfiles(command, io.env),
    composeFiles: command.composeFiles.map(shown),
    readFile: (path) => {
      const outcome = readInputFile(io.fs, resolve(io.cwd, path), path, m);
      return 'problem' in outcome ? null : outcome.text;
    },
  });
  // The JSON keeps its English sentences and message ids; the findings' messages are in the language, as lint's are.
  const localize = await findingLocalizer(locale, (id) => api.ruleById(id));
  const localized = { ...result, files: result.files.map((f) => ({ ...f, findings: f.findings.map(localize) })) };
  io.stdout(command.format === 'json' ? `${JSON.stringify(localized, null, 2)}\n` : formatExplainText(localized, locale));
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}
