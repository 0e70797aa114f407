import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../core/types';
import { composeProblem } from './diagnostics';
import { RuntimeBuilder, type ReportProblem } from '../run/builder';
import type { MountModel, RuntimeModel } from '../run/model';
import { isHostPath } from '../run/specs';
import { scalarText, type Entry, type YamlWalker } from './yaml-walk';

type Reader = (entry: Entry, runtime: RuntimeBuilder, ctx: ServiceContext) => void;

interface ServiceContext {
  walker: YamlWalker;
  report: ReportProblem;
}

const TRUE = /^(true|yes|on|1)$/i;
const FALSE = /^(false|no|off|0)$/i;

function text(entry: Entry, ctx: ServiceContext): string | null {
  const value = scalarText(entry.value);
  if (value === null) ctx.report(composeProblem('notSingleValue', { key: entry.key }), entry.span);
  return value;
}

function flag(entry: Entry, ctx: ServiceContext): boolean | null {
  const value = scalarText(entry.value);
  if (value !== null && TRUE.test(value)) return true;
  if (value !== null && FALSE.test(value)) return false;
  ctx.report(composeProblem('notBoolean', { key: entry.key }), entry.span);
  return null;
}

/** A list of strings, also accepting a single string (`tmpfs: /run`). */
function list(entry: Entry, ctx: ServiceContext): { value: string; span: Span }[] {
  if (isScalar(entry.value)) {
    const value = scalarText(entry.value);
    return value === null ? [] : [{ value, span: entry.span }];
  }
  if (!isSeq(entry.value)) {
    ctx.report(composeProblem('notList', { key: entry.key }), entry.span);
    return [];
  }
  return ctx.walker.items(entry.value, entry.span).flatMap((item) => {
    const value = scalarText(item.value);
    if (value === null) ctx.report(composeProblem('itemNotSingleValue', { key: entry.key }), item.span);
    return value === null ? [] : [{ value, span: item.span }];
  });
}

/** `environment:` and `sysctls:` accept a list of KEY=VALUE or a mapping. */
function keyValues(entry: Entry, ctx: ServiceContext): { value: string; span: Span }[] {
  if (isMap(entry.value)) {
    return ctx.walker.entries(entry.value, entry.span).map((e) => {
      const value = scalarText(e.value);
      return { value: value === null ? e.key : `${e.key}=${value}`, span: e.span };
    });
  }
  return list(entry, ctx);
}

function textSetting(key: Parameters<RuntimeBuilder['setText']>[0]): Reader {
  return (entry, runtime, ctx) => {
    const value = text(entry, ctx);
    if (value !== null) runtime.setText(key, value, entry.span);
  };
}

function switchSetting(key: Parameters<RuntimeBuilder['setSwitch']>[0]): Reader {
  return (entry, runtime, ctx) => {
    const value = flag(entry, ctx);
    if (value !== null) runtime.setSwitch(key, value, entry.span);
  };
}

function longVolume(node: Node, span: Span, ctx: ServiceContext): MountModel | null {
  const fields = new Map(ctx.walker.entries(node, span).map((e) => [e.key, e]));
  const field = (key: string): string | null => {
    const e = fields.get(key);
    return e ? scalarText(e.value) : null;
  };
  const source = field('source');
  const target = field('target');
  if (!target) {
    ctx.report(composeProblem('volumeNeedsTarget'), span);
    return null;
  }
  const declared = field('type');
  const type = declared ?? (source && isHostPath(source) ? 'bind' : 'volume');
  if (!['bind', 'volume', 'tmpfs', 'image', 'npipe', 'cluster'].includes(type)) {
    ctx.report(composeProblem('notVolumeType', { type }), span);
    return null;
  }
  const readOnly = TRUE.test(field('read_only') ?? '');
  return { type: type as MountModel['type'], source, target, readOnly, options: '', span };
}

function longPort(node: Node, span: Span, runtime: RuntimeBuilder, ctx: ServiceContext): void {
  const fields = new Map(ctx.walker.entries(node, span).map((e) => [e.key, scalarText(e.value)]));
  const target = fields.get('target');
  if (!target) {
    ctx.report(composeProblem('portNeedsTarget'), span);
    return;
  }
  const published = fields.get('published') ?? null;
  const hostIp = fields.get('host_ip') ?? null;
  const protocol = fields.get('protocol') ?? 'tcp';
  const raw = `${hostIp ? `${hostIp}:` : ''}${published ?? ''}${published || hostIp ? ':' : ''}${target}${protocol === 'tcp' ? '' : `/${protocol}`}`;
  runtime.addPort({ hostIp: hostIp || null, hostPort: published || null, containerPort: target, protocol, raw, span });
}

const READERS: Readonly<Record<string, Reader>> = {
  image: textSetting('image'),
  privileged: switchSetting('privileged'),
  read_only: switchSetting('readOnlyRootfs'),
  network_mode: textSetting('networkMode'),
  pid: textSetting('pidMode'),
  ipc: textSetting('ipcMode'),
  uts: textSetting('utsMode'),
  userns_mode: textSetting('usernsMode'),
  cgroup: textSetting('cgroupnsMode'),
  user: textSetting('user'),
  working_dir: textSetting('workdir'),
  runtime: textSetting('runtime'),
  mem_limit: textSetting('memory'),
  memswap_limit: textSetting('memorySwap'),
  restart: textSetting('restart'),
  cpus: textSetting('cpus'),
  pids_limit: textSetting('pidsLimit'),
  stdin_open: (entry, runtime, ctx) => runtime.setLifecycle('interactive', flag(entry, ctx) === true),
  tty: (entry, runtime, ctx) => runtime.setLifecycle('tty', flag(entry, ctx) === true),
  entrypoint: (entry, runtime, ctx) => {
    const parts = list(entry, ctx);
    if (parts.length > 0) runtime.setText('entrypoint', parts.map((p) => p.value).join(' '), entry.span);
  },
  cap_add: (entry, runtime, ctx) => list(entry, ctx).forEach((c) => runtime.capability('add', c.value, c.span)),
  cap_drop: (entry, runtime, ctx) => list(entry, ctx).forEach((c) => runtime.capability('drop', c.value, c.span)),
  security_opt: (entry, runtime, ctx) => list(entry, ctx).forEach((o) => runtime.securityOpt(o.value, o.span)),
  group_add: (entry, runtime, ctx) => list(entry, ctx).forEach((g) => runtime.addToList('groupAdd', g.value, g.span)),
  tmpfs: (entry, runtime, ctx) => list(entry, ctx).forEach((t) => runtime.tmpfs(t.value, t.span)),
  environment: (entry, runtime, ctx) => keyValues(entry, ctx).forEach((e) => runtime.addToList('env', e.value, e.span)),
  sysctls: (entry, runtime, ctx) => keyValues(entry, ctx).forEach((e) => runtime.addToList('sysctls', e.value, e.span)),
  ulimits: (entry, runtime, ctx) => {
    // `nproc: 65535` or `nofile: { soft: 1024, hard: 2048 }`, read into the `name=soft:hard` of --ulimit.
    for (const limit of ctx.walker.entries(entry.value, entry.span)) {
      const single = scalarText(limit.value);
      if (single !== null) {
        runtime.addToList('ulimits', `${limit.key}=${single}`, limit.span);
        continue;
      }
      const fields = new Map(ctx.walker.entries(limit.value, limit.span).map((e) => [e.key, scalarText(e.value)]));
      const soft = fields.get('soft');
      const hard = fields.get('hard');
      if (soft && hard) runtime.addToList('ulimits', `${limit.key}=${soft}:${hard}`, limit.span);
      else ctx.report(composeProblem('ulimitShape', { limit: limit.key }), limit.span);
    }
  },
  devices: (entry, runtime, ctx) => {
    for (const item of ctx.walker.items(entry.value, entry.span)) {
      if (isMap(item.value)) {
        const fields = new Map(ctx.walker.entries(item.value, item.span).map((e) => [e.key, scalarText(e.value)]));
        const source = fields.get('source');
        if (source) runtime.device(`${source}:${fields.get('target') ?? source}:${fields.get('permissions') ?? 'rwm'}`, item.span);
        continue;
      }
      const value = scalarText(item.value);
      if (value !== null) runtime.device(value, item.span);
    }
  },
  volumes: (entry, runtime, ctx) => {
    if (!isSeq(entry.value)) {
      ctx.report(composeProblem('notList', { key: 'volumes' }), entry.span);
      return;
    }
    for (const item of ctx.walker.items(entry.value, entry.span)) {
      if (isMap(item.value)) {
        const mount = longVolume(item.value, item.span, ctx);
        if (mount) runtime.addMount(mount);
        continue;
      }
      const value = scalarText(item.value);
      if (value !== null) runtime.volume(value, item.span);
    }
  },
  ports: (entry, runtime, ctx) => {
    if (!isSeq(entry.value)) {
      ctx.report(composeProblem('notList', { key: 'ports' }), entry.span);
      return;
    }
    for (const item of ctx.walker.items(entry.value, entry.span)) {
      if (isMap(item.value)) longPort(item.value, item.span, runtime, ctx);
      else {
        const value = scalarText(item.value);
        if (value !== null) runtime.port(value, item.span);
      }
    }
  },
  deploy: (entry, runtime, ctx) => {
    const resources = ctx.walker.entries(entry.value, entry.span).find((e) => e.key === 'resources');
    const limits = resources ? ctx.walker.entries(resources.value, resources.span).find((e) => e.key === 'limits') : undefined;
    if (!limits) return;
    for (const limit of ctx.walker.entries(limits.value, limits.span)) {
      const value = scalarText(limit.value);
      if (value === null) continue;
      if (limit.key === 'memory') runtime.setText('memory', value, limit.span);
      if (limit.key === 'cpus') runtime.setText('cpus', value, limit.span);
      if (limit.key === 'pids') runtime.setText('pidsLimit', value, limit.span);
    }
  },
};

/** Maps one service onto the runtime model that `docker run` flags produce, reading only the keys that matter for it. */
export function readService(name: string, keySpan: Span, node: Node | null, walker: YamlWalker, report: ReportProblem): RuntimeModel {
  const runtime = new RuntimeBuilder('compose', keySpan, report);
  runtime.setText('name', name, keySpan);
  const ctx: ServiceContext = { walker, report };
  if (node !== null && !isMap(node)) report(composeProblem('serviceNotMapping', { service: name }), keySpan);
  for (const entry of walker.entries(node, keySpan)) {
    const reader = Object.hasOwn(READERS, entry.key) ? READERS[entry.key] : undefined;
    reader?.(entry, runtime, ctx);
  }
  return runtime.finish();
}
