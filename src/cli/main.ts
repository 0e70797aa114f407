import { readFileSync } from 'node:fs';
import packageJson from '../../package.json' with { type: 'json' };
import { allRules, detectKind, lintText, ruleById } from '../checker/index';
import { runCli } from './cli';
import type { About, CliIo } from './io';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
};

const publishedSite = 'homepage' in packageJson && typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined;

const about: About = {
  version: packageJson.version,
  // The rule pages: a site named in SHIPSHAPE_SITE, else the published one, else the copy `npm start` serves.
  homepage: process.env.SHIPSHAPE_SITE ?? publishedSite ?? 'http://localhost:4321/',
};

// A reader that closes the pipe early (`shipshape lint ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), io, { allRules, detectKind, lintText, ruleById }, about);
