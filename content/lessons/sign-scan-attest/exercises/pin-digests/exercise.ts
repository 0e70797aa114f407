import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { BaseRef, ImageModel } from '../../../../../src/checker/dockerfile/model';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

/**
 * What the lab's registry serves under each tag this image builds on (`docker pull` prints the same
 * digests; exercises.test.ts holds the two to each other).
 */
export const REGISTRY_DIGESTS: Readonly<Record<string, string>> = {
  'golang:1.27': 'sha256:a70163333d24e7f6c0ae81810d33a474410af537e47f6a6a45bcfa05123e3648',
  'gcr.io/distroless/static-debian13:nonroot': 'sha256:1d8d490822819f81fcb74226214e9f177c0cd6048d46e2dd3e843f72a6953043',
};
const BASES = ['golang:1.27', 'gcr.io/distroless/static-debian13:nonroot'] as const;

function imageBases(image: ImageModel): BaseRef[] {
  return image.stages.map((s) => s.base).filter((b) => b.kind === 'image');
}

/** `name:tag` of a base, without its digest; the name as written (registry included). */
function tagged(base: BaseRef): string {
  const name = base.registry ? `${base.registry}/${base.repository}` : base.repository;
  return base.tag ? `${name}:${base.tag}` : name;
}

export const PINNED_MESSAGES = {
  noBase: 'The Dockerfile has no FROM of an image any more, so there is nothing to pin.',
  notPinned: '`FROM {{image}}` names a tag only: whoever can push to that repository decides what the next build starts from.',
  passed: 'Every FROM names its image by digest.',
  fix: 'Append the digest that `docker pull {{image}}` prints: `FROM {{image}}@sha256:…`.',
} as const;

export const REGISTRY_MESSAGES = {
  unknownDigest: 'The registry has no image {{digest}} in the repository of `{{image}}`, so BuildKit stops with "not found". The digest must be the one the registry reports for this tag.',
  passed: 'Each digest is the one the registry serves for its tag, so the build resolves exactly those images.',
  fix: 'Run `docker pull {{image}}` and copy the `Digest:` line.',
} as const;

export const TAG_MESSAGES = {
  noTag: '`FROM {{name}}@{{digest}}` has no tag: Docker does not need it, but people and update bots read it to know what the digest is and to propose the next one.',
  passed: 'Each digest keeps its tag in front, for readers and for Dependabot or Renovate.',
  fix: 'Write the tag before the digest: `FROM {{image}}@{{digest}}`.',
} as const;

export const SAME_BASES_MESSAGES = {
  changed: 'The image now builds on `{{image}}`; keep the two bases it had, golang:1.27 to build and distroless nonroot to run, and only pin them.',
  passed: 'Still built with golang:1.27 and run on distroless static-debian13:nonroot.',
  fix: 'Keep `FROM golang:1.27… AS build` and `FROM gcr.io/distroless/static-debian13:nonroot…`.',
} as const;

export const exercise: Exercise = {
  id: 'sign-scan-attest/pin-digests',
  lesson: 'sign-scan-attest',
  title: 'Pin both base images by digest',
  task:
    'This Go service builds on `golang:1.27` and runs on distroless `nonroot`, both by tag. Pin each FROM to the digest ' +
    'the registry serves for that tag today, keeping the tag in front of it, so the next build uses exactly these two images ' +
    'or fails. The terminal\'s `docker pull` prints each digest.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root', 'user-not-numeric', 'shell-form-without-shell', 'build-tools-in-final-image'],
  goals: [
    {
      id: 'bases-by-digest',
      title: 'Every FROM names its image by digest',
      why: 'A tag can be moved to another image at any time; a digest names exactly one.',
      rules: ['base-image-not-pinned-by-digest', 'latest-or-untagged-base-image'],
      messages: PINNED_MESSAGES,
      check(ctx): GoalResult {
        const bases = imageBases(ctx.image());
        if (bases.length === 0) return { pass: false, messageId: 'noBase' };
        const loose = bases.find((b) => b.digest === null);
        if (loose) return { pass: false, line: loose.line, messageId: 'notPinned', fixId: 'fix', data: { image: loose.resolved } };
        return { pass: true, messageId: 'passed' };
      },
    },
    {
      id: 'digest-from-registry',
      title: 'Each digest is the one the registry serves for its tag',
      why: 'A digest the repository does not have stops the build; one copied from another image is not the image you meant.',
      messages: REGISTRY_MESSAGES,
      check(ctx): GoalResult {
        for (const base of imageBases(ctx.image())) {
          if (base.digest === null) continue;
          const name = tagged(base);
          const expected = REGISTRY_DIGESTS[name] ?? Object.entries(REGISTRY_DIGESTS).find(([ref]) => ref.split(':')[0] === name)?.[1];
          if (expected !== base.digest) {
            return { pass: false, line: base.line, messageId: 'unknownDigest', fixId: 'fix', data: { image: name.includes(':') ? name : `${name}:<tag>`, digest: base.digest } };
          }
        }
        return { pass: true, messageId: 'passed' };
      },
    },
    {
      id: 'tag-kept',
      title: 'The tag stays in front of the digest',
      why: 'Dependabot and Renovate read the tag to know which release the digest belongs to, and to propose the next digest as a pull request.',
      messages: TAG_MESSAGES,
      check(ctx): GoalResult {
        const bare = imageBases(ctx.image()).find((b) => b.digest !== null && (b.tag === null || b.tag === ''));
        if (!bare || bare.digest === null) return { pass: true, messageId: 'passed' };
        const name = tagged(bare);
        const ref = BASES.find((r) => r.split(':')[0] === name) ?? `${name}:<tag>`;
        return { pass: false, line: bare.line, messageId: 'noTag', fixId: 'fix', data: { name, digest: bare.digest, image: ref } };
      },
    },
    {
      id: 'same-bases',
      title: 'The image keeps its two bases',
      why: 'Pinning should change which bytes you get, not what you build on: the build stage needs Go, and the runtime stays distroless and non-root.',
      messages: SAME_BASES_MESSAGES,
      check(ctx): GoalResult {
        const bases = imageBases(ctx.image());
        const other = bases.find((b) => !(BASES as readonly string[]).includes(tagged(b)) && !BASES.some((r) => r.split(':')[0] === tagged(b)));
        if (other) return { pass: false, line: other.line, messageId: 'changed', fixId: 'fix', data: { image: tagged(other) } };
        const names = new Set(bases.map((b) => tagged(b).split(':')[0]));
        const missing = BASES.find((r) => !names.has(r.split(':')[0]));
        return missing ? { pass: false, messageId: 'changed', fixId: 'fix', data: { image: bases.map(tagged).join(', ') || '-' } } : { pass: true, messageId: 'passed' };
      },
    },
  ],
  run: {
    title: 'The image builds from the pinned bases and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a digest the registry does not have fails the build there, as it would on a real builder.',
    passed: 'docker build resolves both digests, and the server keeps running as UID 65532.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run -d --name app app' },
      { command: "docker inspect -f '{{.State.Status}}' app", output: 'running', explain: 'docker logs app' },
    ],
  },
  hints: [
    'A reference can carry a tag and a digest at once: `name:tag@sha256:<64 hex digits>`. Docker then uses the digest.',
    'In the terminal, `docker pull golang:1.27` and `docker pull gcr.io/distroless/static-debian13:nonroot` each print a `Digest:` line; `docker inspect --format \'{{.RepoDigests}}\' IMAGE` shows it again.',
    'Write `FROM golang:1.27@sha256:a70163333d24e7f6c0ae81810d33a474410af537e47f6a6a45bcfa05123e3648 AS build` and `FROM gcr.io/distroless/static-debian13:nonroot@sha256:1d8d490822819f81fcb74226214e9f177c0cd6048d46e2dd3e843f72a6953043`.',
  ],
  demo: ['docker pull golang:1.27', 'docker pull gcr.io/distroless/static-debian13:nonroot', 'docker build -t app .', 'docker images'],
  context: {
    'go.mod': 'module example.com/server\n\ngo 1.27\n',
    'main.go':
      'package main\n\nimport (\n\t"flag"\n\t"net/http"\n)\n\nfunc main() {\n\tport := flag.String("port", "8080", "port to listen on")\n\tflag.Parse()\n\thttp.ListenAndServe(":"+*port, nil)\n}\n',
  },
};
