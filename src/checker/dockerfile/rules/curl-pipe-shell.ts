import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allRuns, commandsOf, placeInRun, programSpan } from './helpers';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node']);

const SUBSTITUTED_DOWNLOAD = /(\$\(|`)\s*(curl|wget)\b/;

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
    messages: {
      runsDownload: '{{program}} runs the output of a download, so the build runs unverified code. Save it to a file, check its sha256, then run it.',
      pipesDownload: '{{downloader}} pipes a download straight into {{interpreter}}, so the build runs unverified code. Save it to a file, check its sha256, then run it.',
    },
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
        if (!command) continue;
        // sh -c "$(curl -fsSL https://x/install.sh)" and eval "$(wget -qO- ...)" run the download too.
        const handed = (INTERPRETERS.has(command.program) || command.program === 'eval') && command.args.some((a) => SUBSTITUTED_DOWNLOAD.test(a));
        if (handed) {
          hits.push({ ...placeInRun(run, command, programSpan(command)), messageId: 'runsDownload', data: { program: command.program } });
          continue;
        }
        if (!DOWNLOADERS.has(command.program)) continue;
        // Follow the pipeline: curl ... | tee x | sh still runs the download.
        for (let j = i; j < commands.length && commands[j]?.next === '|'; j++) {
          const next = commands[j + 1];
          if (next && INTERPRETERS.has(next.program)) {
            const from = programSpan(command);
            const to = programSpan(next);
            const span = from && to ? { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn } : null;
            hits.push({ ...placeInRun(run, command, span), messageId: 'pipesDownload', data: { downloader: command.program, interpreter: next.program } });
            break;
          }
        }
      }
    }
    return hits;
  },
};
