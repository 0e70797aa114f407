import { describe, expect, it } from 'vitest';
import { IMAGE_LINES, isoDay, judge, lifecycleProblems, parseImageReference } from '../../src/course/image-lifecycle';
import { courseImageReferences, goDirectives, mentionedImages, usedImages } from './course-images';

const references = courseImageReferences();

describe('images the course names', () => {
  it('finds the references it is meant to check', () => {
    const where = new Set(references.map((r) => r.where.split('/')[0]));
    expect(references.length).toBeGreaterThan(100);
    expect([...where]).toEqual(expect.arrayContaining(['content', 'src', 'Dockerfile']));
    expect(references.some((r) => r.where.startsWith('rule '))).toBe(true);
    const lessonFiles = new Set(references.filter((r) => /^content\/lessons\/[^/]+\/index/.test(r.where)).map((r) => r.where));
    expect([...lessonFiles].filter((w) => w.endsWith('index.mdx')).length).toBeGreaterThanOrEqual(12);
    expect([...lessonFiles].filter((w) => w.endsWith('index.zh-cn.mdx')).length).toBeGreaterThanOrEqual(12);
  });

  it('are all in the lifecycle table and supported today', () => {
    expect(lifecycleProblems(references, isoDay(new Date()))).toEqual([]);
  });
});

describe('the lifecycle check itself', () => {
  const on = (day: string, value: string) => judge(parseImageReference(value, 'test') ?? { repository: '', tag: null }, day).kind;

  it('fails a release the day after its end of life, not on it', () => {
    const alpine = IMAGE_LINES.find((l) => l.repository === 'alpine' && l.tags.test('3.24'));
    expect(alpine?.endOfLife).toBe('2028-06-01');
    expect(on('2028-06-01', 'alpine:3.24')).toBe('ok');
    expect(on('2028-06-02', 'alpine:3.24')).toBe('ended');
  });

  it('fails a rolling tag once its review date has passed', () => {
    expect(lifecycleProblems([{ repository: 'alpine', tag: null, where: 'x' }], '2099-01-01')).toEqual([expect.stringMatching(/due for review/)]);
  });

  it('reports versions and repositories the table does not know', () => {
    expect(on('2026-12-02', 'alpine:3.20')).toBe('unknown');
    expect(on('2026-12-02', 'golang:1.23-alpine')).toBe('unknown');
    expect(on('2026-12-02', 'quay.io/someone/tool:1.0')).toBe('unknown');
    expect(on('2026-12-02', 'example/web:1.4')).toBe('course-image');
  });

  it('normalises Docker Hub prefixes and ignores digests', () => {
    expect(parseImageReference('docker.io/library/node:24-alpine@sha256:abc', 'x')).toEqual({ repository: 'node', tag: '24-alpine', where: 'x' });
    expect(parseImageReference('localhost:5000/app', 'x')).toEqual({ repository: 'localhost:5000/app', tag: null, where: 'x' });
    expect(parseImageReference('${BASE}', 'x')).toBeNull();
  });

  it('finds images in prose, in Dockerfiles, run lines, Compose and Kubernetes files', () => {
    expect(mentionedImages('Use `alpine:3.20.` or node:20-slim; import from node:fs', 'p').map((r) => `${r.repository}:${r.tag}`)).toEqual(['alpine:3.20', 'node:20-slim']);
    expect(usedImages('dockerfile', 'FROM golang:1.23 AS build\nFROM build\nFROM scratch\n', 'd').map((r) => r.tag)).toEqual(['1.23']);
    expect(usedImages('run', 'docker run --rm -p 80:80 nginx:1.27 nginx -g daemon', 'r').map((r) => r.tag)).toEqual(['1.27']);
    expect(usedImages('compose', 'services:\n  web:\n    image: nginx:1.27\n', 'c').map((r) => r.tag)).toEqual(['1.27']);
    expect(usedImages('kubernetes', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: node:20\n', 'k').map((r) => r.tag)).toEqual(['20']);
  });

  it('reads the Go release of a go.mod, written out or inside a string literal', () => {
    expect(goDirectives("'go.mod': 'module x\\n\\ngo 1.23\\n',", 'e').map((r) => r.tag)).toEqual(['1.23']);
    expect(goDirectives('module x\n\ngo 1.27.1\n', 'e').map((r) => r.tag)).toEqual(['1.27']);
    expect(references.some((r) => r.repository === 'golang' && r.where.endsWith('exercise.ts'))).toBe(true);
  });

  it('flags an end-of-life image hidden in a lesson-sized text', () => {
    const refs = mentionedImages('FROM alpine:3.24\nRUN x\nFROM golang:1.25-alpine', 'lesson');
    expect(lifecycleProblems(refs, '2026-12-02')).toEqual(['lesson: golang:1.25-alpine is not in the image lifecycle table (src/course/image-lifecycle.ts)']);
  });
});
