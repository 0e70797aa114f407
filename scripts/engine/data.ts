/**
 * The engine fidelity data: stand-in image facts, scenarios, recorded transcripts and the table of
 * known differences. Read by the recorder and by the tests that replay the transcripts; pure schemas
 * and loaders, no Docker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/engine');
export const SCENARIO_DIR = join(ENGINE_DIR, 'scenarios');
export const TRANSCRIPT_DIR = join(ENGINE_DIR, 'transcripts');
export const HELPER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'rootfs');

const octal = z.string().regex(/^[0-7]{3,4}$/, 'an octal mode such as 0755');

const accountSchema = z.object({
  source: z.string().min(1),
  extends: z.string().optional(),
  passwd: z.string(),
  group: z.string(),
  shadow: z.object({ mode: octal, gid: z.number().int(), note: z.string() }).optional(),
});

const imageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  tags: z.array(z.string().min(1)).min(1),
  layout: z.enum(['alpine', 'busybox', 'debian', 'distroless', 'distroless-debug']),
  accounts: z.string(),
  helpers: z.array(z.enum(['busybox-adduser', 'shadow-useradd'])).default([]),
  passwd: z.string().default(''),
  group: z.string().default(''),
  dirs: z.array(z.object({ path: z.string().startsWith('/'), mode: octal, uid: z.number().int(), gid: z.number().int() })).default([]),
  files: z.array(z.object({ path: z.string().startsWith('/'), helper: z.string(), mode: octal })).default([]),
  config: z.object({
    User: z.string().optional(),
    Cmd: z.array(z.string()).optional(),
    Entrypoint: z.array(z.string()).optional(),
    Env: z.array(z.string()).default([]),
    WorkingDir: z.string().optional(),
    ExposedPorts: z.array(z.string()).default([]),
  }),
  source: z.string().min(1),
});

export const imagesSchema = z.object({
  accounts: z.record(z.string(), accountSchema),
  images: z.array(imageSchema).min(1),
});

export type StandIns = z.infer<typeof imagesSchema>;
export type StandIn = StandIns['images'][number];

export function loadStandIns(): StandIns {
  return imagesSchema.parse(parse(readFileSync(join(ENGINE_DIR, 'images.yaml'), 'utf8')));
}

/** The /etc/passwd and /etc/group a stand-in ships: its account set (and the set it extends), then its own lines. */
export function accountFiles(standIns: StandIns, image: StandIn): { passwd: string; group: string } {
  const chain: StandIns['accounts'][string][] = [];
  for (let name: string | undefined = image.accounts; name !== undefined;) {
    const set: StandIns['accounts'][string] | undefined = standIns.accounts[name];
    if (!set) throw new Error(`${image.id}: no account set "${name}"`);
    chain.unshift(set);
    name = set.extends;
  }
  return {
    passwd: chain.map((s) => s.passwd).join('') + image.passwd,
    group: chain.map((s) => s.group).join('') + image.group,
  };
}

const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id'),
  about: z.string().min(1),
  /** The build context and host files, written to the learner's home (the recorder's context directory). */
  files: z.record(z.string(), z.string()).default({}),
  /** Shell lines run on the host, one after another, each recorded with its output and exit code. */
  steps: z.array(z.string().min(1)).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema>;

export interface ScenarioFile {
  /** File name without extension, e.g. "user-spelling". */
  name: string;
  scenarios: Scenario[];
}

export function loadScenarios(): ScenarioFile[] {
  const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const parsed = z.array(scenarioSchema).safeParse(parse(readFileSync(join(SCENARIO_DIR, file), 'utf8')));
    if (!parsed.success) throw new Error(`tests/engine/scenarios/${file}: ${z.prettifyError(parsed.error)}`);
    const scenarios = parsed.data;
    for (const s of scenarios) {
      if (seen.has(s.id)) throw new Error(`scenario id ${s.id} is used twice`);
      seen.add(s.id);
    }
    return { name: file.replace(/\.yaml$/, ''), scenarios };
  });
}

const probeSchema = z.object({
  /** Config.User of the image, as `docker image inspect` reports it. */
  configUser: z.string(),
  /** `id` run in the image as its configured user, with a static BusyBox mounted in. */
  id: z.string(),
  exit: z.number().int(),
});

export type Probe = z.infer<typeof probeSchema>;

const stepSchema = z.object({
  command: z.string(),
  exit: z.number().int(),
  /** stdout and stderr as the terminal shows them (one stream), normalised. */
  output: z.string(),
  /** For a `docker build -t NAME` that succeeded: who the built image runs as. */
  probe: probeSchema.optional(),
});

export type RecordedStep = z.infer<typeof stepSchema>;

const recordedScenarioSchema = z.object({
  id: z.string(),
  /** Mode of each file written to the context (the same rule the simulator applies to the learner's files). */
  modes: z.record(z.string(), z.string()),
  steps: z.array(stepSchema),
});

export type RecordedScenario = z.infer<typeof recordedScenarioSchema>;

export const transcriptSchema = z.object({ scenarios: z.array(recordedScenarioSchema) });
export type Transcript = z.infer<typeof transcriptSchema>;

export function loadTranscript(name: string): Transcript {
  return transcriptSchema.parse(JSON.parse(readFileSync(join(TRANSCRIPT_DIR, `${name}.json`), 'utf8')));
}

export const engineInfoSchema = z.object({
  server: z.string(),
  client: z.string(),
  containerd: z.string(),
  runc: z.string(),
  storageDriver: z.string(),
  cgroupVersion: z.string(),
  kernel: z.string(),
  busybox: z.string(),
  builder: z.string(),
  recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type EngineInfo = z.infer<typeof engineInfoSchema>;

export function loadEngineInfo(): EngineInfo {
  return engineInfoSchema.parse(JSON.parse(readFileSync(join(TRANSCRIPT_DIR, 'ENGINE.json'), 'utf8')));
}

const differenceSchema = z.object({
  scenario: z.string(),
  /** 1-based number of the step in the scenario. */
  step: z.number().int().min(1),
  /** What disagrees with the engine: the simulator's output and exit code, or the Dockerfile model's user. */
  check: z.enum(['simulator', 'model']),
  category: z.string(),
  /** Why, when the category's reason does not say it all. */
  note: z.string().optional(),
});

const rewriteSchema = z.object({
  id: z.string(),
  category: z.string(),
  /** What current Docker prints instead, and where that is written. */
  reason: z.string().min(1),
  /** Only for steps whose command matches this JavaScript regular expression. */
  command: z.string().optional(),
  /** A JavaScript regular expression (flags gm) over the engine's recorded output. */
  find: z.string().min(1),
  replace: z.string(),
});

export const differencesSchema = z.object({
  categories: z.record(z.string(), z.string().min(1)),
  rewrites: z.array(rewriteSchema),
  differences: z.array(differenceSchema),
});

export type Differences = z.infer<typeof differencesSchema>;
export type Rewrite = Differences['rewrites'][number];
export type Difference = Differences['differences'][number];

export function loadDifferences(): Differences {
  return differencesSchema.parse(parse(readFileSync(join(ENGINE_DIR, 'differences.yaml'), 'utf8')));
}
