import { hexId } from './hash';
import type { SimImage } from './image';
import { parseImageRef, refText } from './image-ref';

/** The registry host the lab may push to; every other registry refuses an unauthenticated push. */
export const LAB_REGISTRY = 'registry.example.com';

/**
 * What has been pushed to the lab's registry in this session, by tag: a push moves the tag to the
 * pushed image's manifest, so the next pull or verification of that tag resolves to another digest.
 */
export class LabRegistry {
  private readonly tags = new Map<string, { image: SimImage; digest: string }>();

  /** The digest a manifest keeps when it is pushed again: the one it was pulled with, or one of its own. */
  static manifestDigest(image: SimImage, name: string): string {
    const known = image.repoDigests?.find((d) => d.startsWith(`${name}@`));
    return known ? known.slice(name.length + 1) : `sha256:${hexId(`manifest:${image.id}`)}`;
  }

  push(tagRef: string, image: SimImage): string {
    const ref = parseImageRef(tagRef);
    const digest = LabRegistry.manifestDigest(image, ref.name);
    this.tags.set(refText(ref), { image, digest });
    return digest;
  }

  /** The image a pushed tag now names, with the repository digest it has there. */
  byTag(tagRef: string): SimImage | null {
    const ref = parseImageRef(tagRef);
    const entry = this.tags.get(refText(ref));
    return entry ? { ...entry.image, repoTags: [refText(ref)], repoDigests: [`${ref.name}@${entry.digest}`] } : null;
  }

  /** A pushed manifest by its digest, in that repository. */
  byDigest(name: string, digest: string): SimImage | null {
    for (const [tag, entry] of this.tags) {
      if (entry.digest === digest && tag.slice(0, tag.lastIndexOf(':')) === name) return this.byTag(tag);
    }
    return null;
  }
}
