import { lookupBaseImage, normaliseRepository } from '../dockerfile/catalogue';
import type { ImageModel, Stage, UserSpec } from '../dockerfile/model';
import { numericId, tableOf, type UserTable } from '../dockerfile/users';
import type { Subject, UserFacts, UserSource } from './types';

/** What the image decides before any runtime setting: which stage it is, and its user. */
export interface ImageFacts {
  reference: string | null;
  dockerfile: string | null;
  stage: Subject['image']['stage'];
  user: UserFacts;
  /** The USER value as the image config stores it ("app", "10001"), which the kubelet reads for runAsNonRoot; null when unknown. */
  configUser: string | null;
  /** Users and groups the image knows by name, for resolving an override; null when the image is unknown. */
  table: UserTable | null;
  /** The table is the image's whole /etc/passwd (a catalogued base, scratch), so a uid missing from it really has no entry. */
  tableComplete: boolean;
  /** VOLUME instructions of the stage. */
  volumes: string[];
}

const SOURCE: Record<UserSpec['source'], UserSource> = {
  instruction: 'user-instruction',
  'base-image': 'base-image',
  stage: 'earlier-stage',
  unknown: 'unknown',
};

/** `docker.io/library/nginx` and `nginx:latest` name the same image. */
export function normaliseImage(reference: string): string {
  const [name = '', digest] = reference.trim().split('@');
  const { registry, repository } = normaliseRepository(name);
  const lastSegment = repository.slice(repository.lastIndexOf('/') + 1);
  const tagged = lastSegment.includes(':') ? repository : `${repository}:latest`;
  return `${registry ? `${registry}/` : ''}${tagged}${digest ? `@${digest}` : ''}`;
}

function stageFor(model: ImageModel, target: string | null): Stage | null {
  if (target !== null) return model.stages.find((s) => s.name === target.toLowerCase()) ?? null;
  return model.final;
}

/** The image a Dockerfile builds (its final stage, or `target`). */
export function imageFromDockerfile(path: string, model: ImageModel, target: string | null, reference: string | null): ImageFacts | null {
  const stage = stageFor(model, target);
  if (!stage || stage.implicit) return null;
  const spec = stage.user;
  const known = spec.source !== 'unknown';
  return {
    reference,
    dockerfile: path,
    stage: { index: stage.index, name: stage.name, base: stage.base.resolved || stage.base.raw },
    user: {
      name: known ? spec.user || 'root' : null,
      uid: spec.uid,
      gid: spec.gid,
      source: SOURCE[spec.source],
      place: known ? { file: path, line: spec.line } : null,
    },
    configUser: known ? spec.raw : null,
    table: tableOf(stage.knownUsers),
    tableComplete: stage.base.kind === 'scratch' || stage.base.kind === 'stage' || (stage.base.kind === 'image' && stage.base.info !== null),
    volumes: stage.volumes.map((v) => v.path),
  };
}

/** An image no given Dockerfile builds: what the catalogue knows about it, else nothing. */
export function imageFromCatalogue(reference: string, place: { file: string; line: number }): ImageFacts {
  const [name = ''] = reference.split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : null;
  const { registry, repository } = normaliseRepository(colon > slash ? name.slice(0, colon) : name);
  const info = lookupBaseImage(registry, repository, tag);
  if (!info) {
    return {
      reference, dockerfile: null, stage: null, configUser: null, table: null, tableComplete: false, volumes: [],
      user: { name: null, uid: null, gid: null, source: 'unknown', place: null },
    };
  }
  const named = info.users.find((u) => u.uid === info.defaultUid);
  return {
    reference,
    dockerfile: null,
    stage: null,
    user: { name: named?.name ?? info.defaultUser, uid: info.defaultUid, gid: info.defaultGid, source: 'base-image', place },
    configUser: info.defaultUser,
    table: tableOf(info.users, info.groups, info.accounts !== null),
    tableComplete: info.accounts !== null,
    volumes: [],
  };
}

/**
 * `-u`, `user:` or runAsUser over the image's user, as runc resolves it: a name is looked up in the
 * image's /etc/passwd; a uid that has no entry gets gid 0; an explicit group wins.
 */
export function overrideUser(raw: string, table: UserTable | null, complete: boolean): { name: string; uid: number | null; gid: number | null } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const user = colon === -1 ? text : text.slice(0, colon);
  const group = colon === -1 ? null : text.slice(colon + 1);
  const numeric = numericId(user);
  const byName = numeric === null ? table?.users.get(user) : undefined;
  const byUid = numeric !== null && table ? [...table.users.values()].find((u) => u.uid === numeric) : undefined;
  const uid = numeric ?? byName?.uid ?? null;
  let gid: number | null;
  if (group !== null) gid = numericId(group) ?? table?.groups.get(group)?.gid ?? null;
  else if (byName) gid = byName.gid;
  else if (byUid) gid = byUid.gid;
  else gid = complete && numeric !== null ? 0 : null;
  return { name: user, uid, gid };
}
