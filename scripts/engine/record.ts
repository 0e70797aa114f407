/**
 * Records what a real Docker engine does with the scenarios in tests/engine/scenarios, so the
 * simulator and the Dockerfile model can be held to it without Docker (tests/engine/*.test.ts).
 *
 * Usage: npm run record:engine   (as root, on a machine with Debian's docker.io and busybox-static,
 * with a daemon started without a bridge: see README "How fidelity is checked").
 * `npm run record:engine -- user-spelling ownership` re-records only those scenario files;
 * `--keep` leaves the stand-ins in the engine afterwards, to try commands against them by hand.
 * Nothing is ever pulled: every image is a local stand-in built here, `docker run` and `docker
 * create` get `--pull never`, and builds use the legacy builder (DOCKER_BUILDKIT=0).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseShell } from 'shell-quote';
import { contextMode } from '../../src/sim/build-steps';
import {
  loadScenarios, loadStandIns, TRANSCRIPT_DIR, type EngineInfo, type Probe, type RecordedScenario, type RecordedStep, type Scenario, type Transcript,
} from './data';
import { DOCKER, docker, lines } from './docker';
import { normaliseOutput, type Surroundings } from './normalise';
import type { BusyBox } from './rootfs';
import { importStandIns } from './standins';

/** The learner of the simulated lab host owns the files in its home; the context gets the same owner. */
const LEARNER = { uid: 1000, gid: 1000 };
const STEP_TIMEOUT_MS = 120_000;
/** BusyBox runs the applet named like the file it is started as. */
const PROBE_MOUNT = '/.engine-probe/id';

function fail(message: string): never {
  console.error(`record:engine: ${message}`);
  process.exit(1);
}

function busyboxOnHost(): { path: string; busybox: BusyBox; version: string } {
  const which = spawnSync('/bin/sh', ['-c', 'command -v busybox'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (!found) fail('busybox is not installed: apt-get install -y busybox-static');
  const path = realpathSync(found);
  const list = spawnSync(path, ['--list-full'], { encoding: 'utf8' });
  const banner = spawnSync(path, [], { encoding: 'utf8' });
  const version = /BusyBox v([\w.+~:-]+)/.exec(banner.stdout + banner.stderr)?.[1] ?? 'unknown';
  const file = spawnSync('/bin/sh', ['-c', `file -b "${path}" 2>/dev/null || true`], { encoding: 'utf8' }).stdout;
  if (file && !/statically linked/.test(file)) fail(`${path} is not statically linked: install busybox-static, not busybox`);
  const binary = spawnSync('/bin/cat', [path], { maxBuffer: 64 * 1024 * 1024 }).stdout;
  return { path, busybox: { binary, applets: lines(list.stdout) }, version };
}

function engineInfo(busyboxVersion: string): EngineInfo {
  const version = JSON.parse(docker(['version', '--format', '{{json .}}']).stdout) as {
    Client?: { Version?: string };
    Server?: { Version?: string; Components?: { Name: string; Version: string }[] };
  };
  const info = JSON.parse(docker(['info', '--format', '{{json .}}']).stdout) as { Driver?: string; CgroupVersion?: string; KernelVersion?: string };
  const component = (name: string): string => version.Server?.Components?.find((c) => c.Name.toLowerCase() === name)?.Version ?? 'unknown';
  return {
    server: version.Server?.Version ?? 'unknown',
    client: version.Client?.Version ?? 'unknown',
    containerd: component('containerd'),
    runc: component('runc'),
    storageDriver: info.Driver ?? 'unknown',
    cgroupVersion: info.CgroupVersion ?? 'unknown',
    kernel: info.KernelVersion ?? 'unknown',
    busybox: busyboxVersion,
    builder: 'legacy (DOCKER_BUILDKIT=0)',
    recorded: new Date().toISOString().slice(0, 10),
  };
}

/** The lab's rule: no bridge, so no container ever has a network address. */
function checkDaemon(): void {
  const networks = docker(['network', 'ls', '--format', '{{.Driver}}'], { allowFailure: true });
  if (networks.status !== 0) fail(`cannot reach the Docker daemon through ${DOCKER}: ${networks.stderr.trim()}`);
  const bridge = docker(['network', 'inspect', 'bridge', '--format', '{{.Driver}}'], { allowFailure: true });
  if (bridge.status === 0) fail('the daemon has a bridge network; start it with --bridge=none --iptables=false --ip-masq=false');
}

/** `-t NAME` / `--tag NAME` of every `docker build` in a step. */
function buildTags(step: string): string[] {
  const words = parseShell(step).filter((t): t is string => typeof t === 'string');
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'docker') continue;
    const verb = words[i + 1] === 'image' || words[i + 1] === 'buildx' ? words[i + 2] : words[i + 1];
    if (verb !== 'build') continue;
    for (let j = i + 1; j < words.length && words[j] !== 'docker'; j++) {
      const w = words[j] ?? '';
      if (w === '-t' || w === '--tag') tags.push(words[j + 1] ?? '');
      else if (w.startsWith('--tag=')) tags.push(w.slice(6));
      else if (/^-t./.test(w)) tags.push(w.slice(2));
    }
  }
  return tags.filter(Boolean);
}

/** Names and tags the scenarios create, which the recorder removes before it starts. */
function scenarioNames(scenarios: Scenario[]): { tags: string[]; containers: string[] } {
  const tags = new Set<string>();
  const containers = new Set<string>();
  for (const s of scenarios) {
    for (const step of s.steps) {
      for (const tag of buildTags(step)) tags.add(tag);
      for (const m of step.matchAll(/--name[= ](\S+)/g)) if (m[1]) containers.add(m[1]);
    }
  }
  return { tags: [...tags], containers: [...containers] };
}

interface Snapshot {
  containers: Set<string>;
  images: Set<string>;
  volumes: Set<string>;
}

function snapshot(): Snapshot {
  return {
    containers: new Set(lines(docker(['ps', '-aq', '--no-trunc']).stdout)),
    images: new Set(lines(docker(['images', '-aq', '--no-trunc']).stdout)),
    volumes: new Set(lines(docker(['volume', 'ls', '-q']).stdout)),
  };
}

/** Removes what appeared since `before`: the scenario's containers, images and volumes. */
function removeNew(before: Snapshot): void {
  const now = snapshot();
  const containers = [...now.containers].filter((c) => !before.containers.has(c));
  if (containers.length) docker(['rm', '-f', '-v', ...containers], { allowFailure: true });
  let images = [...now.images].filter((i) => !before.images.has(i));
  for (let pass = 0; pass < 5 && images.length > 0; pass++) {
    docker(['rmi', '-f', ...images], { allowFailure: true });
    images = lines(docker(['images', '-aq', '--no-trunc']).stdout).filter((i) => !before.images.has(i));
  }
  const volumes = [...now.volumes].filter((v) => !before.volumes.has(v));
  if (volumes.length) docker(['volume', 'rm', '-f', ...volumes], { allowFailure: true });
}

/** Removes the stand-ins, the scenarios' images and their containers, left by an earlier run. */
function cleanState(standInTags: string[], names: { tags: string[]; containers: string[] }): void {
  for (const name of names.containers) docker(['rm', '-f', '-v', name], { allowFailure: true });
  for (const tag of [...standInTags, ...names.tags]) {
    const users = lines(docker(['ps', '-aq', '--no-trunc', '--filter', `ancestor=${tag}`], { allowFailure: true }).stdout);
    if (users.length) docker(['rm', '-f', '-v', ...users], { allowFailure: true });
  }
  for (const tag of [...standInTags, ...names.tags]) docker(['rmi', '-f', tag], { allowFailure: true });
}

/** A `docker` first on the steps' PATH that adds --pull never to run and create, so nothing is ever pulled. */
function writeClientWrapper(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const script = `#!/bin/sh
case "$1" in
  run|create) verb=$1; shift; exec ${DOCKER} "$verb" --pull never "$@" ;;
  container) case "$2" in run|create) verb=$2; shift 2; exec ${DOCKER} container "$verb" --pull never "$@" ;; esac ;;
esac
exec ${DOCKER} "$@"
`;
  writeFileSync(join(dir, 'docker'), script, { mode: 0o755 });
}

function writeContext(dir: string, files: Record<string, string>): Record<string, string> {
  mkdirSync(dir, { recursive: true, mode: 0o750 });
  chownSync(dir, LEARNER.uid, LEARNER.gid);
  chmodSync(dir, 0o750);
  const modes: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    if (name.startsWith('/') || name.split('/').includes('..')) fail(`context file "${name}" must be a relative path inside the context`);
    const path = join(dir, name);
    for (let parent = dirname(path); parent.length > dir.length; parent = dirname(parent)) {
      mkdirSync(parent, { recursive: true, mode: 0o755 });
      chownSync(parent, LEARNER.uid, LEARNER.gid);
    }
    const mode = contextMode(name, content);
    writeFileSync(path, content);
    chmodSync(path, mode);
    chownSync(path, LEARNER.uid, LEARNER.gid);
    modes[name] = mode.toString(8).padStart(4, '0');
  }
  return modes;
}

function runStep(step: string, cwd: string, env: NodeJS.ProcessEnv): { output: string; exit: number } {
  const run = spawnSync('/bin/sh', ['-c', `exec 2>&1\n${step}`], { cwd, env, timeout: STEP_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) fail(`step "${step}" could not run: ${run.error.message}`);
  return { output: run.stdout.toString(), exit: run.status ?? 128 + 9 };
}

/** Who a built image runs as: its Config.User, and `id` run as that user with a static BusyBox mounted in. */
function probe(tag: string, busyboxPath: string, where: Surroundings): Probe {
  const configUser = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config.User}}', tag]).stdout) as string;
  const run = docker(['run', '--rm', '--pull', 'never', '--network', 'none', '--entrypoint', PROBE_MOUNT, '-v', `${busyboxPath}:${PROBE_MOUNT}:ro`, tag], { allowFailure: true });
  return { configUser, id: normaliseOutput('id', run.stdout + run.stderr, where).trim(), exit: run.status };
}

/** Runs one scenario and removes what it left behind, back to `before` (the engine with only the stand-ins). */
function recordScenario(scenario: Scenario, before: Snapshot, root: string, env: NodeJS.ProcessEnv, busyboxPath: string, host: string): RecordedScenario {
  const context = mkdtempSync(join(root, 'home-'));
  const modes = writeContext(context, scenario.files);
  const where: Surroundings = { home: context, hosts: [host] };
  const steps: RecordedStep[] = [];
  try {
    for (const command of scenario.steps) {
      const { output, exit } = runStep(command, context, { ...env, HOME: context });
      const step: RecordedStep = { command, exit, output: normaliseOutput(command, output, where) };
      const tag = exit === 0 ? buildTags(command).at(-1) : undefined;
      if (tag) step.probe = probe(tag, busyboxPath, where);
      steps.push(step);
    }
  } finally {
    removeNew(before);
    rmSync(context, { recursive: true, force: true });
  }
  return { id: scenario.id, modes, steps };
}

/** Fails when a scenario replaced or removed a stand-in (one `docker images` call, not one per tag). */
function checkStandIns(ids: Map<string, string>): void {
  const now = new Map(lines(docker(['images', '--no-trunc', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}']).stdout).map((l) => {
    const [ref = '', id = ''] = l.split(' ');
    return [ref, id] as const;
  }));
  for (const [tag, id] of ids) {
    const ref = /:[^/]+$/.test(tag) ? tag : `${tag}:latest`;
    if (now.get(ref) !== id) fail(`a scenario replaced or removed the stand-in ${tag}; scenarios must not build or tag stand-in names`);
  }
}

function main(): void {
  if (process.getuid?.() !== 0) fail('run as root: the build context is given to uid 1000, like the simulated learner\'s home');
  const { path: busyboxPath, busybox, version } = busyboxOnHost();
  checkDaemon();
  const standIns = loadStandIns();
  const everything = loadScenarios();
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const only = args.filter((a) => !a.startsWith('--'));
  const unknown = only.find((name) => !everything.some((f) => f.name === name));
  if (unknown) fail(`no scenario file tests/engine/scenarios/${unknown}.yaml`);
  const files = only.length ? everything.filter((f) => only.includes(f.name)) : everything;
  const all = everything.flatMap((f) => f.scenarios);
  const names = scenarioNames(all);
  const standInTags = standIns.images.flatMap((i) => i.tags);
  const clash = names.tags.find((t) => standInTags.includes(t) || standInTags.includes(`${t}:latest`));
  if (clash) fail(`a scenario builds ${clash}, which is a stand-in's name`);

  cleanState(standInTags, names);
  const ids = importStandIns(standIns, busybox);
  const root = mkdtempSync(join(tmpdir(), 'shipshape-engine-'));
  const bin = join(root, 'bin');
  writeClientWrapper(bin);
  const config = join(root, 'docker-config');
  mkdirSync(config);
  const env: NodeJS.ProcessEnv = {
    PATH: `${bin}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    DOCKER_BUILDKIT: '0',
    DOCKER_CONFIG: config,
    LANG: 'C.UTF-8',
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
  };
  const host = hostname();
  const baseline = snapshot();
  try {
    mkdirSync(TRANSCRIPT_DIR, { recursive: true });
    for (const file of files) {
      const transcript: Transcript = { scenarios: [] };
      for (const scenario of file.scenarios) {
        process.stdout.write(`${file.name}/${scenario.id}\n`);
        transcript.scenarios.push(recordScenario(scenario, baseline, root, env, busyboxPath, host));
        checkStandIns(ids);
      }
      writeFileSync(join(TRANSCRIPT_DIR, `${file.name}.json`), `${JSON.stringify(transcript, null, 2)}\n`);
    }
    writeFileSync(join(TRANSCRIPT_DIR, 'ENGINE.json'), `${JSON.stringify(engineInfo(version), null, 2)}\n`);
  } finally {
    cleanState(keep ? [] : standInTags, names);
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`recorded ${files.reduce((n, f) => n + f.scenarios.length, 0)} scenarios from ${files.length} files into ${TRANSCRIPT_DIR}`);
}

main();
