import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

interface Hook { id: string; entry: string; language: string; files: string }
interface Action { inputs: Record<string, { default?: string }>; runs: { using: string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] } }

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[];

  it('declares hooks whose entries are valid shipshape commands', () => {
    expect(hooks.map((h) => [h.id, h.language])).toEqual([['shipshape', 'node'], ['shipshape-system', 'system']]);
    for (const hook of hooks) {
      const [program, ...args] = hook.entry.split(' ');
      expect(program).toBe('shipshape');
      expect(parseArgs([...args, 'Dockerfile'])).toMatchObject({ command: 'lint', ignoreUnknown: true, paths: ['Dockerfile'] });
    }
  });

  it.each([
    ['Dockerfile', true], ['app/Dockerfile.prod', true], ['web.dockerfile', true], ['Containerfile', true], ['compose.yaml', true],
    ['k8s/deploy.yml', true], ['scripts/run.sh', true], ['etc/apparmor.d/docker-app', true], ['README.md', false], ['src/main.ts', false],
  ])('passes %s: %s', (path, passed) => {
    expect(new RegExp(hooks[0]!.files.replace('(?i)', ''), 'i').test(path)).toBe(passed);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as Action;

  it('is a composite action that writes SARIF and uploads it with codeql-action/upload-sarif', () => {
    expect(action.runs.using).toBe('composite');
    const lint = action.runs.steps.find((s) => s.run?.includes('lint --format sarif'));
    expect(lint?.run).toContain('"$GITHUB_ACTION_PATH/bin/shipshape.mjs" lint --format sarif');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.['sarif_file']).toBe('${{ inputs.sarif-file }}');
    expect(action.inputs['paths']?.default).toBe('.');
  });

  it('never interpolates inputs into a shell script directly', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{\s*inputs\./);
  });
});
