import type { Exercise } from '../../../../../src/checker/grading/exercise';
import type { RunStep, ShellCommand } from '../../../../../src/checker/dockerfile/model';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const REPORTER = '/usr/local/bin/reporter';

function downloads(run: RunStep): boolean {
  return run.commands.some((c) => DOWNLOADERS.has(c.program));
}

function verifies(command: ShellCommand): boolean {
  if (['sha256sum', 'sha512sum'].includes(command.program)) return command.args.some((a) => a === '-c' || a === '--check');
  if (command.program === 'gpg') return command.args.includes('--verify');
  return command.program === 'cosign' && command.args[0]?.startsWith('verify') === true;
}

function disablesTls(command: ShellCommand): boolean {
  if (command.program === 'curl') return command.args.some((a) => a === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(a));
  return command.program === 'wget' && command.args.includes('--no-check-certificate');
}

export const exercise: Exercise = {
  id: 'build-secrets-and-supply-chain/pin-and-verify',
  lesson: 'build-secrets-and-supply-chain',
  title: 'Pin the base image and verify every download',
  task:
    'This image builds on `alpine:latest`, pipes an install script straight into `sh` with certificate checks off, and ' +
    'downloads a binary with `ADD` without checking it. Pin the base image, keep TLS verification on, install the ' +
    'metrics collector from a versioned script whose SHA-256 you check before running it, and give the `ADD` a `--checksum`.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['latest-or-untagged-base-image', 'curl-pipe-shell', 'tls-verification-disabled', 'add-remote-url', 'pipe-without-pipefail'],
  goals: [
    {
      id: 'pinned-base',
      title: 'Every base image is pinned',
      why: 'A moving tag lets someone else change what you ship, without a change on your side.',
      check(ctx) {
        for (const stage of ctx.image().stages) {
          const base = stage.base;
          if (base.kind !== 'image' || base.digest) continue;
          if (base.tag === null || base.tag === 'latest') {
            return { pass: false, message: `Pin \`${base.resolved}\` to a version, for example \`alpine:3.24\`, or to a digest.`, line: base.line };
          }
        }
        return { pass: true, message: 'Base images are pinned.' };
      },
    },
    {
      id: 'no-pipe-to-shell',
      title: 'No download is piped into a shell',
      why: 'A script piped into sh runs before anyone can check what was received.',
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const piped = run.commands.findIndex((c, i) => DOWNLOADERS.has(c.program) && c.next === '|' && SHELLS.has(run.commands[i + 1]?.program ?? ''));
          if (piped >= 0) return { pass: false, message: 'Save the script to a file, check its SHA-256, then run it.', line: run.commands[piped]?.line ?? run.line };
        }
        return { pass: true, message: 'Nothing is piped from the network into a shell.' };
      },
    },
    {
      id: 'tls-verified',
      title: 'TLS certificates are verified',
      why: 'Without certificate checks anyone on the network path can substitute the download.',
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const insecure = run.commands.find(disablesTls);
          if (insecure) return { pass: false, message: `Remove the option that turns off certificate checks from \`${insecure.program}\`.`, line: insecure.line };
        }
        return { pass: true, message: 'Certificate checks stay on.' };
      },
    },
    {
      id: 'downloads-verified',
      title: 'Every download is checked against a known hash',
      why: 'A pinned checksum fails the build if the file changes, instead of shipping whatever the server returned.',
      check(ctx) {
        const image = ctx.image();
        const unchecked = image.stages.flatMap((s) => s.adds)
          .find((a) => a.sources.some((src) => /^https?:\/\//i.test(src)) && !a.checksum);
        if (unchecked) return { pass: false, message: 'Add `--checksum=sha256:<hash>` to this ADD.', line: unchecked.line };
        const run = image.stages.flatMap((s) => s.runs).find((r) => downloads(r) && !r.commands.some(verifies));
        return run
          ? { pass: false, message: 'This RUN downloads a file without checking it; add a `sha256sum -c` step before using it.', line: run.line }
          : { pass: true, message: 'Every download is verified.' };
      },
    },
    {
      id: 'still-installs',
      title: 'The collector and the reporter are still installed',
      why: 'The image must keep doing its job: run the collector installer and ship the reporter binary.',
      check(ctx) {
        const image = ctx.image();
        const runs = image.stages.flatMap((s) => s.runs);
        if (!runs.some((r) => r.script.includes('get.example.com/collector/'))) {
          return { pass: false, message: 'Keep installing the collector from get.example.com/collector/.' };
        }
        const shipsReporter = image.final?.adds.some((a) => a.dest === REPORTER || (a.dest === '/usr/local/bin/' && a.sources.some((s) => s.endsWith('/reporter'))))
          || runs.some((r) => r.script.includes(REPORTER));
        return shipsReporter
          ? { pass: true, message: 'Collector and reporter are both installed.' }
          : { pass: false, message: `Keep putting the reporter at ${REPORTER}; the ENTRYPOINT runs it.` };
      },
    },
  ],
  hints: [
    'There are four separate problems: the base tag, the pipe into sh, a certificate option, and an unchecked ADD.',
    'Use `alpine:3.24`. Download the versioned installer `install-2.1.0.sh` to a file with `wget -qO`, then check it with `sha256sum -c` before `sh` runs it.',
    'For the binary, `ADD --checksum=sha256:<hash> URL DEST` makes the build fail if the file differs; the hash comes from the publisher\'s release notes.',
  ],
  demo: ['docker build -t reporter .', 'docker history reporter'],
};
