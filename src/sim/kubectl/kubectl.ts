import { policyFromLabels, levelVersionString } from '../../checker/kubernetes/pod-security';
import type { WorkspaceFiles } from '../interpreter';
import { readFile } from '../shell/fsops';
import type { Command, CommandContext, Output } from '../shell/types';
import { baseName } from '../vfs/paths';
import { admitPod, existingPodWarnings, invalidNamespace, namespacePolicy, warningsFor } from './admission';
import { kubeAge } from './age';
import { hostUsersInvalid } from './host-users';
import { podSuffix, templateHash, type Cluster } from './cluster';
import { readManifest, type ManifestObject } from './manifest';

interface Flags {
  namespace: string | null;
  files: string[];
  dryRun: boolean;
  overwrite: boolean;
  showLabels: boolean;
  allNamespaces: boolean;
  image: string | null;
  privileged: boolean;
  positional: string[];
}

type Parsed = { flags: Flags } | { error: string };

function parseFlags(args: readonly string[]): Parsed {
  const flags: Flags = { namespace: null, files: [], dryRun: false, overwrite: false, showLabels: false, allNamespaces: false, image: null, privileged: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | null => inline ?? args[++i] ?? null;
    switch (name) {
      case '-n': case '--namespace': {
        const v = value();
        if (v === null) return { error: 'error: flag needs an argument: \'n\' in -n' };
        flags.namespace = v;
        break;
      }
      case '-f': case '--filename': {
        const v = value();
        if (v === null) return { error: 'error: flag needs an argument: \'f\' in -f' };
        flags.files.push(v);
        break;
      }
      case '--dry-run': {
        const v = inline ?? 'unchanged';
        if (v === 'server' || v === 'client') flags.dryRun = true;
        else if (v !== 'none') return { error: `error: Invalid dry-run value (${v}). Must be "none", "server", or "client".` };
        break;
      }
      case '--overwrite': flags.overwrite = inline !== 'false'; break;
      case '--show-labels': flags.showLabels = inline !== 'false'; break;
      case '-A': case '--all-namespaces': flags.allNamespaces = inline !== 'false'; break;
      case '--image': {
        const v = value();
        if (v === null) return { error: 'error: flag needs an argument: --image' };
        flags.image = v;
        break;
      }
      case '--privileged': flags.privileged = inline !== 'false'; break;
      default:
        if (arg.startsWith('-') && arg !== '-') return { error: `error: unknown flag: ${name}\nSee 'kubectl --help' for usage.` };
        flags.positional.push(arg);
    }
  }
  return { flags };
}

const HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands:
  create          Create a resource from a file or from stdin
  run             Run a particular image on the cluster
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin

Settings Commands:
  label           Update the labels on a resource

Usage:
  kubectl [flags] [options]
`;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd((widths[col] ?? 0) + 3))).join('').trimEnd()).join('\n') + '\n';
}

const NAMESPACE_WORDS = new Set(['ns', 'namespace', 'namespaces']);
const POD_WORDS = new Set(['po', 'pod', 'pods']);
const DEPLOYMENT_WORDS = new Set(['deploy', 'deployment', 'deployments', 'deployment.apps']);
const EVENT_WORDS = new Set(['ev', 'event', 'events']);

/** `kubectl` against the lab's single-node cluster: apply, get, label, create namespace and delete. */
export function kubectl(cluster: Cluster, files: WorkspaceFiles): Command {
  const manifestText = (ctx: CommandContext, path: string): string | null => {
    const editor = files();
    const fromEditor = editor[path] ?? editor[baseName(path)];
    if (fromEditor !== undefined) return fromEditor;
    const onDisk = readFile(ctx.proc, path);
    return 'content' in onDisk ? onDisk.content : null;
  };

  function apply(ctx: CommandContext, flags: Flags): Output {
    if (flags.files.length === 0) return { stdout: '', stderr: 'error: must specify one of -f and -k\n', code: 1 };
    const out: string[] = [];
    const warnings: string[] = [];
    const errors: string[] = [];
    const suffix = flags.dryRun ? ' (server dry run)' : '';
    for (const path of flags.files) {
      const text = manifestText(ctx, path);
      if (text === null) return { stdout: '', stderr: `error: the path "${path}" does not exist\n`, code: 1 };
      const read = readManifest(text, path);
      if ('error' in read) return { stdout: '', stderr: `${read.error}\n`, code: 1 };
      for (const object of read.objects) {
        const result = applyOne(object, path, flags);
        warnings.push(...result.warnings.map((w) => `Warning: ${w}`));
        if (result.line) out.push(`${result.line}${suffix}`);
        if (result.error) errors.push(result.error);
      }
    }
    const stderr = [...warnings, ...errors].map((l) => `${l}\n`).join('');
    return { stdout: out.map((l) => `${l}\n`).join(''), stderr, code: errors.length > 0 ? 1 : 0, chunks: [...warnings.map((w) => ({ fd: 2 as const, text: `${w}\n` })), ...out.map((l) => ({ fd: 1 as const, text: `${l}\n` })), ...errors.map((e) => ({ fd: 2 as const, text: `${e}\n` }))] };
  }

  /** `kubectl run NAME --image=IMAGE [--privileged]`: one Pod with one container of that name, admitted like any other. */
  function run(flags: Flags, image: string | null, privileged: boolean): Output {
    const [name = ''] = flags.positional;
    if (name === '') return { stdout: '', stderr: 'error: NAME is required for run\nSee \'kubectl run -h\' for help and examples\n', code: 1 };
    if (!image) return { stdout: '', stderr: 'error: required flag(s) "image" not set\n', code: 1 };
    const security = privileged ? '\n    securityContext:\n      privileged: true' : '';
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: ${name}\n    image: ${image}${security}\n`;
    const read = readManifest(text, name);
    const object = 'objects' in read ? read.objects[0] : undefined;
    if (!object) return { stdout: '', stderr: `error: invalid pod name "${name}"\n`, code: 1 };
    const result = applyOne(object, null, flags);
    const warnings = result.warnings.map((w) => `Warning: ${w}\n`).join('');
    if (result.error) return { stdout: '', stderr: `${warnings}${result.error}\n`, code: 1 };
    const line = `${(result.line ?? '').replace(/ (created|unchanged)$/, ' created')}${flags.dryRun ? ' (server dry run)' : ''}\n`;
    return { stdout: line, stderr: warnings, code: 0, chunks: [...(warnings ? [{ fd: 2 as const, text: warnings }] : []), { fd: 1 as const, text: line }] };
  }

  function applyOne(object: ManifestObject, source: string | null, flags: Flags): { line?: string; error?: string; warnings: string[] } {
    const when = source === null ? '' : `error when creating "${source}": `;
    if (object.type === 'namespace') {
      const { errors, policy } = policyFromLabels(object.labels);
      if (errors.length > 0) return { error: invalidNamespace(object.name, errors), warnings: [] };
      const existing = cluster.namespaces.get(object.name);
      if (!existing) {
        if (!flags.dryRun) cluster.addNamespace(object.name, object.labels);
        return { line: `namespace/${object.name} created`, warnings: [] };
      }
      const next = new Map([['kubernetes.io/metadata.name', object.name], ...object.labels]);
      const same = next.size === existing.labels.size && [...next].every(([k, v]) => existing.labels.get(k) === v);
      if (same) return { line: `namespace/${object.name} unchanged`, warnings: [] };
      const before = policyFromLabels(existing.labels).policy.enforce;
      const warnings = levelVersionString(before) === levelVersionString(policy.enforce) ? [] : existingPodWarnings(object.name, policy, cluster.podsIn(object.name));
      if (!flags.dryRun) existing.labels = next;
      return { line: `namespace/${object.name} configured`, warnings };
    }
    const namespace = object.namespace ?? flags.namespace ?? 'default';
    if (!cluster.namespaces.has(namespace)) return { error: `Error from server (NotFound): ${when}namespaces "${namespace}" not found`, warnings: [] };
    if (object.type === 'other') {
      const known = cluster.objects.find((o) => o.resource === object.resource && o.name === object.name && o.namespace === namespace);
      if (!known && !flags.dryRun) cluster.objects.push({ resource: object.resource, name: object.name, namespace });
      return { line: `${object.resource}/${object.name} ${known ? 'unchanged' : 'created'}`, warnings: [] };
    }
    const invalid = hostUsersInvalid(object.kind, object.name, object.pod);
    if (invalid) return { error: invalid, warnings: [] };
    const policy = namespacePolicy(cluster, namespace);
    if (object.kind === 'Pod') {
      const existing = cluster.pods.find((p) => p.namespace === namespace && p.name === object.name);
      if (existing) {
        if (source === null) return { error: `Error from server (AlreadyExists): pods "${object.name}" already exists`, warnings: [] };
        if (JSON.stringify(existing.pod) === JSON.stringify(object.pod)) return { line: `pod/${object.name} unchanged`, warnings: [] };
        return { error: `The Pod "${object.name}" is invalid: spec: Forbidden: pod updates may not change fields other than \`spec.containers[*].image\`,\`spec.initContainers[*].image\`,\`spec.activeDeadlineSeconds\`,\`spec.tolerations\` (only additions to existing tolerations),\`spec.terminationGracePeriodSeconds\` (allow it to be set to 1 if it was previously negative)`, warnings: [] };
      }
      const admission = admitPod(policy, object.pod);
      if (admission.refused) return { error: `Error from server (Forbidden): ${when}pods "${object.name}" is forbidden: ${admission.refused}`, warnings: [] };
      if (!flags.dryRun) cluster.pods.push({ name: object.name, namespace, containers: object.containers, createdAt: cluster.now(), pod: object.pod });
      return { line: `pod/${object.name} created`, warnings: admission.warnings };
    }
    const existing = cluster.controllers.find((c) => c.resource === object.resource && c.name === object.name && c.namespace === namespace);
    const warnings = warningsFor(policy, object.pod);
    if (!flags.dryRun) runController(object, namespace, existing !== undefined);
    return { line: `${object.resource}/${object.name} ${existing ? 'configured' : 'created'}`, warnings };
  }

  /** What the controller does next: make its pods, each admitted like any other, or record why it could not. */
  function runController(object: Extract<ManifestObject, { type: 'workload' }>, namespace: string, replacing: boolean): void {
    const at = cluster.now();
    const hash = templateHash(namespace, `${object.name}/${JSON.stringify(object.pod)}`);
    const owner = object.kind === 'Deployment' ? `${object.name}-${hash}` : object.name;
    const ownerKind = object.kind === 'Deployment' ? 'replicaset' : object.kind.toLowerCase();
    if (replacing) {
      const index = cluster.controllers.findIndex((c) => c.resource === object.resource && c.name === object.name && c.namespace === namespace);
      const previous = cluster.controllers[index];
      if (previous) {
        cluster.controllers.splice(index, 1);
        for (let i = cluster.pods.length - 1; i >= 0; i--) if (cluster.pods[i]?.namespace === namespace && cluster.pods[i]?.name.startsWith(`${previous.owner}-`)) cluster.pods.splice(i, 1);
      }
    }
    cluster.controllers.push({ resource: object.resource, kind: object.kind, name: object.name, namespace, replicas: object.replicas, createdAt: at, owner });
    if (object.kind === 'Deployment') {
      cluster.events.push({ namespace, at, type: 'Normal', reason: 'ScalingReplicaSet', object: `deployment/${object.name}`, message: `Scaled up replica set ${owner} from 0 to ${object.replicas}` });
    }
    const policy = namespacePolicy(cluster, namespace);
    for (let i = 0; i < object.replicas; i++) {
      const podName = `${owner}-${podSuffix(owner, i)}`;
      const admission = admitPod(policy, object.pod);
      if (admission.refused) {
        cluster.events.push({ namespace, at, type: 'Warning', reason: 'FailedCreate', object: `${ownerKind}/${owner}`, message: `Error creating: pods "${podName}" is forbidden: ${admission.refused}` });
        continue;
      }
      cluster.pods.push({ name: podName, namespace, containers: object.containers, createdAt: at, pod: object.pod });
      cluster.events.push({ namespace, at, type: 'Normal', reason: 'SuccessfulCreate', object: `${ownerKind}/${owner}`, message: `Created pod: ${podName}` });
    }
  }

  function get(flags: Flags): Output {
    const [what = '', ...names] = flags.positional;
    if (what === '') return { stdout: '', stderr: 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n', code: 1 };
    const namespace = flags.namespace ?? 'default';
    const now = cluster.now();
    const inScope = <T extends { namespace: string }>(items: readonly T[]): T[] => (flags.allNamespaces ? [...items] : items.filter((i) => i.namespace === namespace));
    const none = (): Output => ({ stdout: '', stderr: flags.allNamespaces ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`, code: 0 });
    const withNs = (row: string[], ns: string): string[] => (flags.allNamespaces ? [ns, ...row] : row);
    const head = (row: string[]): string[] => (flags.allNamespaces ? ['NAMESPACE', ...row] : row);
    if (NAMESPACE_WORDS.has(what)) {
      const all = [...cluster.namespaces.values()].filter((n) => names.length === 0 || names.includes(n.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
      const missing = names.find((n) => !cluster.namespaces.has(n));
      if (missing) return { stdout: '', stderr: `Error from server (NotFound): namespaces "${missing}" not found\n`, code: 1 };
      const labels = (l: Map<string, string>) => [...l].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',');
      return { stdout: table([['NAME', 'STATUS', 'AGE', ...(flags.showLabels ? ['LABELS'] : [])], ...all.map((n) => [n.name, 'Active', kubeAge(now - n.createdAt), ...(flags.showLabels ? [labels(n.labels)] : [])])]), stderr: '', code: 0 };
    }
    if (POD_WORDS.has(what)) {
      const pods = inScope(cluster.pods).filter((p) => names.length === 0 || names.includes(p.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
      const missing = names.find((n) => !pods.some((p) => p.name === n));
      if (missing) return { stdout: '', stderr: `Error from server (NotFound): pods "${missing}" not found\n`, code: 1 };
      if (pods.length === 0) return none();
      return { stdout: table([head(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']), ...pods.map((p) => withNs([p.name, `${p.containers}/${p.containers}`, 'Running', '0', kubeAge(now - p.createdAt)], p.namespace))]), stderr: '', code: 0 };
    }
    if (DEPLOYMENT_WORDS.has(what)) {
      const deployments = inScope(cluster.controllers.filter((c) => c.kind === 'Deployment')).filter((d) => names.length === 0 || names.includes(d.name));
      if (deployments.length === 0) return names[0] ? { stdout: '', stderr: `Error from server (NotFound): deployments.apps "${names[0]}" not found\n`, code: 1 } : none();
      return {
        stdout: table([head(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']), ...deployments.map((d) => {
          const ready = cluster.pods.filter((p) => p.namespace === d.namespace && p.name.startsWith(`${d.owner}-`)).length;
          return withNs([d.name, `${ready}/${d.replicas}`, String(ready), String(ready), kubeAge(now - d.createdAt)], d.namespace);
        })]),
        stderr: '', code: 0,
      };
    }
    if (EVENT_WORDS.has(what)) {
      const events = inScope(cluster.events);
      if (events.length === 0) return none();
      return { stdout: table([head(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']), ...events.map((e) => withNs([kubeAge(now - e.at), e.type, e.reason, e.object, e.message], e.namespace))]), stderr: '', code: 0 };
    }
    return { stdout: '', stderr: `error: the server doesn't have a resource type "${what}"\n`, code: 1 };
  }

  function label(flags: Flags): Output {
    const [what = '', name = '', ...changes] = flags.positional;
    if (!NAMESPACE_WORDS.has(what)) return { stdout: '', stderr: `error: the server doesn't have a resource type "${what}"\n`, code: 1 };
    if (changes.length === 0) return { stdout: '', stderr: 'error: at least one label update is required\n', code: 1 };
    const ns = cluster.namespaces.get(name);
    if (!ns) return { stdout: '', stderr: `Error from server (NotFound): namespaces "${name}" not found\n`, code: 1 };
    const next = new Map(ns.labels);
    for (const change of changes) {
      if (change.endsWith('-')) {
        next.delete(change.slice(0, -1));
        continue;
      }
      const at = change.indexOf('=');
      if (at <= 0) return { stdout: '', stderr: `error: invalid label spec: ${change}\n`, code: 1 };
      const key = change.slice(0, at);
      const value = change.slice(at + 1);
      const current = ns.labels.get(key);
      if (current !== undefined && current !== value && !flags.overwrite) {
        return { stdout: '', stderr: `error: '${key}' already has a value (${current}), and --overwrite is false\n`, code: 1 };
      }
      next.set(key, value);
    }
    const { errors, policy } = policyFromLabels(next);
    if (errors.length > 0) return { stdout: '', stderr: `${invalidNamespace(name, errors)}\n`, code: 1 };
    const before = policyFromLabels(ns.labels).policy.enforce;
    const warnings = levelVersionString(before) === levelVersionString(policy.enforce) ? [] : existingPodWarnings(name, policy, cluster.podsIn(name));
    const unchanged = next.size === ns.labels.size && [...next].every(([k, v]) => ns.labels.get(k) === v);
    if (!flags.dryRun) ns.labels = next;
    const line = `namespace/${name} ${unchanged ? 'not labeled' : 'labeled'}${flags.dryRun ? ' (server dry run)' : ''}\n`;
    const stderr = warnings.map((w) => `Warning: ${w}\n`).join('');
    return { stdout: line, stderr, code: 0, chunks: [...(stderr ? [{ fd: 2 as const, text: stderr }] : []), { fd: 1 as const, text: line }] };
  }

  function create(flags: Flags): Output {
    const [what = '', name = ''] = flags.positional;
    if (!NAMESPACE_WORDS.has(what) || name === '') return { stdout: '', stderr: 'error: Unexpected args: this lab\'s kubectl creates namespaces (kubectl create namespace NAME); use kubectl apply -f for other objects\n', code: 1 };
    if (cluster.namespaces.has(name)) return { stdout: '', stderr: `Error from server (AlreadyExists): namespaces "${name}" already exists\n`, code: 1 };
    if (!flags.dryRun) cluster.addNamespace(name, new Map());
    return { stdout: `namespace/${name} created${flags.dryRun ? ' (server dry run)' : ''}\n`, stderr: '', code: 0 };
  }

  function remove(ctx: CommandContext, flags: Flags): Output {
    const out: string[] = [];
    const drop = (kind: string, name: string, namespace: string): boolean => {
      if (kind === 'pod') {
        const i = cluster.pods.findIndex((p) => p.name === name && p.namespace === namespace);
        if (i < 0) return false;
        cluster.pods.splice(i, 1);
      } else if (kind === 'namespace') {
        if (!cluster.namespaces.delete(name)) return false;
        for (let i = cluster.pods.length - 1; i >= 0; i--) if (cluster.pods[i]?.namespace === name) cluster.pods.splice(i, 1);
        for (let i = cluster.controllers.length - 1; i >= 0; i--) if (cluster.controllers[i]?.namespace === name) cluster.controllers.splice(i, 1);
      } else {
        const i = cluster.controllers.findIndex((c) => c.resource === kind && c.name === name && c.namespace === namespace);
        if (i < 0) return false;
        const [gone] = cluster.controllers.splice(i, 1);
        for (let j = cluster.pods.length - 1; j >= 0; j--) if (gone && cluster.pods[j]?.name.startsWith(`${gone.owner}-`)) cluster.pods.splice(j, 1);
      }
      return true;
    };
    // kubectl names the namespace of what it deleted (since v1.34); a namespace itself has none.
    const deleted = (kind: string, name: string, namespace: string): string => `${kind} "${name}" deleted${kind === 'namespace' ? '' : ` from ${namespace} namespace`}`;
    if (flags.files.length > 0) {
      const errors: string[] = [];
      for (const path of flags.files) {
        const text = manifestText(ctx, path);
        if (text === null) return { stdout: '', stderr: `error: the path "${path}" does not exist\n`, code: 1 };
        const read = readManifest(text, path);
        if ('error' in read) return { stdout: '', stderr: `${read.error}\n`, code: 1 };
        for (const object of read.objects) {
          const kind = object.type === 'namespace' ? 'namespace' : object.type === 'workload' && object.kind === 'Pod' ? 'pod' : object.resource;
          const namespace = object.type === 'namespace' ? object.name : object.namespace ?? flags.namespace ?? 'default';
          if (drop(kind, object.name, namespace)) out.push(deleted(kind, object.name, namespace));
          else errors.push(`Error from server (NotFound): error when deleting "${path}": ${kind === 'pod' ? 'pods' : kind === 'namespace' ? 'namespaces' : `${kind.split('.')[0]}s${kind.includes('.') ? `.${kind.split('.').slice(1).join('.')}` : ''}`} "${object.name}" not found`);
        }
      }
      return { stdout: out.map((l) => `${l}\n`).join(''), stderr: errors.map((e) => `${e}\n`).join(''), code: errors.length > 0 ? 1 : 0 };
    }
    const [what = '', ...names] = flags.positional;
    const kind = POD_WORDS.has(what) ? 'pod' : NAMESPACE_WORDS.has(what) ? 'namespace' : DEPLOYMENT_WORDS.has(what) ? 'deployment.apps' : null;
    if (!kind) return { stdout: '', stderr: `error: the server doesn't have a resource type "${what}"\n`, code: 1 };
    const namespace = flags.namespace ?? 'default';
    for (const name of names) {
      if (!drop(kind, name, namespace)) return { stdout: out.map((l) => `${l}\n`).join(''), stderr: `Error from server (NotFound): ${kind === 'pod' ? 'pods' : kind === 'namespace' ? 'namespaces' : 'deployments.apps'} "${name}" not found\n`, code: 1 };
      out.push(deleted(kind, name, namespace));
    }
    return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', code: 0 };
  }

  return (ctx) => {
    const [verb = '', ...rest] = ctx.args;
    if (verb === '' || verb === '--help' || verb === '-h' || verb === 'help') return { stdout: HELP, stderr: '', code: 0 };
    const parsed = parseFlags(rest);
    if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}\n`, code: 1 };
    switch (verb) {
      case 'apply': return apply(ctx, parsed.flags);
      case 'get': return get(parsed.flags);
      case 'label': return label(parsed.flags);
      case 'create': return create(parsed.flags);
      case 'run': return run(parsed.flags, parsed.flags.image, parsed.flags.privileged);
      case 'delete': return remove(ctx, parsed.flags);
      default: return { stdout: '', stderr: `error: unknown command "${verb}" for "kubectl"\nRun 'kubectl --help' for usage.\n`, code: 1 };
    }
  };
}
