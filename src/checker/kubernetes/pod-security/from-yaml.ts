import { isMap, isScalar, isSeq } from 'yaml';
import type { Entry, NodeReader } from '../yaml-nodes';
import { podInputFrom, type PodInput } from './pod';

/** No real pod spec comes near this many nodes; a manifest built to explode its aliases stops here. */
const MAX_NODES = 20_000;

class TooLarge extends Error {}

/** The fields the checks read, per level; everything else (env, args, resources...) is never converted. */
const SPEC_FIELDS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'hostNetwork', 'hostPID', 'hostIPC', 'hostUsers', 'os', 'securityContext', 'volumes']);
const CONTAINER_FIELDS = new Set(['name', 'securityContext', 'ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle']);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

interface Reading {
  read: NodeReader;
  left: number;
}

/** A YAML node as plain data, aliases and merge keys resolved, keeping only `fields` of a mapping when given. */
function plain(r: Reading, node: unknown, fields?: ReadonlySet<string>, listOf?: (item: unknown) => unknown): unknown {
  if (--r.left < 0) throw new TooLarge();
  const resolved = r.read.resolve(node);
  if (isScalar(resolved)) {
    const value = resolved.value;
    return typeof value === 'bigint' ? Number(value) : value;
  }
  if (isSeq(resolved)) return resolved.items.map((item) => (listOf ? listOf(item) : plain(r, item)));
  if (isMap(resolved)) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of r.read.entries(resolved)) {
      if (fields && !fields.has(key)) continue;
      out[key] = plain(r, entry.value);
    }
    return out;
  }
  return null;
}

function spec(r: Reading, node: unknown): unknown {
  if (--r.left < 0) throw new TooLarge();
  const out: Record<string, unknown> = {};
  for (const [key, entry] of r.read.entries(node)) {
    if (!SPEC_FIELDS.has(key)) continue;
    if (CONTAINER_LISTS.has(key)) out[key] = plain(r, entry.value, undefined, (item) => plain(r, item, CONTAINER_FIELDS));
    // Only which sources a volume has matters, not what is inside them.
    else if (key === 'volumes') out[key] = plain(r, entry.value, undefined, (item) => volume(r, item));
    else out[key] = plain(r, entry.value);
  }
  return out;
}

function volume(r: Reading, node: unknown): unknown {
  if (--r.left < 0) throw new TooLarge();
  const out: Record<string, unknown> = {};
  for (const [key, entry] of r.read.entries(node)) {
    const value = r.read.resolve(entry.value);
    out[key] = key === 'name' ? plain(r, value) : isMap(value) ? {} : null;
  }
  return out;
}

/** The pod template's metadata and spec as the Pod Security Standards read them; null when the spec is too large to read. */
export function podFromNodes(read: NodeReader, metadata: ReadonlyMap<string, Entry>, specEntry: Entry): PodInput | null {
  const r: Reading = { read, left: MAX_NODES };
  try {
    const annotations = metadata.get('annotations');
    return podInputFrom({ annotations: annotations ? plain(r, annotations.value) : {} }, spec(r, specEntry.value));
  } catch (error) {
    if (error instanceof TooLarge) return null;
    throw error;
  }
}
