import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, analyseText, detectKind } from '../../src/checker/index';
import { IMAGE_LINES, parseImageReference, type ImageReference } from '../../src/course/image-lifecycle';

/** Collects every image reference the course makes, from the files a learner sees or runs. */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Repositories worth catching even in prose: the table's own, plus common ones the course might start using. */
const WATCHED = [...new Set([...IMAGE_LINES.map((l) => l.repository), 'python', 'redis', 'postgres', 'openjdk', 'gradle', 'ruby', 'php', 'httpd', 'mysql', 'centos', 'fedora', 'rockylinux', 'azul/zulu-openjdk'])];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const MENTION = new RegExp(`(?<![\\w./-])(${WATCHED.map(escape).join('|')}):([A-Za-z0-9][A-Za-z0-9._-]*)`, 'g');
/** What a tag looks like, so that `node:fs` in an import or `docker:default` (a builder name) are not taken for images. */
const TAG_LIKE = /^(\d|latest|stable|alpine|slim|nonroot|debug|trixie|bookworm|noble|jammy|resolute|lts|current|mainline|jre|jdk|cli|dind)/;

/** `repo:tag` mentions anywhere in a text: prose, quizzes, hints, string literals. */
export function mentionedImages(text: string, where: string): ImageReference[] {
  const found: ImageReference[] = [];
  for (const match of text.matchAll(MENTION)) {
    const repository = match[1] ?? '';
    const tag = (match[2] ?? '').replace(/[.-]+$/, '');
    if (TAG_LIKE.test(tag)) found.push({ repository, tag, where });
  }
  return found;
}

/** The `go` directive of a go.mod the course ships names a Go release too; it is checked like the golang image of that version. */
export function goDirectives(text: string, where: string): ImageReference[] {
  return [...text.matchAll(/(?:^|\\n|\n)go (1\.\d+)(?:\.\d+)?(?=\\n|\n|$)/g)].map((m) => ({ repository: 'golang', tag: m[1] ?? '', where }));
}

function fromValue(value: string | undefined, where: string): ImageReference[] {
  const ref = value === undefined ? null : parseImageReference(value, where);
  return ref ? [ref] : [];
}

/** Images a file uses structurally (FROM, image:, docker run), read with the checker's own parsers. */
export function usedImages(kind: 'dockerfile' | 'compose' | 'kubernetes' | 'run', text: string, where: string): ImageReference[] {
  if (kind === 'dockerfile') {
    return analyseText('dockerfile', text).model.stages
      .filter((s) => s.base.kind === 'image' && !s.base.unresolvedVariables)
      .flatMap((s) => fromValue(`${s.base.registry ? `${s.base.registry}/` : ''}${s.base.repository}${s.base.tag ? `:${s.base.tag}` : ''}`, where));
  }
  if (kind === 'compose') return analyseText('compose', text).model.services.flatMap((s) => fromValue(s.runtime.image?.value, where));
  if (kind === 'run') return analyseText('run', text).model.commands.flatMap((c) => fromValue(c.runtime.image?.value, where));
  return analyseText('kubernetes', text).model.workloads.flatMap((w) => w.containers.flatMap((c) => fromValue(c.image?.value, where)));
}

function yamlKind(text: string): 'compose' | 'kubernetes' | null {
  const kind = detectKind('file.yaml', text);
  return kind === 'compose' || kind === 'kubernetes' ? kind : null;
}

function walk(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, keep);
    return keep(path) ? [path] : [];
  });
}

const read = (path: string): string => readFileSync(path, 'utf8');
const rel = (path: string): string => relative(ROOT, path);

/** Fenced code blocks and Demo command lists of a lesson. */
function lessonImages(path: string): ImageReference[] {
  const text = read(path);
  const where = rel(path);
  const found = mentionedImages(text, where);
  for (const block of text.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
    const [, lang = '', body = ''] = block;
    if (lang === 'dockerfile') found.push(...usedImages('dockerfile', body, where));
    if (lang === 'sh') found.push(...usedImages('run', body, where));
    const yaml = lang === 'yaml' ? yamlKind(body) : null;
    if (yaml) found.push(...usedImages(yaml, body, where));
  }
  for (const demo of text.matchAll(/<Demo commands=\{(\[[\s\S]*?\])\}/g)) {
    const commands = JSON.parse(demo[1] ?? '[]') as string[];
    for (const command of commands) found.push(...usedImages('run', command, where));
  }
  return found;
}

function exerciseFileImages(path: string): ImageReference[] {
  const text = read(path);
  const where = rel(path);
  const found = [...mentionedImages(text, where), ...goDirectives(text, where)];
  if (path.endsWith('.Dockerfile')) found.push(...usedImages('dockerfile', text, where));
  if (path.endsWith('.sh')) found.push(...usedImages('run', text, where));
  const yaml = path.endsWith('.yaml') ? yamlKind(text) : null;
  if (yaml) found.push(...usedImages(yaml, text, where));
  return found;
}

function ruleImages(): ImageReference[] {
  return allRules().flatMap((rule) => {
    const where = `rule ${rule.id}`;
    const found = [rule.title, rule.why, rule.fix, rule.examples.bad, rule.examples.good].flatMap((t) => mentionedImages(t, where));
    const kind = rule.appliesTo[0];
    if (kind && kind !== 'apparmor' && kind !== 'seccomp') {
      for (const example of [rule.examples.bad, rule.examples.good]) found.push(...usedImages(kind, example, where));
    }
    return found;
  });
}

const isSource = (path: string): boolean => path.endsWith('.ts') && !path.endsWith('.test.ts');

/** Every image reference of the course, each with the file (or rule) it came from. */
export function courseImageReferences(): ImageReference[] {
  const lessons = join(ROOT, 'content/lessons');
  const refs: ImageReference[] = [];
  // Every language of a lesson: a translation that keeps an old tag teaches it just as well.
  refs.push(...walk(lessons, (p) => /\/index(\.[a-z-]+)?\.mdx$/.test(p)).flatMap(lessonImages));
  refs.push(...walk(lessons, (p) => p.includes('/exercises/') && !p.endsWith('.test.ts')).flatMap(exerciseFileImages));
  refs.push(...ruleImages());
  for (const dir of ['src/sim', 'src/checker/dockerfile/catalogue.ts']) {
    const path = join(ROOT, dir);
    const files = statSync(path).isDirectory() ? walk(path, isSource) : [path];
    refs.push(...files.flatMap((p) => mentionedImages(read(p), rel(p))));
  }
  const site = join(ROOT, 'Dockerfile');
  refs.push(...usedImages('dockerfile', read(site), 'Dockerfile'), ...mentionedImages(read(site), 'Dockerfile'));
  const compose = join(ROOT, 'compose.yaml');
  refs.push(...usedImages('compose', read(compose), 'compose.yaml'));
  return refs;
}
