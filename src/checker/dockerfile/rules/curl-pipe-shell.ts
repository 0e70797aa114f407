import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allRuns, commandsOf, placeInRun, programSpan } from './helpers';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node']);

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'curl-pipe-shell',
    title: 'Downloaded script piped straight into a shell',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'The build runs whatever the server sends, as root, with no record of what it was; a compromised or changed script lands in the image unnoticed.',
    fix: 'Download to a file, verify its checksum or signature, then run it: curl -fsSLo install.sh <url> && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh.',
    refs: { semgrep: ['bash.curl.security.curl-pipe-bash'] },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { run } of allRuns(model)) {
      const commands = commandsOf(run);
      for (let i = 0; i < commands.length; i++) {
        const command = commands[i];
        if (!command || !DOWNLOADERS.has(command.program)) continue;
        // Follow the pipeline: curl ... | tee x | sh still runs the download.
        for (let j = i; j < commands.length && commands[j]?.next === '|'; j++) {
          const next = commands[j + 1];
          if (next && INTERPRETERS.has(next.program)) {
            const from = programSpan(command);
            const to = programSpan(next);
            const span = from && to ? { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn } : null;
            hits.push({ ...placeInRun(run, command, span), message: `${command.program} pipes a download straight into ${next.program}, so the build runs unverified code. Save it to a file, check its sha256, then run it.` });
            break;
          }
        }
      }
    }
    return hits;
  },
};
