// What the rest of the CLI needs to know about configuration without loading the YAML and schema
// libraries: they load only when a configuration file is found (most pre-commit runs have none).
import { dirname, join } from 'node:path';
import type { Severity } from '../checker/core/types';
import type { FileSystem } from './io';
import { findRepositoryRoot } from './walk';

export const CONFIG_NAMES = ['.shipshape.yaml', '.shipshape.yml'] as const;

export type RuleSetting = Severity | 'off';

export interface Config {
  /** The file it came from; null when there is none. */
  path: string | null;
  /** Directory that `ignore` globs are relative to. */
  dir: string;
  rules: ReadonlyMap<string, RuleSetting>;
  ignore: readonly string[];
  failOn: Severity;
  trustedRegistries: readonly string[] | null;
  /** `podSecurity: restricted:v1.36`: the level workloads are admitted under when their Namespace is not in the file. */
  podSecurity: { level: 'privileged' | 'baseline' | 'restricted'; version: string } | null;
}

/** Findings that say a file could not be checked; no setting may hide or soften them, or a broken check would read as a pass. */
export const UNCONFIGURABLE_RULES = new Set(['internal-error', 'input-too-large', 'binary-input']);

export class ConfigError extends Error {}

export function defaultConfig(dir: string): Config {
  return { path: null, dir, rules: new Map(), ignore: [], failOn: 'info', trustedRegistries: null, podSecurity: null };
}

/** `.shipshape.yaml` in the working directory or above it, up to the repository root. */
export function findConfig(fs: FileSystem, cwd: string): string | null {
  const root = findRepositoryRoot(fs, cwd);
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      try {
        if (fs.stat(candidate).kind === 'file') return candidate;
      } catch {
        // Not here.
      }
    }
    if (dir === root || root === null || dirname(dir) === dir) return null;
  }
}
