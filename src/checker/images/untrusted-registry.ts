import type { CheckOptions, Hit, Rule, RuleMeta, Span } from '../core/types';
import type { ImageModel } from '../dockerfile/model';
import type { KubernetesModel } from '../kubernetes/model';
import { containersOf, type RuntimeRule } from '../run/runtime-rule';
import { isTrusted, registryHost } from './registry-host';

export const meta: RuleMeta = {
  id: 'untrusted-registry',
  title: 'Image from a registry the team does not trust',
  severity: 'error',
  appliesTo: ['dockerfile', 'run', 'compose', 'kubernetes'],
  lesson: 'build-secrets-and-supply-chain',
  why: 'An image pulled from a registry nobody vetted can carry anything, and a typo in the host name pulls from whoever registered it; limiting images to the registries the team trusts (trustedRegistries in .shipshape.yaml) turns that into a review.',
  fix: 'Pull the image from one of the trusted registries (mirror it there if needed), or add its registry to trustedRegistries after review.',
  refs: { hadolint: ['DL3026'] },
  messages: {
    untrustedRegistry: '"{{image}}" comes from {{host}}, which is not among the trusted registries ({{trusted}}); pull it from one of them, or add {{host}} to trustedRegistries after review.',
  },
  examples: {
    bad: '# .shipshape.yaml: trustedRegistries: [gcr.io]\nFROM alpine:3.24',
    good: '# .shipshape.yaml: trustedRegistries: [gcr.io]\nFROM gcr.io/distroless/static-debian13:nonroot',
  },
};

interface Reference {
  image: string;
  span: Span;
}

/** Only active once a configuration names the trusted registries. */
function check(references: readonly Reference[], options: CheckOptions | undefined): Hit[] {
  const trusted = options?.trustedRegistries;
  if (!trusted || trusted.length === 0) return [];
  return references.flatMap(({ image, span }) => {
    const host = registryHost(image);
    if (host === null || isTrusted(host, trusted)) return [];
    return [{ ...span, messageId: 'untrustedRegistry', data: { image, host, trusted: trusted.join(', ') } }];
  });
}

/** FROM images and `COPY --from=<image>`, but not earlier stages, scratch or names a variable hides. */
export const dockerfileRule: Rule<ImageModel> = {
  meta,
  check: (model, options) => check(model.stages.flatMap((stage) => [
    ...(stage.base.kind === 'image' && !stage.base.unresolvedVariables ? [{ image: stage.base.resolved, span: stage.base.span }] : []),
    ...stage.adds.filter((a) => a.from !== null && a.fromStage === null && /[:/.]/.test(a.from)).map((a) => ({ image: a.from ?? '', span: a.spans.keyword })),
  ]), options),
};

export const runtimeRule: RuntimeRule = {
  meta,
  check: (model, options) => check(containersOf(model).flatMap((runtime) => (runtime.image ? [{ image: runtime.image.value, span: runtime.image.span }] : [])), options),
};

export const kubernetesRule: Rule<KubernetesModel> = {
  meta,
  check: (model, options) => check(model.workloads.flatMap((w) => w.containers.flatMap((c) => (c.image ? [{ image: c.image.value, span: c.image.span }] : []))), options),
};
