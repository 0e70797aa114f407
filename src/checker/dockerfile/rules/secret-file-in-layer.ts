import type { Hit, Rule, Span } from '../../core/types';
import type { FileAdd, ImageModel, Stage } from '../model';

const SECRET_FILE = /^(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|.*\.(pem|key|p12|pfx)|credentials(\.json)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|secrets?\..+)$/i;
const NOT_SECRET = /(example|sample|template|dist|public)/i;

function basename(path: string): string {
  const clean = path.replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

export function isSecretFile(path: string): boolean {
  const name = basename(path);
  return SECRET_FILE.test(name) && !NOT_SECRET.test(name);
}

function isDirectory(source: string): boolean {
  return source === '.' || source === './' || source.endsWith('/') || source === '*';
}

/** A source that copies a whole directory (`.`, `./`, `src/`) may carry any file of the context. */
function copiesDirectory(add: FileAdd): boolean {
  return add.from === null && add.sources.some(isDirectory);
}

/** Where the first source passing `test` is written. */
function sourceSpan(add: FileAdd, test: (source: string) => boolean): Span {
  return add.spans.sources[add.sources.findIndex(test)] ?? add.spans.keyword;
}

function shippedStages(model: ImageModel): Stage[] {
  const stages: Stage[] = [];
  const seen = new Set<number>();
  for (let stage = model.final; stage && !seen.has(stage.index); stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null) {
    seen.add(stage.index);
    stages.push(stage);
  }
  return stages;
}

const FIX = 'keep it out of the build context with .dockerignore, or use RUN --mount=type=secret so it never lands in a layer';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'secret-file-in-layer',
    title: 'Secret file copied into a layer',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'Every COPY is a layer: a key or token file stays readable in the image (docker save, docker history) even when a later RUN deletes it.',
    fix: 'List secret files in .dockerignore and pass build secrets with RUN --mount=type=secret,id=...; never COPY them and rm them later.',
    refs: { dockle: ['CIS-DI-0010'] },
    messages: {
      removedLater: `{{instruction}} puts {{files}} in a layer; the rm on line {{line}} hides it but the image still contains it. Instead, ${FIX}.`,
      inImage: `{{instruction}} puts {{files}} into the image, where anyone who pulls it can read it. Instead, ${FIX}.`,
      inCopiedDirectory: `{{instruction}} {{sources}} copies {{file}} into a layer, and the rm on line {{line}} does not take it out of the image. Instead, ${FIX}.`,
    },
    examples: {
      bad: 'FROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY .npmrc /root/.npmrc\nRUN npm ci --omit=dev && rm /root/.npmrc\n',
      good: '# syntax=docker/dockerfile:1\nFROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of shippedStages(model).reverse()) {
      // Both lists are in line order, so one pointer finds the first later removal for each COPY.
      const removals = stage.writes.filter((w) => w.kind === 'rm' && w.paths.some(isSecretFile));
      let next = 0;
      for (const add of stage.adds) {
        if (add.from !== null) continue;
        while (next < removals.length && (removals[next]?.line ?? 0) <= add.line) next++;
        const named = add.sources.filter(isSecretFile);
        const removal = removals[next];
        if (named.length > 0) {
          const data = { instruction: add.instruction, files: named.join(', ') };
          hits.push(removal
            ? { ...sourceSpan(add, isSecretFile), messageId: 'removedLater', data: { ...data, line: removal.line } }
            : { ...sourceSpan(add, isSecretFile), messageId: 'inImage', data });
        } else if (removal && copiesDirectory(add)) {
          const file = removal.paths.find(isSecretFile) ?? '';
          hits.push({ ...sourceSpan(add, isDirectory), messageId: 'inCopiedDirectory', data: { instruction: add.instruction, sources: add.sources.join(' '), file: basename(file), line: removal.line } });
        }
      }
    }
    return hits;
  },
};
