import { describe, expect, it } from 'vitest';
import {
  accountFiles, loadEngineInfo, loadScenarios, loadStandIns, loadTranscript, SCENARIO_DIR, TRANSCRIPT_DIR,
} from '../../scripts/engine/data';
import { readdirSync } from 'node:fs';
import { lookupBaseImage, normaliseRepository } from '../../src/checker/dockerfile/catalogue';
import { contextMode } from '../../src/sim/build-steps';

function catalogueEntry(tag: string) {
  const at = tag.lastIndexOf(':');
  const hasTag = at > tag.lastIndexOf('/');
  const { registry, repository } = normaliseRepository(hasTag ? tag.slice(0, at) : tag);
  return lookupBaseImage(registry, repository, hasTag ? tag.slice(at + 1) : null);
}

describe('the engine stand-ins and the base image catalogue', () => {
  const standIns = loadStandIns();

  it('know every stand-in image by each of its names', () => {
    for (const image of standIns.images) {
      for (const tag of image.tags) expect(catalogueEntry(tag), tag).not.toBeNull();
    }
  });

  it('ship the same /etc/passwd and /etc/group as the catalogue says the image has', () => {
    for (const image of standIns.images) {
      const files = accountFiles(standIns, image);
      for (const tag of image.tags) {
        expect(catalogueEntry(tag)?.accounts, tag).toEqual(files);
      }
    }
  });

  it('run as the user the catalogue gives, with a shell exactly where the catalogue says', () => {
    for (const image of standIns.images) {
      for (const tag of image.tags) {
        const info = catalogueEntry(tag);
        expect(info?.defaultUser, tag).toBe(image.config.User ?? '');
        expect(info?.shell, tag).toBe(image.layout !== 'distroless');
      }
    }
  });
});

describe('the recorded transcripts', () => {
  const files = loadScenarios();

  it('cover every scenario file and nothing else', () => {
    const transcripts = readdirSync(TRANSCRIPT_DIR).filter((f) => f.endsWith('.json') && f !== 'ENGINE.json').map((f) => f.replace(/\.json$/, '')).sort();
    const scenarios = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(transcripts).toEqual(scenarios);
  });

  it('record each scenario step by step, as the scenario files now say', () => {
    for (const file of files) {
      const transcript = loadTranscript(file.name);
      expect(transcript.scenarios.map((s) => s.id), file.name).toEqual(file.scenarios.map((s) => s.id));
      for (const scenario of file.scenarios) {
        const recorded = transcript.scenarios.find((s) => s.id === scenario.id);
        expect(recorded?.steps.map((s) => s.command), scenario.id).toEqual(scenario.steps);
      }
    }
  });

  it('gave each context file the mode the simulator gives the learner\'s files', () => {
    for (const file of files) {
      const transcript = loadTranscript(file.name);
      for (const scenario of file.scenarios) {
        const recorded = transcript.scenarios.find((s) => s.id === scenario.id);
        for (const [name, content] of Object.entries(scenario.files)) {
          expect(recorded?.modes[name], `${scenario.id}: ${name}`).toBe(contextMode(name, content).toString(8).padStart(4, '0'));
        }
      }
    }
  });

  it('name the engine they were recorded on', () => {
    const info = loadEngineInfo();
    expect(info.server).toMatch(/^20\.10\./);
    expect(info.builder).toMatch(/legacy/);
  });

  it('hold at least 200 scenarios', () => {
    expect(files.reduce((n, f) => n + f.scenarios.length, 0)).toBeGreaterThanOrEqual(200);
  });
});
