import type { Kind, KindChecker } from '../core/types';
import type { ModelOf } from '../index';
import { createRegistry, type CheckerSet, type Registry } from './registry';

/** Each kind's checker is its own chunk: a run over Dockerfiles alone loads no YAML, AppArmor or seccomp parser. */
const LOADERS: { readonly [K in Kind]: () => Promise<KindChecker<ModelOf[K]>> } = {
  dockerfile: async () => (await import('../dockerfile')).dockerfileChecker,
  run: async () => (await import('../run')).runChecker,
  apparmor: async () => (await import('../apparmor')).apparmorChecker,
  compose: async () => (await import('../compose')).composeChecker,
  kubernetes: async () => (await import('../kubernetes')).kubernetesChecker,
  seccomp: async () => (await import('../seccomp')).seccompChecker,
};

/** A registry with the checkers of `kinds` only, each loaded on first need. */
export async function loadRegistry(kinds: Iterable<Kind>): Promise<Registry<ModelOf>> {
  const loaded = await Promise.all([...new Set(kinds)].map(async (kind) => [kind, await LOADERS[kind]()] as const));
  // fromEntries cannot keep the pairing of each kind with its own model type; LOADERS' type guarantees it.
  return createRegistry<ModelOf>(Object.fromEntries(loaded) as Partial<CheckerSet<ModelOf>>);
}
