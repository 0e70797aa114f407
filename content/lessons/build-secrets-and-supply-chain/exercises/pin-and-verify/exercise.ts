import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ShellCommand } from '../../../../../src/checker/dockerfile/model';
import { DOWNLOAD_MESSAGES, DOWNLOADERS, downloadProblem, downloadsIn, valuesBefore } from '../verified-download';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
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

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  ...DOWNLOAD_MESSAGES,
  untagged: '`{{image}}` has no tag, so it means :latest: the next build can start from different software without any change on your side.',
  majorTag: '`{{image}}` follows every {{tag}}.x release: the next build can start from different software without any change on your side.',
  movingTag: '`{{image}}` follows the moving `{{tag}}` tag: the next build can start from different software without any change on your side.',
  fixPin: 'Pin a release, for example `FROM alpine:3.24`, or a digest: `FROM alpine:3.24@sha256:…`.',
  pinned: 'Every base image is pinned to a release or a digest.',
  verified: 'No downloaded file is used before its hash is checked against a pinned SHA-256.',
  addUnchecked: 'This ADD fetches {{url}} without checking it, so the build ships whatever the server returns.',
  addBadChecksum: '`--checksum={{checksum}}` is not a digest BuildKit accepts: `sha256:` and 64 hexadecimal digits, so the build stops.',
  fixAddChecksum: "Add `--checksum=sha256:<hash>` to the ADD, with the hash from the publisher's release notes.",
  addsChecked: 'Every remote ADD has a valid --checksum.',
  noAdd: 'No ADD downloads anything.',
  piped: '{{program}} pipes the script straight into {{shell}}, which runs it while it arrives, before anyone can check it.',
  fixPiped: 'Save the script to a file (`wget -qO /tmp/install.sh URL`), check its SHA-256, then run it.',
  notPiped: 'Nothing is piped from the network into a shell.',
  insecure: '`{{program}}` is told not to check certificates, so anyone on the network path can hand it a different file.',
  fixInsecure: 'Remove `{{option}}`.',
  tlsOn: 'Certificate checks stay on.',
  noInstaller: 'No collector installer is downloaded.',
  versioned: '{{url}} names a release.',
  unversioned: '{{url}} has no version in it, so what it serves can change under the hash you pinned.',
  fixVersioned: 'Download `https://get.example.com/collector/install-2.1.0.sh` instead.',
  collectorMissing: 'Nothing downloads the collector installer from get.example.com/collector/ any more, so the collector is missing.',
  fixCollectorMissing: 'Keep downloading `https://get.example.com/collector/install-2.1.0.sh`.',
  collectorNotRun: 'The collector installer is downloaded but never run, so the collector is not installed.',
  fixCollectorNotRun: 'Run it with `sh` once its hash has been checked.',
  installed: 'Collector and reporter are both installed.',
  reporterMissing: 'Nothing puts the reporter at {{path}} any more, and the ENTRYPOINT runs it.',
  fixReporterMissing: 'Keep the `ADD` of the reporter binary to `/usr/local/bin/reporter`.',
} as const;

const say = sayFrom(MESSAGES);
const messages = MESSAGES;

function disablesTls(command: ShellCommand): boolean {
  if (command.program === 'curl') return command.args.some((a) => a === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(a));
  return command.program === 'wget' && command.args.includes('--no-check-certificate');
}

function pinnedBase(ctx: GoalContext): GoalResult {
  for (const stage of ctx.image().stages) {
    const base = stage.base;
    if (base.kind !== 'image' || base.digest) continue;
    if (base.tag === null || MOVING_TAGS.test(base.tag)) {
      const messageId = base.tag === null ? 'untagged' : /^\d+$/.test(base.tag) ? 'majorTag' : 'movingTag';
      return say.fail(messageId, { line: base.line, fix: 'fixPin', data: { image: base.resolved, tag: base.tag ?? '' } });
    }
  }
  return say.pass('pinned');
}

function runDownloadsVerified(ctx: GoalContext): GoalResult {
  const image = ctx.image();
  for (const stage of image.stages) {
    for (const run of stage.runs) {
      const values = valuesBefore(stage, image.globalArgs, run.line);
      for (const download of downloadsIn(run)) {
        const problem = downloadProblem(run, download, values);
        if (problem) return { pass: false, line: problem.line, messageId: problem.message.id, fixId: problem.fix.id, data: { ...problem.message.data, ...problem.fix.data } };
      }
    }
  }
  return say.pass('verified');
}

function addChecksum(ctx: GoalContext): GoalResult {
  const adds = ctx.image().stages.flatMap((s) => s.adds).filter((a) => a.sources.some((src) => /^https?:\/\//i.test(src)));
  for (const add of adds) {
    const url = add.sources.find((src) => /^https?:\/\//i.test(src)) ?? '';
    if (!add.checksum) return say.fail('addUnchecked', { line: add.line, fix: 'fixAddChecksum', data: { url } });
    if (!DIGEST.test(add.checksum.toLowerCase())) return say.fail('addBadChecksum', { line: add.line, fix: 'fixAddChecksum', data: { checksum: add.checksum } });
  }
  return say.pass(adds.length > 0 ? 'addsChecked' : 'noAdd');
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
      messages,
      rules: ['latest-or-untagged-base-image'],
      check: pinnedBase,
    },
    {
      id: 'no-pipe-to-shell',
      title: 'No download is piped into a shell',
      why: 'A script piped into sh runs before anyone can check what was received.',
      messages,
      rules: ['curl-pipe-shell'],
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const piped = run.commands.findIndex((c, i) => DOWNLOADERS.has(c.program) && c.next === '|' && SHELLS.has(run.commands[i + 1]?.program ?? ''));
          if (piped >= 0) {
            const program = run.commands[piped]?.program ?? '';
            return say.fail('piped', { fix: 'fixPiped', data: { program, shell: run.commands[piped + 1]?.program ?? 'sh' }, line: run.commands[piped]?.line ?? run.line });
          }
        }
        return say.pass('notPiped');
      },
    },
    {
      id: 'tls-verified',
      title: 'TLS certificates are verified',
      why: 'Without certificate checks anyone on the network path can substitute the download.',
      messages,
      rules: ['tls-verification-disabled'],
      check(ctx) {
        for (const run of ctx.image().stages.flatMap((s) => s.runs)) {
          const insecure = run.commands.find(disablesTls);
          if (insecure) {
            const option = insecure.program === 'curl' ? '-k' : '--no-check-certificate';
            return say.fail('insecure', { fix: 'fixInsecure', data: { program: insecure.program, option }, line: insecure.line });
          }
        }
        return say.pass('tlsOn');
      },
    },
    {
      id: 'script-verified',
      title: 'Each download is checked against a pinned SHA-256 before it is used',
      why: 'A pinned hash fails the build when the file changes; a check that runs late, or whose result is ignored, fails nothing.',
      messages,
      check: runDownloadsVerified,
    },
    {
      id: 'add-checksum',
      title: 'The downloaded binary has a valid --checksum',
      why: 'ADD --checksum makes BuildKit refuse a file whose digest differs from the one you pinned.',
      messages,
      rules: ['add-remote-url'],
      check: addChecksum,
    },
    {
      id: 'versioned-installer',
      title: 'The collector comes from a versioned installer',
      why: 'A URL without a version can serve a different script tomorrow; a versioned one is a release you reviewed and pinned.',
      messages,
      check(ctx) {
        const install = collectorInstall(ctx);
        if (!install) return say.pass('noInstaller');
        return VERSIONED.test(install.url.replace(/^https?:\/\/[^/]+/i, ''))
          ? say.pass('versioned', { url: install.url })
          : say.fail('unversioned', { line: install.line, fix: 'fixVersioned', data: { url: install.url } });
      },
    },
    {
      id: 'still-installs',
      title: 'The collector and the reporter are still installed',
      why: 'The image must keep doing its job: run the collector installer and ship the reporter binary.',
      messages,
      check(ctx) {
        const image = ctx.image();
        const install = collectorInstall(ctx);
        if (!install) return say.fail('collectorMissing', { fix: 'fixCollectorMissing' });
        if (!install.runs) return say.fail('collectorNotRun', { line: install.line, fix: 'fixCollectorNotRun' });
        const runs = image.stages.flatMap((s) => s.runs);
        const shipsReporter = image.final?.adds.some((a) => a.dest === REPORTER || (a.dest === '/usr/local/bin/' && a.sources.some((s) => s.endsWith('/reporter'))))
          || runs.some((r) => r.script.includes(REPORTER));
        return shipsReporter
          ? say.pass('installed')
          : say.fail('reporterMissing', { fix: 'fixReporterMissing', data: { path: REPORTER } });
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
