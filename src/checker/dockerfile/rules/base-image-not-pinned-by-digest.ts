import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

/** The digests Docker accepts: an algorithm and its full lowercase hexadecimal value. */
const DIGEST = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'base-image-not-pinned-by-digest',
    title: 'Base image pinned by tag only, not by digest',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'sign-scan-attest',
    why: 'A tag is a pointer that anyone with push access to the repository can move: the next build starts from whatever it points to then. A digest names exactly one image, and the build fails rather than take another.',
    fix: 'Add the digest after the tag, FROM image:tag@sha256:<digest>, and let Dependabot or Renovate propose new digests as reviewed pull requests.',
    refs: {},
    messages: {
      notPinned: 'FROM {{image}} is pinned by tag only; the registry can hand the next build a different image under the same tag. Add its digest: {{image}}@sha256:<digest>.',
      malformedDigest: '"{{digest}}" is not an image digest: Docker expects sha256: and 64 lowercase hexadecimal digits, so this reference fails to parse.',
    },
    examples: {
      bad: 'FROM alpine:3.24\n',
      good: 'FROM alpine:3.24@sha256:046a853f21a8e176b76369e1ea8de0c8fb24f3b377577f1aed0766e56bb4c1cc\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      const base = stage.base;
      if (base.kind !== 'image' || base.unresolvedVariables) continue;
      if (base.digest !== null) {
        if (!DIGEST.test(base.digest)) hits.push({ ...base.span, messageId: 'malformedDigest', data: { digest: base.digest } });
        continue;
      }
      // No tag or :latest is latest-or-untagged-base-image's finding; this one starts where a tag is pinned.
      if (base.tag === null || base.tag === '' || base.tag.toLowerCase() === 'latest') continue;
      hits.push({ ...base.span, messageId: 'notPinned', data: { image: base.resolved } });
    }
    return hits;
  },
};
