import type { Span } from '../core/types';
import type { Worded } from '../core/worded';
import { settingProblem } from './diagnostics';
import type { DeviceModel, MountModel, PortModel } from './model';

/** A parsed value, or a message saying why the text is not valid. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Worded };

const PORT = /^\d{1,5}(-\d{1,5})?$/;

/**
 * `-p` / Compose short port syntax: `80`, `8080:80`, `127.0.0.1:8080:80`, `127.0.0.1::80`,
 * `[::1]:8080:80`, `8000-8010:8000-8010`, each optionally followed by `/udp`, `/tcp` or `/sctp`.
 */
export function parsePortSpec(raw: string, span: Span): Parsed<PortModel> {
  const slash = raw.lastIndexOf('/');
  const protocol = slash >= 0 ? raw.slice(slash + 1).toLowerCase() : 'tcp';
  const body = slash >= 0 ? raw.slice(0, slash) : raw;
  let hostIp: string | null = null;
  let rest = body;
  if (body.startsWith('[')) {
    const close = body.indexOf(']');
    if (close < 0 || body[close + 1] !== ':') return { ok: false, error: settingProblem('unclosedIpv6', { spec: raw }) };
    hostIp = body.slice(1, close);
    rest = body.slice(close + 2);
  }
  const parts = rest.split(':');
  let hostPort: string | null = null;
  let containerPort: string;
  if (parts.length === 1) containerPort = parts[0] ?? '';
  else if (parts.length === 2 || hostIp !== null) {
    if (parts.length > 2) return { ok: false, error: settingProblem('tooManyColons', { spec: raw }) };
    hostPort = parts[0] || null;
    containerPort = parts[1] ?? '';
  } else {
    containerPort = parts[parts.length - 1] ?? '';
    hostPort = parts[parts.length - 2] || null;
    hostIp = parts.slice(0, -2).join(':');
  }
  if (hostIp === '') hostIp = null;
  if (!PORT.test(containerPort)) return { ok: false, error: settingProblem('noContainerPort', { spec: raw }) };
  if (hostPort !== null && !PORT.test(hostPort)) return { ok: false, error: settingProblem('invalidHostPort', { spec: raw, port: hostPort }) };
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) return { ok: false, error: settingProblem('unknownProtocol', { spec: raw, protocol }) };
  return { ok: true, value: { hostIp, hostPort, containerPort, protocol, raw, span } };
}

/** A host path rather than a named volume: absolute, relative or home-relative. */
export function isHostPath(source: string): boolean {
  return /^(\/|\.{1,2}(\/|$)|~|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.startsWith('$');
}

const READ_ONLY_OPTION = /^(ro|readonly)$/i;

/** `-v` / Compose short volume syntax: `target`, `source:target`, `source:target:options`. */
export function parseVolumeSpec(raw: string, span: Span): Parsed<MountModel> {
  const parts = raw.split(':');
  if (parts.some((p, i) => p === '' && i < 2) || parts.length > 3) {
    return { ok: false, error: settingProblem('notVolumeSpec', { spec: raw }) };
  }
  if (parts.length === 1) {
    return { ok: true, value: { type: 'volume', source: null, target: raw, readOnly: false, options: '', span } };
  }
  const source = parts[0] ?? '';
  const target = parts[1] ?? '';
  const options = parts[2] ?? '';
  const readOnly = options.split(',').some((o) => READ_ONLY_OPTION.test(o.trim()));
  return { ok: true, value: { type: isHostPath(source) ? 'bind' : 'volume', source, target, readOnly, options, span } };
}

const MOUNT_TYPES = new Set(['bind', 'volume', 'tmpfs', 'image', 'npipe', 'cluster']);

/** `--mount type=bind,source=/x,target=/y,readonly`; the type defaults to volume. */
export function parseMountSpec(raw: string, span: Span): Parsed<MountModel> {
  let type = 'volume';
  let source: string | null = null;
  let target: string | null = null;
  let readOnly = false;
  const options: string[] = [];
  for (const field of raw.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq >= 0 ? field.slice(0, eq) : field).trim().toLowerCase();
    const value = eq >= 0 ? field.slice(eq + 1).trim() : '';
    if (key === 'type') type = value.toLowerCase();
    else if (key === 'source' || key === 'src') source = value;
    else if (key === 'target' || key === 'destination' || key === 'dst') target = value;
    else if (key === 'readonly' || key === 'ro') readOnly = eq < 0 || /^(1|true)$/i.test(value);
    else if (key !== '') options.push(field.trim());
  }
  if (!MOUNT_TYPES.has(type)) return { ok: false, error: settingProblem('unknownMountType', { spec: raw, type }) };
  if (!target) return { ok: false, error: settingProblem('mountNeedsTarget', { spec: raw }) };
  if (type === 'bind' && !source) return { ok: false, error: settingProblem('bindNeedsSource', { spec: raw }) };
  return { ok: true, value: { type: type as MountModel['type'], source: source || null, target, readOnly, options: options.join(','), span, mountFlag: true } };
}

/** `--tmpfs /run:rw,noexec,size=64m`. */
export function parseTmpfsSpec(raw: string, span: Span): MountModel {
  const colon = raw.indexOf(':');
  const target = colon >= 0 ? raw.slice(0, colon) : raw;
  const options = colon >= 0 ? raw.slice(colon + 1) : '';
  const readOnly = options.split(',').some((o) => READ_ONLY_OPTION.test(o.trim()));
  return { type: 'tmpfs', source: null, target, readOnly, options, span };
}

/** `--device /dev/sda`, `/dev/sda:/dev/xvda`, `/dev/sda:/dev/xvda:r`, `/dev/sda:r`, or a CDI name. */
export function parseDeviceSpec(raw: string, span: Span): DeviceModel {
  const parts = raw.split(':');
  const host = parts[0] ?? raw;
  const second = parts[1];
  if (second !== undefined && parts.length === 2 && /^[rwm]+$/.test(second)) {
    return { host, container: host, permissions: second, span };
  }
  return { host, container: second || host, permissions: parts[2] || 'rwm', span };
}
