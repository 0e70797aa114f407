import { normaliseRepository } from '../checker/dockerfile/catalogue';

/** An image reference split the way Docker shows it: `alpine:3.24`, `gcr.io/distroless/static-debian13:nonroot`. */
export interface ImageRef {
  registry: string | null;
  repository: string;
  tag: string;
  /** As `docker images` shows it in the REPOSITORY column. */
  name: string;
}

export function parseImageRef(raw: string): ImageRef {
  const withoutDigest = raw.split('@')[0] ?? raw;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const namePart = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : 'latest';
  const { registry, repository } = normaliseRepository(namePart);
  return { registry, repository, tag, name: registry ? `${registry}/${repository}` : repository };
}

export function refText(ref: ImageRef): string {
  return `${ref.name}:${ref.tag}`;
}

/** The fully qualified name BuildKit prints: docker.io/library/alpine:3.24. */
export function qualifiedName(ref: ImageRef): string {
  if (ref.registry) return `${ref.registry}/${ref.repository}:${ref.tag}`;
  const path = ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`;
  return `docker.io/${path}:${ref.tag}`;
}

/** The digest a reference pins (`name@sha256:…`, `name:tag@sha256:…`), or null. */
export function pinnedDigest(raw: string): string | null {
  const at = raw.indexOf('@');
  return at < 0 ? null : raw.slice(at + 1);
}

/** Whether the reference names a tag before its digest (`name:tag@sha256:…`). */
export function hasTag(raw: string): boolean {
  const name = raw.split('@')[0] ?? raw;
  return name.lastIndexOf(':') > name.lastIndexOf('/');
}
