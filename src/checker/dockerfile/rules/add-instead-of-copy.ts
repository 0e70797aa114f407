import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

/** Local archives ADD unpacks on purpose: the one local use of ADD that COPY cannot do. */
export const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tar\.lz|gz|bz2|xz)$/i;
export const REMOTE = /^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i;

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'add-instead-of-copy',
    title: 'ADD used to copy local files',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'ADD also unpacks archives and fetches URLs, so a harmless-looking line can do more than copy; COPY does exactly one thing and is easier to review.',
    fix: 'Replace ADD with COPY for files and directories from the build context or another stage.',
    refs: { hadolint: ['DL3020'], trivy: ['DS-0005'], kics: ['9513a694-aa0d-41d8-be61-3271e056f36b'] },
    messages: {
      copiesLocalFiles: 'ADD copies {{sources}} from the build context, which COPY does with fewer surprises; replace ADD with COPY.',
    },
    examples: { bad: 'FROM alpine:3.24\nADD app.conf /etc/app/\n', good: 'FROM alpine:3.24\nCOPY app.conf /etc/app/\n' },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const add of stage.adds) {
        if (add.instruction !== 'ADD' || add.sources.length === 0) continue;
        if (add.sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s))) continue;
        hits.push({ ...add.spans.keyword, messageId: 'copiesLocalFiles', data: { sources: add.sources.join(', ') } });
      }
    }
    return hits;
  },
};
