import type { Kind } from '../checker/core/types';

/** Every Dockerfile instruction (docs.docker.com/reference/dockerfile), for telling a Dockerfile from a file that only has the name. */
const INSTRUCTION = /^(?:from|arg|run|cmd|label|maintainer|expose|env|add|copy|entrypoint|volume|user|workdir|onbuild|stopsignal|healthcheck|shell)\s/i;
const DOCKER_RUN = /\b(?:docker|podman)[ \t]+(?:container[ \t]+)?(?:run|create)\b/;
/** A Go template action outside any quoted string, as Helm charts write them: `{{- if ... }}` lines or `key: {{ .Values.x }}`. */
const GO_TEMPLATE = /^[ \t-]*\{\{|:[ \t]+\{\{/m;

function firstStatement(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/, 200)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return trimmed;
  }
  return '';
}

/** Why a file that looks like ours is not checked, by message id. */
export type SkipReason = 'template';

export type Recognition = { kind: Kind } | { kind: null; reason?: SkipReason };

/**
 * A walk meets many files that only look like ours by name: `dockerfile.go`, build scripts without a
 * container in sight, Helm templates. A file found by walking is checked only when its content
 * agrees with the kind its name suggests; a file named on the command line is checked as asked.
 */
export function recogniseWalked(detected: Kind | null, head: string): Recognition {
  if (detected === null) return { kind: null };
  if (detected === 'dockerfile' && !INSTRUCTION.test(firstStatement(head))) return { kind: null };
  if (detected === 'run' && !DOCKER_RUN.test(head)) return { kind: null };
  if ((detected === 'compose' || detected === 'kubernetes') && GO_TEMPLATE.test(head)) {
    return { kind: null, reason: 'template' };
  }
  return { kind: detected };
}
