import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ShellCommand } from '../../../../../src/checker/dockerfile/model';
import { DOWNLOADERS, downloadProblem, downloadsIn, valuesBefore } from '../verified-download';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const REPORTER = '/usr/local/bin/reporter';
const COLLECTOR = /get\.example\.com\/collector\//;
/** Tags that are moved on purpose: they name a channel, not a release. */
const MOVING_TAGS = /^(latest|edge|stable|current|lts|nightly|rolling|mainline|\d+)$/;
/** `ADD --checksum` takes a digest: the algorithm, a colon and its hexadecimal value. */
const DIGEST = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;
const VERSIONED = /\d+\.\d+(?:\.\d+)?/;

function disablesTls(command: ShellCommand): boolean {
  if (command.program === 'curl') return command.args.some((a) => a === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(a));
  return command.program === 'wget' && command.args.includes('--no-check-certificate');
}

function pinnedBase(ctx: GoalContext): GoalResult {
  for (const stage of ctx.image().stages) {
    const base = stage.base;
    if (base.kind !== 'image' || base.digest) continue;
    if (base.tag === null || MOVING_TAGS.test(base.tag)) {
      const what = base.tag === null ? 'has no tag, so it means :latest' : /^\d+$/.test(base.tag) ? `follows every ${base.tag}.x release` : `follows the moving \`${base.tag}\` tag`;
      return {
        pass: false,
        line: base.line,
        message: `\`${base.resolved}\` ${what}: the next build can start from different software without any change on your side.`,
        fix: 'Pin a release, for example `FROM alpine:3.24`, or a digest: `FROM alpine:3.24@sha256:…`.',
      };
    }
  }
  return { pass: true, message: 'Every base image is pinned to a release or a digest.' };
}

function runDownloadsVerified(ctx: GoalContext): GoalResult {
  const image = ctx.image();
  for (const stage of image.stages) {
    for (const run of stage.runs) {
      const values = valuesBefore(stage, image.globalArgs, run.line);
      for (const download of downloadsIn(run)) {
        const problem = downloadProblem(run, download, values);
        if (problem) return { pass: false, line: problem.line, message: problem.message, fix: problem.fix };
      }
    }
  }
  return { pass: true, message: 'No downloaded file is used before its hash is checked against a pinned SHA-256.' };
}

function addChecksum(ctx: GoalContext): GoalResult {
  const adds = ctx.image().stages.flatMap((s) => s.adds).filter((a) => a.sources.some((src) => /^https?:\/\//i.test(src)));
  for (const add of adds) {
    const url = add.sources.find((src) => /^https?:\/\//i.test(src)) ?? '';
    const fix = 'Add `--checksum=sha256:<hash>` to the ADD, with the hash from the publisher\'s release notes.';
    if (!add.checksum) return { pass: false, line: add.line, message: `This ADD fetches ${url} without checking it, so the build ships whatever the server returns.`, fix };
    if (!DIGEST.test(add.checksum.toLowerCase())) {
      return { pass: false, line: add.line, message: `\`--checksum=${add.checksum}\` is not a digest BuildKit accepts: \`sha256:\` and 64 hexadecimal digits, so the build stops.`, fix };
    }
  }
  return { pass: true, message: adds.length > 0 ? 'Every remote ADD has a valid --checksum.' : 'No ADD downloads anything.' };
}

/** The collector installer: downloaded from get.example.com/collector/ and run, or piped into a shell. */
function collectorInstall(ctx: GoalContext): { url: string; line: number; runs: boolean } | null {
  for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
    for (const download of downloadsIn(run)) {
      if (!COLLECTOR.test(download.url)) continue;
      const next = run.commands[download.index + 1];
      const piped = download.file === null && download.command.next === '|' && SHELLS.has(next?.program ?? '');
      const file = download.file;
      const executed = file !== null && run.commands.some((c, i) => i > download.index && (
        (SHELLS.has(c.program) && c.args.some((a) => a.replace(/^\.\//, '') === file.replace(/^\.\//, ''))) || c.words[0] === file));
      return { url: download.url, line: download.command.line, runs: piped || executed };
    }
  }
  return null;
}

export const exercise: Exercise = {
  id: 'build-secrets-and-supply-chain/pin-and-verify',
  lesson: 'build-secrets-and-supply-chain',
  title: 'Pin the base image and verify every download',
  task:
    'This image builds on `alpine:latest`, pipes an install script straight into `sh` with certificate checks off, and ' +
    'downloads a binary with `ADD` without checking it. Pin the base image, keep TLS verification on, install the ' +
    'metrics collector from the versioned script `install-2.1.0.sh`, saved to a file whose SHA-256 you check before ' +
    'running it, and give the `ADD` a `--checksum`.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['latest-or-untagged-base-image', 'curl-pipe-shell', 'tls-verification-disabled', 'add-remote-url', 'runs-as-root', 'secrets-in-env-or-arg'],
  goals: [
    {
      id: 'pinned-base',
      title: 'Every base image is pinned',
      why: 'A moving tag lets someone else change what you ship, without a change on your side.',
      rules: ['latest-or-untagged-base-image'],
      check: pinnedBase,
    },
    {
      id: 'no-pipe-to-shell',
      title: 'No download is piped into a shell',
      why: 'A script piped into sh runs before anyone can check what was received.',
      rules: ['curl-pipe-shell'],
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const piped = run.commands.findIndex((c, i) => DOWNLOADERS.has(c.program) && c.next === '|' && SHELLS.has(run.commands[i + 1]?.program ?? ''));
          if (piped >= 0) {
            return {
              pass: false,
              message: `${run.commands[piped]?.program ?? 'The download'} pipes the script straight into ${run.commands[piped + 1]?.program ?? 'sh'}, which runs it while it arrives, before anyone can check it.`,
              fix: 'Save the script to a file (`wget -qO /tmp/install.sh URL`), check its SHA-256, then run it.',
              line: run.commands[piped]?.line ?? run.line,
            };
          }
        }
        return { pass: true, message: 'Nothing is piped from the network into a shell.' };
      },
    },
    {
      id: 'tls-verified',
      title: 'TLS certificates are verified',
      why: 'Without certificate checks anyone on the network path can substitute the download.',
      rules: ['tls-verification-disabled'],
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const insecure = run.commands.find(disablesTls);
          if (insecure) {
            return {
              pass: false,
              message: `\`${insecure.program}\` is told not to check certificates, so anyone on the network path can hand it a different file.`,
              fix: `Remove \`${insecure.program === 'curl' ? '-k' : '--no-check-certificate'}\`.`,
              line: insecure.line,
            };
          }
        }
        return { pass: true, message: 'Certificate checks stay on.' };
      },
    },
    {
      id: 'script-verified',
      title: 'Each download is checked against a pinned SHA-256 before it is used',
      why: 'A pinned hash fails the build when the file changes; a check that runs late, or whose result is ignored, fails nothing.',
      check: runDownloadsVerified,
    },
    {
      id: 'add-checksum',
      title: 'The downloaded binary has a valid --checksum',
      why: 'ADD --checksum makes BuildKit refuse a file whose digest differs from the one you pinned.',
      rules: ['add-remote-url'],
      check: addChecksum,
    },
    {
      id: 'versioned-installer',
      title: 'The collector comes from a versioned installer',
      why: 'A URL without a version can serve a different script tomorrow; a versioned one is a release you reviewed and pinned.',
      check(ctx) {
        const install = collectorInstall(ctx);
        if (!install) return { pass: true, message: 'No collector installer is downloaded.' };
        return VERSIONED.test(install.url.replace(/^https?:\/\/[^/]+/i, ''))
          ? { pass: true, message: `${install.url} names a release.` }
          : { pass: false, line: install.line, message: `${install.url} has no version in it, so what it serves can change under the hash you pinned.`, fix: 'Download `https://get.example.com/collector/install-2.1.0.sh` instead.' };
      },
    },
    {
      id: 'still-installs',
      title: 'The collector and the reporter are still installed',
      why: 'The image must keep doing its job: run the collector installer and ship the reporter binary.',
      check(ctx) {
        const image = ctx.image();
        const install = collectorInstall(ctx);
        if (!install) return { pass: false, message: 'Nothing downloads the collector installer from get.example.com/collector/ any more, so the collector is missing.', fix: 'Keep downloading `https://get.example.com/collector/install-2.1.0.sh`.' };
        if (!install.runs) return { pass: false, line: install.line, message: 'The collector installer is downloaded but never run, so the collector is not installed.', fix: 'Run it with `sh` once its hash has been checked.' };
        const runs = image.stages.flatMap((s) => s.runs);
        const shipsReporter = image.final?.adds.some((a) => a.dest === REPORTER || (a.dest === '/usr/local/bin/' && a.sources.some((s) => s.endsWith('/reporter'))))
          || runs.some((r) => r.script.includes(REPORTER));
        return shipsReporter
          ? { pass: true, message: 'Collector and reporter are both installed.' }
          : { pass: false, message: `Nothing puts the reporter at ${REPORTER} any more, and the ENTRYPOINT runs it.`, fix: 'Keep the `ADD` of the reporter binary to `/usr/local/bin/reporter`.' };
      },
    },
  ],
  run: {
    title: 'The image builds and the reporter starts',
    why: 'This is what the terminal does with your Dockerfile; a build or start that fails there fails here.',
    passed: 'docker build succeeds and the reporter starts as UID 10001.',
    steps: [
      { command: 'docker build -t reporter .' },
      { command: 'docker run --rm reporter' },
    ],
  },
  hints: [
    'There are four separate problems: the base tag, the pipe into sh, a certificate option, and an unchecked ADD.',
    'Use `alpine:3.24`. Download the versioned installer `install-2.1.0.sh` to a file with `wget -qO`, then check it with `sha256sum -c` before `sh` runs it, joining every step with `&&`.',
    'For the binary, `ADD --checksum=sha256:<hash> URL DEST` makes the build fail if the file differs; the hash comes from the publisher\'s release notes.',
  ],
  demo: ['docker build -t reporter .', 'docker history reporter'],
};
