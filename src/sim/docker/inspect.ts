import { apiTime } from '../clock';
import type { Container } from '../container';
import type { Engine } from '../engine';
import type { SimImage } from '../image';
import { imageCreatedAt } from './ages';
import { resourceLimits } from './limits-inspect';

function portMap(ports: string[]): Record<string, Record<string, never>> | null {
  return ports.length ? Object.fromEntries(ports.map((p) => [p, {}])) : null;
}

export function inspectImage(image: SimImage, engine: Engine): unknown {
  return {
    Id: `sha256:${image.id}`,
    RepoTags: image.repoTags,
    RepoDigests: image.repoDigests ?? [],
    Created: apiTime(imageCreatedAt(engine, image)),
    Config: {
      User: image.config.user,
      ExposedPorts: portMap(image.config.exposedPorts),
      Env: image.config.env,
      Cmd: image.config.cmd,
      WorkingDir: image.config.workingDir === '/' ? '' : image.config.workingDir,
      Entrypoint: image.config.entrypoint,
      Labels: Object.keys(image.config.labels).length ? image.config.labels : null,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.sizeBytes,
  };
}

export function inspectContainer(container: Container, engine: Engine): unknown {
  const r = container.runtime;
  const binds = r.mounts.filter((m) => m.type === 'bind' && m.source).map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
  const tmpfs = r.mounts.filter((m) => m.type === 'tmpfs');
  const eth0 = container.proc.network.interfaces.find((i) => i.name === 'eth0' && container.proc.network.mode === 'bridge');
  return {
    Id: container.id,
    Created: apiTime(container.createdAt ?? engine.now()),
    Path: container.argv[0] ?? '',
    Args: container.argv.slice(1),
    State: { Status: container.status, Running: container.status === 'running', OOMKilled: container.oomKilled === true, ExitCode: container.exitCode },
    Image: `sha256:${container.image.id}`,
    Name: `/${container.name}`,
    AppArmorProfile: container.proc.apparmor?.name ?? (r.privileged?.value ? 'unconfined' : ''),
    HostConfig: {
      Binds: binds.length ? binds : null,
      Tmpfs: tmpfs.length ? Object.fromEntries(tmpfs.map((m) => [m.target, m.options])) : null,
      NetworkMode: r.networkMode?.value ?? 'bridge',
      PortBindings: Object.fromEntries(r.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: p.hostIp ?? '', HostPort: p.hostPort ?? '' }]])),
      AutoRemove: container.autoRemove,
      CapAdd: r.capAdd.length ? r.capAdd.map((c) => c.name) : null,
      CapDrop: r.capDrop.length ? r.capDrop.map((c) => c.name) : null,
      IpcMode: r.ipcMode?.value ?? 'private',
      PidMode: r.pidMode?.value ?? '',
      Privileged: r.privileged?.value === true,
      ReadonlyRootfs: r.readOnlyRootfs?.value === true,
      ...resourceLimits(r),
      SecurityOpt: r.securityOpts.length ? r.securityOpts.map((s) => s.value) : null,
      UsernsMode: r.usernsMode?.value ?? '',
      Devices: r.devices.map((d) => ({ PathOnHost: d.host, PathInContainer: d.container, CgroupPermissions: d.permissions })),
    },
    Config: {
      Hostname: container.proc.hostname,
      User: r.user?.value ?? container.image.config.user,
      Env: Object.entries(container.proc.env).map(([k, v]) => `${k}=${v}`),
      Cmd: container.argv,
      Image: container.imageName,
      WorkingDir: container.proc.cwd === '/' ? '' : container.proc.cwd,
      Labels: { ...container.image.config.labels, ...container.labels },
    },
    NetworkSettings: { IPAddress: eth0?.cidr?.split('/')[0] ?? '' },
  };
}

/** A template that stopped while executing, as Go's text/template words it. */
export class TemplateError extends Error {}

/**
 * Walks `.A.B.C` through the decoded JSON, which docker inspect executes with missingkey=error: a key
 * missing from a map stops the template. `column` is where Go places the node (the chain's second field).
 */
function lookup(value: unknown, path: string[], column: number): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Array.isArray(current) && !Object.hasOwn(current, key)) {
      throw new TemplateError(`template: :1:${column}: executing "" at <.${path.join('.')}>: map has no entry for key "${key}"`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function goValue(value: unknown): string {
  if (value === null || value === undefined) return '<no value>';
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (typeof value === 'object') return `map[${Object.entries(value).map(([k, v]) => `${k}:${goValue(v)}`).join(' ')}]`;
  return String(value);
}

/** The small part of Go templates that `--format` is used with: `{{.A.B}}` and `{{json .A}}`. */
export function applyFormat(format: string, value: unknown): string {
  return format.replace(/\{\{(\s*(?:json\s+)?)\.([\w.]*)\s*\}\}/g, (_match: string, lead: string, path: string, offset: number) => {
    const json = lead.trim() !== '';
    const fields = path.split('.');
    const start = offset + 2 + lead.length;
    const column = fields.length > 1 ? start + 1 + (fields[0]?.length ?? 0) : start;
    const found = path === '' ? value : lookup(value, fields, column);
    return json ? JSON.stringify(found ?? null) : goValue(found);
  });
}
