import type { Hit, Rule } from '../../core/types';
import type { ImageModel, Stage, UserSpec } from '../model';
import { resolveUser, tableOf, type UserTable } from '../users';
import { finalStage } from './helpers';

/** Places an application may legitimately write to at run time. */
const DATA_DIRS = [/^\/tmp(\/|$)/, /^\/var\/tmp(\/|$)/, /^\/var\/cache(\/|$)/, /^\/var\/log(\/|$)/, /^\/var\/run(\/|$)/, /^\/run(\/|$)/, /^\/data(\/|$)/, /^\/var\/lib\/[^/]+/, /^\/home\//, /(^|\/)(logs?|tmp|cache|data|uploads)\/?$/];

function isDataPath(path: string, stage: Stage): boolean {
  const clean = path.replace(/\/+$/, '') || '/';
  return DATA_DIRS.some((re) => re.test(clean)) || stage.volumes.some((v) => clean === v.path.replace(/\/+$/, '') || clean.startsWith(`${v.path.replace(/\/+$/, '')}/`));
}

/** Whether the owner given by --chown or chown is the user the container runs as (and not root). */
function isRuntimeUser(owner: string, runtime: UserSpec, table: UserTable): boolean {
  if (runtime.isRoot !== false) return false;
  const spec = resolveUser(owner, table, runtime.span, 'instruction');
  if (spec.isRoot) return false;
  if (spec.uid !== null && runtime.uid !== null) return spec.uid === runtime.uid;
  return spec.user === runtime.user;
}

/** Modes that let anyone write: the "other" write bit, or symbolic o+w / a+w / +w. */
function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return (Number.parseInt(mode, 8) & 0o002) !== 0;
  return mode.split(',').some((part) => /^[ao]*\+[rwxXst]*w/.test(part) && !/^[ug]+\+/.test(part));
}

const FIX = 'copy application files as root with --chown=0:0 --chmod=555 (444 for data) and make only the directories it must write to writable';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'app-files-writable-by-runtime-user',
    title: 'Application files are writable by the user the container runs as',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'read-only-app-files',
    why: 'If the runtime user owns or can write the application, an attacker who gets code execution can replace the code or configuration and keep that foothold.',
    fix: 'Keep application files owned by root and read-only for the runtime user: COPY --chown=0:0 --chmod=555; grant write access only to data directories such as /tmp or a VOLUME.',
    refs: { kics: ['aa93e17f-b6db-4162-9334-c70334e7ac28'] },
    messages: {
      ownerOnCopy: `{{instruction}} --chown={{owner}} makes the runtime user the owner of {{path}}, so it can rewrite the application; ${FIX}.`,
      writableOnCopy: `--chmod={{mode}} lets any user write {{path}}; ${FIX}.`,
      ownerByChown: `chown {{owner}} {{paths}} hands the application to the runtime user, so it can rewrite it; ${FIX}.`,
      writableByChmod: `chmod {{mode}} {{paths}} lets any user write there; ${FIX}.`,
    },
    examples: {
      bad: 'FROM eclipse-temurin:21-jre\nRUN useradd -u 10001 app\nCOPY --chown=app:app app.jar /opt/app/\nUSER 10001:10001\n',
      good: 'FROM eclipse-temurin:21-jre\nCOPY --chown=0:0 --chmod=444 app.jar /opt/app/\nUSER 10001:10001\n',
    },
  },
  check(model) {
    const stage = finalStage(model);
    if (!stage) return [];
    const runtime = stage.user;
    const table = tableOf(stage.knownUsers);
    const hits: Hit[] = [];
    for (const add of stage.adds) {
      if (isDataPath(add.dest, stage)) continue;
      if (add.chown !== null && isRuntimeUser(add.chown, runtime, table)) {
        hits.push({ ...(add.spans.chown ?? add.spans.keyword), messageId: 'ownerOnCopy', data: { instruction: add.instruction, owner: add.chown, path: add.dest } });
      } else if (add.chmod !== null && worldWritable(add.chmod)) {
        hits.push({ ...(add.spans.chmod ?? add.spans.keyword), messageId: 'writableOnCopy', data: { mode: add.chmod, path: add.dest } });
      }
    }
    for (const write of stage.writes) {
      const paths = write.paths.filter((p) => !isDataPath(p, stage));
      if (paths.length === 0 || write.value === null) continue;
      if (write.kind === 'chown' && isRuntimeUser(write.value, runtime, table)) {
        hits.push({ ...write.span, messageId: 'ownerByChown', data: { owner: write.value, paths: paths.join(' ') } });
      } else if (write.kind === 'chmod' && worldWritable(write.value)) {
        hits.push({ ...write.span, messageId: 'writableByChmod', data: { mode: write.value, paths: paths.join(' ') } });
      }
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
