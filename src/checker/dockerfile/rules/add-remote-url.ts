import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'add-remote-url',
    title: 'ADD downloads a URL without a checksum',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'Whatever the server returns on build day goes into the image unverified: a compromised or changed download ships silently.',
    fix: 'Pin the download: ADD --checksum=sha256:<hash> <url> <dest>, or RUN curl -fsSL <url> -o file && echo "<hash>  file" | sha256sum -c -.',
    refs: { checkov: ['CKV_DOCKER_4'], kics: ['4b410d24-1cbe-4430-a632-62c9a931cf1c'], semgrep: ['dockerfile.best-practice.prefer-copy-over-add'] },
    messages: {
      unverifiedDownload: 'ADD fetches {{url}} without verifying it; add --checksum=sha256:<hash>, or download with curl and check the sha256.',
    },
    examples: {
      bad: 'FROM alpine:3.24\nADD https://example.com/tool.tar.gz /opt/\n',
      good: 'FROM alpine:3.24\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const add of stage.adds) {
        if (add.instruction !== 'ADD' || add.checksum !== null) continue;
        const at = add.sources.findIndex((s) => /^https?:\/\//i.test(s));
        const url = add.sources[at];
        if (url) hits.push({ ...(add.spans.sources[at] ?? add.spans.keyword), messageId: 'unverifiedDownload', data: { url } });
      }
    }
    return hits;
  },
};
