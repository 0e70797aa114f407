import type { Hit, Rule } from '../../core/types';
import type { ImageModel, ShellCommand, Stage } from '../model';
import { aptAction, commandsOf, placeInRun, programSpan } from './helpers';

const LISTS = /^\/var\/lib\/apt(\/lists)?\/?(\*)?$/;
const ARCHIVES = /^\/var\/cache\/apt\/?/;
const DOCKER_CLEAN = '/etc/apt/apt.conf.d/docker-clean';

/**
 * A command that deletes the package lists: `rm -rf /var/lib/apt/lists/*`, `apt-get dist-clean`
 * (apt 2.7 and later: lists and archives) or `find /var/lib/apt/lists -type f -delete`.
 */
function cleansLists(c: ShellCommand): boolean {
  if (c.program === 'rm') return c.args.some((a) => LISTS.test(a));
  if (aptAction(c) === 'dist-clean') return true;
  return c.program === 'find' && c.args.some((a) => LISTS.test(a)) && c.args.includes('-delete');
}

/** The final stage and the stages it builds on through FROM <stage>: the ones whose layers ship. */
function shippedStages(model: ImageModel): Stage[] {
  const stages: Stage[] = [];
  let stage = model.final;
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    stages.push(stage);
    stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null;
  }
  return stages;
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'apt-lists-not-cleaned',
    title: 'apt package lists left in the image',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'The lists under /var/lib/apt/lists add tens of megabytes to the layer, and removing them in a later RUN does not shrink the image.',
    fix: 'End the same RUN with rm -rf /var/lib/apt/lists/*, or mount /var/lib/apt as a cache (RUN --mount=type=cache,target=/var/lib/apt).',
    refs: { hadolint: ['DL3009'], kics: ['df746b39-6564-4fed-bf85-e9c44382303c'], semgrep: ['dockerfile.best-practice.remove-package-lists'] },
    messages: {
      archivesKept: 'The docker-clean hook was removed, so downloaded packages stay in /var/cache/apt in this layer; mount it as a cache too (--mount=type=cache,target=/var/cache/apt).',
      listsKept: 'This RUN leaves the apt package lists in its layer; end it with && rm -rf /var/lib/apt/lists/* (a later RUN cannot remove them from this layer).',
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    // Debian images delete downloaded .deb files through docker-clean; once a Dockerfile removes that
    // hook, /var/cache/apt must be a cache mount too, or the archives stay in the layer.
    const keepsArchives = model.stages.some((s) => s.writes.some((w) => w.kind === 'rm' && w.paths.includes(DOCKER_CLEAN)));
    for (const stage of shippedStages(model).reverse()) {
      for (const run of stage.runs) {
        const mounted = (re: RegExp): boolean => run.mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== null && re.test(m.target));
        const commands = commandsOf(run);
        if (mounted(LISTS)) {
          const apt = commands.find((c) => aptAction(c) === 'install' || aptAction(c) === 'update');
          if (keepsArchives && !mounted(ARCHIVES) && apt) {
            hits.push({ ...placeInRun(run, apt, programSpan(apt, aptAction(apt) ?? undefined)), messageId: 'archivesKept' });
          }
          continue;
        }
        const at = commands.findIndex((c) => aptAction(c) === 'update' || aptAction(c) === 'install');
        if (at === -1) continue;
        const cleaned = commands.slice(at + 1).some(cleansLists);
        const first = commands[at];
        if (!cleaned && first) hits.push({ ...placeInRun(run, first, programSpan(first, aptAction(first) ?? undefined)), messageId: 'listsKept' });
      }
    }
    return hits;
  },
};
