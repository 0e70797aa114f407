import type { BaseImageInfo } from '../checker/dockerfile/model';
import { DEFAULT_PATH, familyOf } from './base-fs';
import { dir, file, type FileTree } from './vfs/tree';

/** What an official image's own Dockerfile adds to its base: config and the directories it makes. */
export interface PublishedConfig {
  /** ENV lines after PATH; a PATH here replaces the base's. */
  env: string[];
  workingDir: string | null;
  /** Replaces the family's default command when set (ENTRYPOINT clears an inherited CMD). */
  command: { entrypoint: string[] | null; cmd: string[] | null } | null;
  apply(tree: FileTree): void;
}

const TEMURIN_ENV = ['PATH=/opt/java/openjdk/bin:' + DEFAULT_PATH, 'JAVA_HOME=/opt/java/openjdk', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8'];
const EXEC_WRAPPER = '#!/bin/sh\nset -e\nexec "$@"\n';

function dirs(tree: FileTree, paths: readonly string[], mode: number, uid: number, gid: number): void {
  for (const path of paths) tree.set(path, dir(mode, uid, gid));
}

const NONE: PublishedConfig = { env: [], workingDir: null, command: null, apply: () => undefined };

/**
 * The published configs of the images the course names, from their Dockerfiles: docker-library/golang
 * (GOPATH /go, 1777, WORKDIR), adoptium/containers (JAVA_HOME, ENTRYPOINT /__cacert_entrypoint.sh),
 * carlossg/docker-maven (MAVEN_HOME, MAVEN_CONFIG), nginxinc/docker-nginx and -unprivileged
 * (/etc/nginx, /var/cache/nginx), distroless nonroot variants (workdir /home/nonroot).
 */
export function publishedConfig(info: BaseImageInfo): PublishedConfig {
  if (info.id === 'golang' || info.id === 'golang-alpine') {
    return {
      env: ['PATH=/go/bin:/usr/local/go/bin:' + DEFAULT_PATH, 'GOLANG_VERSION=1.27.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'],
      workingDir: '/go', command: null,
      apply: (tree) => dirs(tree, ['/go', '/go/bin', '/go/src'], 0o1777, 0, 0),
    };
  }
  if (info.id.startsWith('eclipse-temurin')) {
    return {
      env: TEMURIN_ENV, workingDir: null,
      command: { entrypoint: ['/__cacert_entrypoint.sh'], cmd: info.tools.includes('javac') ? ['jshell'] : null },
      apply: (tree) => tree.set('/__cacert_entrypoint.sh', file(EXEC_WRAPPER, 0o755)),
    };
  }
  if (info.id.startsWith('maven')) {
    return { env: [...TEMURIN_ENV, 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], workingDir: null, command: null, apply: () => undefined };
  }
  if (info.id === 'nginx' || info.id === 'nginx-unprivileged') {
    const unprivileged = info.id === 'nginx-unprivileged';
    return {
      env: [], workingDir: null, command: null,
      apply: (tree) => {
        dirs(tree, ['/etc/nginx', '/var/cache/nginx'], unprivileged ? 0o775 : 0o755, unprivileged ? 101 : 0, 0);
        dirs(tree, ['/docker-entrypoint.d'], 0o755, 0, 0);
      },
    };
  }
  if (familyOf(info) === 'distroless' && (info.defaultUser === '65532' || info.defaultUser === 'nonroot')) {
    return { ...NONE, workingDir: '/home/nonroot' };
  }
  return NONE;
}

/** The image's Env: the base's PATH unless the image sets its own, then the image's variables. */
export function publishedEnv(basePath: string, config: PublishedConfig): string[] {
  const ownPath = config.env.find((e) => e.startsWith('PATH='));
  return [ownPath ?? `PATH=${basePath}`, ...config.env.filter((e) => !e.startsWith('PATH='))];
}
