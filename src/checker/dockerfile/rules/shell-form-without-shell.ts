import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { finalStage } from './helpers';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'shell-form-without-shell',
    title: 'Shell form on an image without a shell',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'The shell form runs the command through /bin/sh -c. Scratch and distroless images have no /bin/sh, so the container fails to start (or the RUN fails to build).',
    fix: 'Use the exec form, e.g. ENTRYPOINT ["/app/server"] or CMD ["java", "-jar", "/app/app.jar"], and do RUN work in an earlier stage that has a shell.',
    refs: {},
    messages: {
      runShellForm: 'This RUN uses the shell form, but {{image}} has no /bin/sh, so the build fails. Do this work in a build stage and copy the result.',
      commandShellForm: '{{keyword}} uses the shell form, which needs /bin/sh, and {{image}} has none: the container will not start. Write it in exec form, e.g. {{keyword}} ["/app/server"].',
    },
    examples: {
      bad: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY server /server\nENTRYPOINT /server --port 8080\n',
      good: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY server /server\nENTRYPOINT ["/server", "--port", "8080"]\n',
    },
  },
  check(model) {
    const stage = finalStage(model);
    if (!stage || stage.hasShell !== false || stage.shells.length > 0) return [];
    const base = stage.base.kind === 'scratch' ? 'scratch' : stage.base.resolved;
    const hits: Hit[] = [];
    for (const run of stage.runs) {
      if (run.form === 'shell') hits.push({ ...run.span, messageId: 'runShellForm', data: { image: base } });
    }
    for (const spec of [stage.entrypoint, stage.cmd]) {
      if (spec?.form !== 'shell') continue;
      const keyword = spec === stage.entrypoint ? 'ENTRYPOINT' : 'CMD';
      hits.push({ ...spec.span, messageId: 'commandShellForm', data: { keyword, image: base } });
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
