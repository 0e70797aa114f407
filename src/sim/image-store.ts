import { lookupBaseImage } from '../checker/dockerfile/catalogue';
import type { BaseImageInfo } from '../checker/dockerfile/model';
import { baseFileSystem, defaultCommand, defaultPath } from './base-fs';
import { courseImage, courseRefsNamed, isCourseRepository } from './course-images';
import { hexId, shortId } from './hash';
import { publishedConfig, publishedEnv } from './image-config';
import type { SimImage } from './image';
import { hasTag, parseImageRef, pinnedDigest, refText, type ImageRef } from './image-ref';
import { LabRegistry } from './lab-registry';

const MB = 1_000_000;

function baseSizeBytes(info: BaseImageInfo): number {
  const mb = info.uncompressedMB ?? (info.compressedMB === null ? 150 : info.compressedMB * 2.4);
  return Math.round(mb * MB);
}

/** A catalogue image as the registry would hand it over. */
export function imageFromCatalogue(info: BaseImageInfo, ref: ImageRef): SimImage {
  const fs = baseFileSystem(info);
  const published = publishedConfig(info);
  published.apply(fs);
  const { entrypoint, cmd } = published.command ?? defaultCommand(info);
  const sizeBytes = baseSizeBytes(info);
  const user = info.defaultUser;
  const workingDir = published.workingDir ?? (user && fs.get(`/home/${user}`) ? `/home/${user}` : '/');
  return {
    id: hexId(`image:${info.id}:${refText(ref)}`),
    repoTags: [refText(ref)],
    fs,
    config: { user, entrypoint, cmd, env: publishedEnv(defaultPath(info), published), workingDir, exposedPorts: info.tools.includes('nginx') ? ['80/tcp'] : [], labels: {} },
    history: [
      { createdBy: `/bin/sh -c #(nop) ADD file:${shortId(hexId(info.id))} in / `, sizeBytes, emptyLayer: false, comment: '' },
      ...(cmd ? [{ createdBy: `/bin/sh -c #(nop)  CMD ${JSON.stringify(cmd)}`, sizeBytes: 0, emptyLayer: true, comment: '' }] : []),
    ],
    sizeBytes,
    base: info,
    packages: [],
    created: '2 weeks ago',
  };
}

export type PullResult = { image: SimImage; pulled: boolean } | { error: string };

/** The images of the simulated engine, plus the registry they come from (the base-image catalogue). */
export class ImageStore {
  private readonly images: SimImage[] = [];
  /** What this session pushed: it takes precedence over what the registry held before. */
  readonly registry = new LabRegistry();

  constructor(seed: string[]) {
    for (const raw of seed) this.pull(raw);
  }

  list(): readonly SimImage[] {
    return this.images;
  }

  /** By `name[:tag]`, full id or id prefix (as Docker accepts). */
  find(raw: string): SimImage | undefined {
    const bare = raw.replace(/^sha256:/, '');
    if (/^[0-9a-f]{4,64}$/.test(bare)) {
      const byId = this.images.find((image) => image.id.startsWith(bare));
      if (byId) return byId;
    }
    const ref = parseImageRef(raw);
    const digest = pinnedDigest(raw);
    if (digest !== null) return this.images.find((image) => image.repoDigests?.includes(`${ref.name}@${digest}`));
    const wanted = refText(ref);
    return this.images.find((image) => image.repoTags.includes(wanted));
  }

  /** Adds an image; a tag moves from any older image to this one. */
  add(image: SimImage): void {
    for (const other of this.images) other.repoTags = other.repoTags.filter((tag) => !image.repoTags.includes(tag));
    const existing = this.images.findIndex((other) => other.id === image.id);
    if (existing >= 0) this.images.splice(existing, 1);
    this.images.unshift(image);
  }

  remove(image: SimImage): void {
    const index = this.images.indexOf(image);
    if (index >= 0) this.images.splice(index, 1);
  }

  /** What the registry holds under that reference (a catalogue image or one of the course's own), without storing it. */
  static resolveRemote(raw: string): SimImage | null {
    const digest = pinnedDigest(raw);
    if (digest !== null) {
      // The registry serves a digest only when one of its tags points at it; a tag written before the
      // digest is ignored, as Docker and BuildKit ignore it.
      const name = parseImageRef(raw).name;
      const candidates = hasTag(raw) ? [refText(parseImageRef(raw))] : courseRefsNamed(name);
      const tagged = candidates.find((candidate) => digestOf(candidate) === digest);
      return tagged ? ImageStore.resolveRemote(tagged) : null;
    }
    const ref = parseImageRef(raw);
    const info = lookupBaseImage(ref.registry, ref.repository, ref.tag);
    const image = info ? imageFromCatalogue(info, ref) : courseImage(ref);
    return image ? { ...image, repoDigests: [`${ref.name}@${digestOf(raw)}`] } : null;
  }

  /** What the registry serves under a reference now, pushes of this session included. */
  remote(raw: string): SimImage | null {
    const digest = pinnedDigest(raw);
    const pushed = digest === null ? this.registry.byTag(raw) : this.registry.byDigest(parseImageRef(raw).name, digest);
    return pushed ?? ImageStore.resolveRemote(raw);
  }

  /** Gives an image one more tag, taking it from any image that had it (docker tag). */
  tag(image: SimImage, raw: string): void {
    const wanted = refText(parseImageRef(raw));
    for (const other of this.images) other.repoTags = other.repoTags.filter((t) => t !== wanted);
    image.repoTags = [...image.repoTags, wanted];
  }

  pull(raw: string): PullResult {
    const local = this.find(raw);
    const found = this.remote(raw);
    // A pull asks the registry again: a tag that now names another manifest is downloaded anew.
    const name = parseImageRef(raw).name;
    const moved = local && found && pinnedDigest(raw) === null && !(local.repoDigests ?? []).some((d) => (found.repoDigests ?? []).includes(d) && d.startsWith(`${name}@`));
    if (local && !moved) return { image: local, pulled: false };
    const digest = pinnedDigest(raw);
    const ref = parseImageRef(raw);
    // Pulled by digest, the image gets no tag: `docker images` lists it as <none>.
    const remote = found && digest !== null ? { ...found, repoTags: [] } : found;
    if (!remote) {
      if (digest !== null && (isCourseRepository(ref) || lookupBaseImage(ref.registry, ref.repository, ref.tag))) {
        return { error: `manifest for ${ref.name}@${digest} not found: manifest unknown: manifest unknown` };
      }
      if (isCourseRepository(ref)) return { error: `manifest for ${refText(ref)} not found: manifest unknown: manifest unknown` };
      return { error: `pull access denied for ${ref.name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` };
    }
    this.add(remote);
    return { image: remote, pulled: true };
  }
}

/** The digest a registry would report for a reference. */
export function digestOf(raw: string): string {
  return pinnedDigest(raw) ?? `sha256:${hexId(`digest:${refText(parseImageRef(raw))}`)}`;
}

/** The short ids of an image's layers as a registry transfer lists them (pulled as `raw`). */
export function layerIds(raw: string, image: SimImage): string[] {
  const count = Math.max(1, Math.min(6, Math.round(image.sizeBytes / 40 / MB) + 1));
  const ref = parseImageRef(raw);
  return Array.from({ length: count }, (_, i) => shortId(hexId(`layer:${refText(ref)}:${i}`)));
}

/** Docker's pull progress, as it reads once finished. */
export function pullTranscript(raw: string, image: SimImage, pulled: boolean): string {
  const ref = parseImageRef(raw);
  const layers = layerIds(raw, image);
  const pinned = pinnedDigest(raw);
  // Pulled by digest, Docker names the digest where it would name the tag.
  const shown = pinned === null ? refText(ref) : `${ref.name}@${pinned}`;
  const lines = [`${pinned ?? ref.tag}: Pulling from ${ref.registry ? ref.repository : ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`}`];
  if (pulled) {
    for (const layer of layers) lines.push(`${layer}: Pull complete`);
  }
  const known = image.repoDigests?.find((d) => d.startsWith(`${ref.name}@`));
  lines.push(`Digest: ${known ? known.slice(ref.name.length + 1) : digestOf(raw)}`);
  lines.push(pulled ? `Status: Downloaded newer image for ${shown}` : `Status: Image is up to date for ${shown}`);
  return lines.join('\n');
}
