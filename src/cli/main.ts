import packageJson from '../../package.json' with { type: 'json' };
import { parseArgs, requestedLang } from './args';
import { cliLocale } from './lang';
import { cliMessages } from './messages';
import type { About } from './io';

const publishedSite = 'homepage' in packageJson && typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined;
const site = process.env['SHIPSHAPE_SITE'] ?? publishedSite;

const about: About = {
  version: packageJson.version,
  // Rule pages: a site named in SHIPSHAPE_SITE (a team's own copy), else the published one; with neither,
  // the CLI points at `shipshape rules RULE-ID`, which works offline, rather than at an address that may not answer.
  ...(site ? { homepage: site } : {}),
};

// A reader that closes the pipe early (`shipshape lint ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const messages = cliMessages(cliLocale(requestedLang(argv), process.env));
const quick = parseArgs(argv, messages);
if (quick.command === 'version') {
  process.stdout.write(`${about.version}\n`);
} else if (quick.command === 'help') {
  process.stdout.write(messages.help);
} else {
  // Everything else loads the CLI, and the checker only when the command needs it.
  const [{ runCli }, { nodeIo }, { checkerLoaders }] = await Promise.all([import('./cli'), import('./node-io'), import('./loaders')]);
  process.exitCode = await runCli(argv, nodeIo(), checkerLoaders, about);
}
