import { describe, expect, it } from 'vitest';
import { catalogueImages, lookupBaseImage, normaliseRepository } from './catalogue';

function find(reference: string): string | null {
  const at = reference.lastIndexOf(':');
  const hasTag = at > reference.lastIndexOf('/');
  const { registry, repository } = normaliseRepository(hasTag ? reference.slice(0, at) : reference);
  return lookupBaseImage(registry, repository, hasTag ? reference.slice(at + 1) : null)?.id ?? null;
}

describe('base image catalogue', () => {
  it('normalises Docker Hub names and keeps other registries', () => {
    expect(normaliseRepository('docker.io/library/node')).toEqual({ registry: null, repository: 'node' });
    expect(normaliseRepository('library/alpine')).toEqual({ registry: null, repository: 'alpine' });
    expect(normaliseRepository('gcr.io/distroless/static-debian13')).toEqual({ registry: 'gcr.io', repository: 'distroless/static-debian13' });
    expect(normaliseRepository('localhost:5000/app')).toEqual({ registry: 'localhost:5000', repository: 'app' });
  });

  it('reads architecture and variant suffixes of distroless tags', () => {
    expect(find('gcr.io/distroless/static:nonroot-amd64')).toBe('distroless-static-nonroot');
    expect(find('gcr.io/distroless/static-debian12:nonroot-arm64')).toBe('distroless-static-nonroot');
    expect(find('gcr.io/distroless/base:debug-nonroot-amd64')).toBe('distroless-base-debug-nonroot');
    expect(find('gcr.io/distroless/base-debian12:debug-nonroot')).toBe('distroless-base-debug-nonroot');
    expect(find('gcr.io/distroless/static:latest-arm64')).toBe('distroless-static');
    expect(find('gcr.io/distroless/static-debian12:debug')).toBe('distroless-static-debug');
    expect(find('gcr.io/distroless/static-debian12')).toBe('distroless-static');
    expect(find('gcr.io/distroless/static:nonrootish')).toBe('distroless-static');
    expect(find('alpine:3.24')).toBe('alpine');
    expect(find('python:3.14-alpine3.24')).toBe('python-alpine');
  });

  it('matches by repository and by the tags that matter', () => {
    expect(find('alpine:3.24')).toBe('alpine');
    expect(find('docker.io/library/debian:trixie-slim')).toBe('debian-slim');
    expect(find('debian:13')).toBe('debian');
    expect(find('eclipse-temurin:17-jre-jammy')).toBe('eclipse-temurin-jre-jammy');
    expect(find('eclipse-temurin:21-jre')).toBe('eclipse-temurin-jre');
    expect(find('eclipse-temurin:21-jre-alpine')).toBe('eclipse-temurin-jre-alpine');
    expect(find('gcr.io/distroless/static-debian12:nonroot')).toBe('distroless-static-nonroot');
    expect(find('eclipse-temurin:17-jdk-jammy')).toBe('eclipse-temurin-jdk');
    expect(find('eclipse-temurin:21')).toBe('eclipse-temurin-jdk');
    expect(find('gcr.io/distroless/static-debian13:nonroot')).toBe('distroless-static-nonroot');
    expect(find('gcr.io/distroless/java17-debian13:debug-nonroot')).toBe('distroless-java17-debug-nonroot');
    expect(find('gcr.io/distroless/base-debian13:debug')).toBe('distroless-base-debug');
    expect(find('gcr.io/distroless/cc-debian13')).toBe('distroless-cc');
    expect(find('nginxinc/nginx-unprivileged:1.30')).toBe('nginx-unprivileged');
    expect(find('node:24-alpine')).toBe('node-alpine');
    expect(find('payara/micro')).toBe('payara-micro');
    expect(find('scratch')).toBe('scratch');
  });

  it('never guesses unknown images', () => {
    expect(find('quay.io/acme/node:24')).toBeNull();
    expect(find('example.com/alpine:3.24')).toBeNull();
    expect(find('distroless/static-debian13')).toBeNull();
    expect(find('nodejs:20')).toBeNull();
  });

  it('keeps the documented facts', () => {
    const byId = new Map(catalogueImages().map((i) => [i.id, i]));
    expect(byId.get('alpine')).toMatchObject({ compressedMB: 3.4, uncompressedMB: 7.04, libc: 'musl', packageManager: 'apk', shell: true, defaultUid: 0 });
    expect(byId.get('distroless-static-nonroot')).toMatchObject({ defaultUser: '65532', defaultUid: 65532, shell: false, packageManager: 'none' });
    expect(byId.get('node')?.users).toContainEqual({ name: 'node', uid: 1000, gid: 1000 });
    expect(byId.get('payara-micro')).toMatchObject({ defaultUser: 'payara', defaultUid: 1000 });
    expect(byId.get('nginx-unprivileged')).toMatchObject({ defaultUid: 101 });
    expect(byId.get('maven')).toMatchObject({ compressedMB: 270.0, toolchain: true });
    expect(byId.get('scratch')).toMatchObject({ shell: false, users: [], compressedMB: 0 });
    for (const image of byId.values()) expect(image.users.every((u) => Number.isInteger(u.uid))).toBe(true);
  });
});
