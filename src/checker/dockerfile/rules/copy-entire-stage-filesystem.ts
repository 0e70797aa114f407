import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

const ROOT = /^\/+\.?$/;

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'copy-entire-stage-filesystem',
    title: 'Whole file system copied from another stage',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'multi-stage-builds',
    why: 'COPY --from=<stage> / / brings the build stage\'s compilers, caches and secrets into the final image, undoing the point of the multi-stage build.',
    fix: 'Copy only the artifacts the service needs, e.g. COPY --from=build /src/target/app.jar /opt/app/.',
    refs: { hadolint: ['DL3067'] },
    messages: {
      wholeFileSystem: "COPY --from={{stage}} / / copies that stage's entire file system, tools and caches included; copy only the files the service needs.",
    },
    examples: {
      bad: 'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build / /\nENTRYPOINT ["/out/app"]\n',
      good: 'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const add of stage.adds) {
        const root = add.sources.findIndex((s) => ROOT.test(s));
        if (add.from === null || !ROOT.test(add.dest) || root === -1) continue;
        hits.push({ ...(add.spans.sources[root] ?? add.spans.keyword), messageId: 'wholeFileSystem', data: { stage: add.from } });
      }
    }
    return hits;
  },
};
