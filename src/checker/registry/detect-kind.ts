import type { Kind } from '../core/types';

/** Content sniffing reads only the head of a file: every signal it looks for sits near the top. */
const SNIFF_LENGTH = 64 * 1024;

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
const SCRIPT_NAME = /\.(?:sh|bash)$/i;
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^.]+)?\.ya?ml$|\.compose\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
const JSON_NAME = /\.json$/i;

const KUBERNETES_KEY = /^(?:apiVersion|kind)\s*:/m;
const COMPOSE_KEY = /^services\s*:/m;
const APPARMOR_PROFILE = /^[ \t]*(?:profile[ \t]+[^\s{]+[^\n{]*\{|#?include[ \t]+<tunables\/global>)/m;
const DOCKER_RUN = /^[ \t]*(?:sudo[ \t]+)?docker[ \t]+(?:container[ \t]+)?(?:run|create)\b/m;
const SHELL_SHEBANG = /^#![^\n]*\b(?:sh|bash|dash|zsh)\b/;
/** Docker's and the OCI spec's seccomp keys: a default action, or rules with SCMP_ACT_ actions. */
const SECCOMP_KEY = /"defaultAction"\s*:\s*"SCMP_ACT_|"syscalls"\s*:\s*\[[\s\S]*?"SCMP_ACT_/;

function kindOfJson(head: string): Kind | null {
  return head.trimStart().startsWith('{') && SECCOMP_KEY.test(head) ? 'seccomp' : null;
}

function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

/** The first line that is neither blank nor a comment (Dockerfile parser directives are comments too). */
function firstStatement(head: string): string {
  for (const line of head.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return trimmed;
  }
  return '';
}

function kindOfYaml(head: string): Kind | null {
  if (KUBERNETES_KEY.test(head)) return 'kubernetes';
  if (COMPOSE_KEY.test(head)) return 'compose';
  return null;
}

/** Guesses from text alone, for stdin and for files whose name says nothing. */
function kindOfContent(head: string): Kind | null {
  if (/^(?:from|arg)\s/i.test(firstStatement(head))) return 'dockerfile';
  if (SHELL_SHEBANG.test(head) || DOCKER_RUN.test(head)) return 'run';
  return kindOfJson(head) ?? kindOfYaml(head);
}

/**
 * Which checker should read a file: by its name first (the conventions Docker, Compose and shells use),
 * then by what the text declares. Returns null when nothing gives it away.
 */
export function detectKind(fileName: string, text: string): Kind | null {
  const name = baseName(fileName);
  if (DOCKERFILE_NAME.test(name)) return 'dockerfile';
  if (SCRIPT_NAME.test(name)) return 'run';
  if (COMPOSE_NAME.test(name)) return 'compose';
  const head = text.slice(0, SNIFF_LENGTH);
  if (YAML_NAME.test(name)) return kindOfYaml(head);
  if (JSON_NAME.test(name)) return kindOfJson(head);
  if (/[\\/]apparmor\.d[\\/]/.test(fileName) || APPARMOR_PROFILE.test(head)) return 'apparmor';
  if (name.includes('.') && !name.startsWith('.')) return null;
  return kindOfContent(head);
}
