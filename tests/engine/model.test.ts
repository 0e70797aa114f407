import { describe, expect, it } from 'vitest';
import { loadDifferences, loadScenarios, loadTranscript, type Probe } from '../../scripts/engine/data';
import { parseDockerfile } from '../../src/checker/dockerfile/parse';
import type { Stage } from '../../src/checker/dockerfile/model';
import { buildOptions } from '../../scripts/engine/replay';

/** Who a container of the image runs as: what `docker image inspect` and `id` said, or the model. */
interface RunsAs {
  configUser: string;
  /** The daemon's reason for refusing to start it; null when it starts. */
  error: string | null;
  uid: number | null;
  gid: number | null;
  /** The name passwd gives the uid, as `id` prints it in brackets. */
  name: string | null;
  root: boolean | null;
}

function fromEngine(probe: Probe): RunsAs {
  const id = /^uid=(\d+)(?:\(([^)]*)\))? gid=(\d+)/.exec(probe.id);
  if (probe.exit !== 0 || !id) {
    const error = /Error response from daemon: (.*?)\.?$/m.exec(probe.id)?.[1] ?? probe.id;
    return { configUser: probe.configUser, error, uid: null, gid: null, name: null, root: null };
  }
  const uid = Number(id[1]);
  return { configUser: probe.configUser, error: null, uid, gid: Number(id[3]), name: id[2] ?? null, root: uid === 0 };
}

function fromModel(stage: Stage): RunsAs {
  const user = stage.user;
  const name = user.uid === null ? null : stage.knownUsers.find((u) => u.uid === user.uid)?.name ?? null;
  return {
    configUser: user.raw,
    error: user.error,
    uid: user.error ? null : user.uid,
    gid: user.error ? null : user.gid,
    name: user.error ? null : name,
    root: user.error ? null : user.isRoot,
  };
}

interface Case {
  scenario: string;
  step: number;
  engine: RunsAs;
  model: RunsAs | 'no such stage';
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const file of loadScenarios()) {
    const transcript = loadTranscript(file.name);
    for (const scenario of file.scenarios) {
      const recorded = transcript.scenarios.find((s) => s.id === scenario.id);
      recorded?.steps.forEach((step, i) => {
        if (!step.probe) return;
        const { file: dockerfile, target, buildArgs } = buildOptions(step.command);
        const model = parseDockerfile(scenario.files[dockerfile] ?? '', {
          buildArgs: Object.fromEntries(buildArgs.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])),
        });
        const stage = target === null ? model.final : model.stages.find((s) => s.name === target.toLowerCase());
        found.push({ scenario: scenario.id, step: i + 1, engine: fromEngine(step.probe), model: stage ? fromModel(stage) : 'no such stage' });
      });
    }
  }
  return found;
}

describe('the Dockerfile model against the engine', () => {
  const all = cases();
  const listed = loadDifferences().differences.filter((d) => d.check === 'model');
  const isListed = (c: Case): boolean => listed.some((d) => d.scenario === c.scenario && d.step === c.step);

  it('has the final user of every image the engine built', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  it('agrees on Config.User, uid, gid, name, root and refusal, except where the table of differences says why not', () => {
    const unlisted = all.filter((c) => !isListed(c) && JSON.stringify(c.engine) !== JSON.stringify(c.model));
    expect(unlisted.map((c) => ({ scenario: c.scenario, step: c.step, engine: c.engine, model: c.model }))).toEqual([]);
  });

  it('lists no difference that is gone', () => {
    const gone = all.filter((c) => isListed(c) && JSON.stringify(c.engine) === JSON.stringify(c.model));
    expect(gone.map((c) => `${c.scenario} step ${c.step}`)).toEqual([]);
    const unknown = listed.filter((d) => !all.some((c) => c.scenario === d.scenario && c.step === d.step));
    expect(unknown.map((d) => `${d.scenario} step ${d.step}`)).toEqual([]);
  });
});
