import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'relative-workdir',
    title: 'WORKDIR with a relative path',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'images-and-containers',
    why: 'A relative WORKDIR depends on every earlier WORKDIR, including the base image\'s, so files end up somewhere nobody intended when the base changes.',
    fix: 'Use an absolute path, e.g. WORKDIR /opt/app.',
    refs: { hadolint: ['DL3000'], trivy: ['DS-0009'], checkov: ['CKV_DOCKER_10'], kics: ['6b376af8-cfe8-49ab-a08d-f32de23661a4'], semgrep: ['generic.dockerfile.best-practice.use-absolute-workdir'] },
    messages: {
      relativePath: 'WORKDIR {{path}} is relative, so where it lands depends on earlier WORKDIRs; write the absolute path, e.g. WORKDIR {{absolute}}.',
    },
    examples: { bad: 'FROM alpine:3.24\nWORKDIR app\n', good: 'FROM alpine:3.24\nWORKDIR /app\n' },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const { path, span } of stage.workdirs) {
        if (path === '' || path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.startsWith('\\')) continue;
        hits.push({ ...span, messageId: 'relativePath', data: { path, absolute: `/${path.replace(/^(\.\.?\/)+/, '')}` } });
      }
    }
    return hits;
  },
};
