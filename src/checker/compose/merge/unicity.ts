import { Pair, isMap, isSeq, type Node, type Scalar } from 'yaml';
import { keyOf, newMap, newSeq, pairs, text, valueAt } from './nodes';

type Indexer = (item: Node | null) => string | null;

/** `KEY=value` and `KEY` both index as KEY. */
const keyValue: Indexer = (item) => {
  const value = text(item);
  if (value === null) return null;
  const eq = value.indexOf('=');
  return eq === -1 ? value : value.slice(0, eq);
};

/** The container path of a short volume (`[source:]target[:options]`), skipping colons inside `${...}`. */
export function shortVolumeTarget(spec: string): string {
  if (spec.length <= 2) return spec;
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '$' && spec[i + 1] === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    if (c === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.length === 1 ? (parts[0] ?? spec) : (parts[1] ?? spec);
}

const volume: Indexer = (item) => {
  if (isMap(item)) return text(valueAt(item, 'target'));
  const spec = text(item);
  return spec === null ? null : shortVolumeTarget(spec);
};

/** Devices index by their path in the container. */
const device: Indexer = (item) => {
  if (isMap(item)) return text(valueAt(item, 'target'));
  const spec = text(item);
  if (spec === null) return null;
  const parts = spec.split(':');
  return parts.length === 1 ? (parts[0] ?? spec) : (parts[1] ?? spec);
};

/** Compose's canonical form writes no host address as 0.0.0.0, so the two are the same port. */
function anyAddress(ip: string): string {
  return ip === '0.0.0.0' ? '' : ip;
}

/**
 * A published port by (host address, host port, container port, protocol), the same for the short
 * `"127.0.0.1:8080:80/udp"` and the long syntax, as Compose compares them once both are canonical.
 */
export const port: Indexer = (item) => {
  if (isMap(item)) {
    const target = text(valueAt(item, 'target'));
    if (target === null) return null;
    return `${anyAddress(text(valueAt(item, 'host_ip')) ?? '')}:${text(valueAt(item, 'published')) ?? ''}:${target}/${text(valueAt(item, 'protocol')) ?? 'tcp'}`;
  }
  const spec = text(item);
  if (spec === null) return null;
  const slash = spec.lastIndexOf('/');
  const protocol = slash === -1 ? 'tcp' : spec.slice(slash + 1);
  const address = slash === -1 ? spec : spec.slice(0, slash);
  const bracket = address.lastIndexOf(']');
  const colon = address.lastIndexOf(':');
  const target = colon > bracket ? address.slice(colon + 1) : address;
  const rest = colon > bracket ? address.slice(0, colon) : '';
  const split = rest.lastIndexOf(':') > rest.lastIndexOf(']') ? rest.lastIndexOf(':') : -1;
  const published = split === -1 ? rest : rest.slice(split + 1);
  const ip = split === -1 ? '' : rest.slice(0, split).replace(/^\[|\]$/g, '');
  return `${anyAddress(ip)}:${published}:${target}/${protocol}`;
};

/** Secrets and configs mount at their target, or at `/run/secrets/<source>`. */
const mount = (defaultDir: string): Indexer => (item) => {
  if (isMap(item)) return text(valueAt(item, 'target')) ?? `${defaultDir}/${text(valueAt(item, 'source')) ?? ''}`;
  const name = text(item);
  return name === null ? null : `${defaultDir}/${name}`;
};

const plain: Indexer = (item) => text(item);

/** compose-go `override/uncity.go`: the service attributes whose items are unique, and what makes two items the same. */
const UNIQUE: Readonly<Record<string, Indexer>> = {
  annotations: keyValue,
  cap_add: keyValue,
  cap_drop: keyValue,
  configs: mount(''),
  devices: device,
  dns: keyValue,
  dns_opt: keyValue,
  dns_search: keyValue,
  environment: keyValue,
  env_file: (item) => (isMap(item) ? text(valueAt(item, 'path')) : text(item)),
  expose: plain,
  labels: keyValue,
  links: keyValue,
  ports: port,
  profiles: keyValue,
  secrets: mount('/run/secrets'),
  sysctls: keyValue,
  tmpfs: keyValue,
  volumes: volume,
};

const UNIQUE_IN_BUILD: Readonly<Record<string, Indexer>> = {
  args: keyValue, additional_contexts: keyValue, platform: keyValue, tags: keyValue, labels: keyValue,
};

/** A later item with the same key replaces the earlier one, in the earlier one's place. */
function dedupe(node: Node | null, indexer: Indexer): Node | null {
  if (!isSeq(node)) return node;
  const out: (Node | null)[] = [];
  const at = new Map<string, number>();
  for (const item of node.items as (Node | null)[]) {
    const key = indexer(item);
    const previous = key === null ? undefined : at.get(key);
    if (previous !== undefined) {
      out[previous] = item;
      continue;
    }
    if (key !== null) at.set(key, out.length);
    out.push(item);
  }
  return out.length === node.items.length ? node : newSeq(out, node);
}

function dedupeMap(node: Node | null, table: Readonly<Record<string, Indexer>>): Node | null {
  if (!isMap(node)) return node;
  return newMap(pairs(node).map((pair) => {
    const key = keyOf(pair);
    if (key === 'build') return new Pair<Scalar, Node | null>(pair.key, dedupeMap(pair.value, UNIQUE_IN_BUILD));
    const indexer = Object.hasOwn(table, key) ? table[key] : undefined;
    return indexer ? new Pair<Scalar, Node | null>(pair.key, dedupe(pair.value, indexer)) : pair;
  }), node);
}

/** Applies the uniqueness rules to every service of a merged `services` mapping. */
export function enforceUnicity(services: Node | null): Node | null {
  if (!isMap(services)) return services;
  return newMap(pairs(services).map((pair) => new Pair<Scalar, Node | null>(pair.key, dedupeMap(pair.value, UNIQUE))), services);
}
