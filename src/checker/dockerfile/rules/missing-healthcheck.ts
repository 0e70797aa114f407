import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { finalStage } from './helpers';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'missing-healthcheck',
    title: 'No HEALTHCHECK in the final image',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'images-and-containers',
    why: 'Without a health check Docker reports a hung or half-started service as running, and nothing restarts or replaces it.',
    fix: 'Add HEALTHCHECK CMD <probe> (for example an HTTP check of the service), or HEALTHCHECK NONE when an orchestrator probes it instead.',
    refs: { hadolint: ['DL3057'], checkov: ['CKV_DOCKER_2'], kics: ['b03a748a-542d-44f4-bb86-9199ab4fd2d5'] },
    messages: {
      noHealthcheck: 'The final image has no HEALTHCHECK, so a hung service still looks healthy; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE if your orchestrator probes it.',
    },
    examples: {
      bad: 'FROM nginxinc/nginx-unprivileged:1.30-alpine\n',
      good: 'FROM nginxinc/nginx-unprivileged:1.30-alpine\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]\n',
    },
  },
  check(model) {
    const last = finalStage(model);
    const seen = new Set<number>();
    for (let stage = last; stage && !seen.has(stage.index); stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null) {
      seen.add(stage.index);
      if (stage.healthcheck) return [];
    }
    if (!last) return [];
    return [{ ...last.span, messageId: 'noHealthcheck' }];
  },
};
