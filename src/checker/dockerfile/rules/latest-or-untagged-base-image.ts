import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'latest-or-untagged-base-image',
    title: 'Base image without a version tag, or tagged latest',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'An untagged or :latest base changes under you: the next build may pull a different OS, runtime or default user, without any change to the Dockerfile.',
    fix: 'Pin a version tag such as node:24.22-slim, or better a digest (node:24.22-slim@sha256:...), and update it deliberately.',
    refs: { hadolint: ['DL3006', 'DL3007'], trivy: ['DS-0001'], checkov: ['CKV_DOCKER_7'], kics: ['9efb0b2d-89c9-41a3-91ca-dcc0aec911fd', 'f45ea400-6bbe-4501-9fc7-1c3d75c32067'], semgrep: ['dockerfile.best-practice.avoid-latest-version', 'dockerfile.best-practice.missing-image-version'] },
    messages: {
      untagged: 'FROM {{image}} has no tag, so it means :latest and changes with every release. Pin a version, e.g. {{image}}:<version>, or a digest.',
      latest: 'FROM {{image}} follows :latest, which changes with every release. Pin a version tag or a digest.',
    },
    examples: { bad: 'FROM node:latest\n', good: 'FROM node:24.22-slim\n' },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      const base = stage.base;
      if (base.kind !== 'image' || base.digest !== null || base.unresolvedVariables) continue;
      if (base.tag === null || base.tag === '') {
        hits.push({ ...base.span, messageId: 'untagged', data: { image: base.resolved } });
      } else if (base.tag.toLowerCase() === 'latest') {
        hits.push({ ...base.span, messageId: 'latest', data: { image: base.resolved } });
      }
    }
    return hits;
  },
};
