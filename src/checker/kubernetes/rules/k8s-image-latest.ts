import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { containerHit, eachContainer, perContainer } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-image-latest',
    title: 'Image not pinned',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'An image without a tag means `:latest`, which changes under you: nodes can run different code, and a pushed malicious or broken image is picked up at the next restart.',
    fix: 'Use a specific version tag, ideally with its digest (`name:1.27.1@sha256:...`).',
    refs: {
      trivy: ['KSV-0013'],
      checkov: ['CKV_K8S_14', 'CKV_K8S_43'],
      polaris: ['tagNotSpecified'],
    },
    messages: {
      ...perContainer('untagged', '{{who}} uses "{{image}}" without a tag, which means :latest and changes under you. Pin a version tag, ideally with its digest.'),
      ...perContainer('latestTag', '{{who}} uses the :latest tag of "{{image}}", which changes under you. Pin a version tag, ideally with its digest.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.30.1\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const image = container.image;
      if (!image || image.digest || image.value.trim() === '') continue;
      if (image.tag === undefined) hits.push(containerHit(image.span, 'untagged', container, { image: image.value }));
      else if (image.tag === 'latest') hits.push(containerHit(image.span, 'latestTag', container, { image: image.value }));
    }
    return hits;
  },
};
