import { ALPINE, BUSYBOX, DEBIAN, DISTROLESS, groupsOf, NGINX_ALPINE, NGINX_DEBIAN, NODE_ALPINE, NODE_DEBIAN, UBUNTU, usersOf, type Accounts } from './accounts';
import type { BaseImageInfo, KnownUser } from './model';

/**
 * Curated facts about common base images. Sizes drift between releases: "repo-info" sizes are
 * linux/amd64 from docker-library/repo-info (early 2023), "readme" sizes are what the image's own
 * documentation states, "estimate" sizes are rough orders of magnitude for the simulator only.
 * To add an image, append an entry; the first entry whose repository and tag test match wins.
 */

const root: KnownUser = { name: 'root', uid: 0, gid: 0 };
const nobody: KnownUser = { name: 'nobody', uid: 65534, gid: 65534 };

interface CatalogueEntry {
  /** Repositories as normalised by `normaliseRepository` (no registry for Docker Hub, no "library/"). */
  repositories: string[];
  /** Extra condition on the tag (absent tag is passed as ""). */
  tag?: (tag: string) => boolean;
  info: BaseImageInfo;
}

/**
 * An entry's facts. `accounts` are the image's /etc/passwd and /etc/group when known; otherwise
 * `users` lists the few users its documentation names, and names beyond them cannot be checked.
 */
type Facts = Omit<BaseImageInfo, 'defaultUid' | 'defaultGid' | 'accounts' | 'users' | 'groups'> & {
  accounts: Accounts | null;
  users?: KnownUser[];
};

/** Most images share a distribution's account files: each is read once, when the catalogue loads (every lint start). */
const parsedAccounts = new Map<Accounts, Pick<BaseImageInfo, 'users' | 'groups'>>();

function accountsOf(accounts: Accounts): Pick<BaseImageInfo, 'users' | 'groups'> {
  let parsed = parsedAccounts.get(accounts);
  if (!parsed) parsedAccounts.set(accounts, (parsed = { users: usersOf(accounts), groups: groupsOf(accounts) }));
  return parsed;
}

function image(facts: Facts): BaseImageInfo {
  const users = facts.accounts ? accountsOf(facts.accounts).users : facts.users ?? [root];
  const groups = facts.accounts ? accountsOf(facts.accounts).groups : users.map((u) => ({ name: u.name, gid: u.gid, members: [] }));
  const byName = users.find((u) => u.name === facts.defaultUser || String(u.uid) === facts.defaultUser);
  return { ...facts, users, groups, defaultUid: byName?.uid ?? 0, defaultGid: byName?.gid ?? 0 };
}

/** The full node, golang and python images are built on buildpack-deps: curl and wget from its curl layer, git and procps (ps) from scm. */
const BUILDPACK_DEPS = ['git', 'curl', 'wget', 'ps'];

const isAlpineTag = (tag: string): boolean => tag.includes('alpine');
/** Ubuntu before 23.04 (jammy, focal) has Debian's accounts; later releases add the user ubuntu. */
const isOldUbuntuTag = (tag: string): boolean => /(?:^|-)(?:jammy|focal|bionic|2[0-2]\.\d\d)(?:$|-)/.test(tag);
const isSlimTag = (tag: string): boolean => tag.includes('slim');
const isJreTag = (tag: string): boolean => tag.includes('jre');
/**
 * The dash-separated words of a distroless tag: `nonroot`, `debug-nonroot`, `nonroot-amd64`,
 * `latest-arm64`, `debug-nonroot-arm64`. An architecture suffix changes no fact the catalogue holds.
 */
const tagWords = (tag: string): string[] => tag.split('-');
const isNonrootTag = (tag: string): boolean => tagWords(tag).includes('nonroot');
const isDebugTag = (tag: string): boolean => tagWords(tag).includes('debug');

function distroless(flavour: string, description: string, compressedMB: number | null, toolchain = false): CatalogueEntry[] {
  const repositories = [`distroless/${flavour}`, ...['debian11', 'debian12', 'debian13'].map((d) => `distroless/${flavour}-${d}`)];
  const libc = flavour === 'static' ? 'none' : 'glibc';
  const base = { description, packageManager: 'none' as const, compressedMB, uncompressedMB: null, toolchain, libc: libc as 'none' | 'glibc', accounts: DISTROLESS };
  const sizeSource = compressedMB === null ? 'estimate' as const : 'readme' as const;
  const tools = flavour.startsWith('java') ? ['java'] : [];
  return [
    { repositories, tag: (t) => isNonrootTag(t) && isDebugTag(t), info: image({ ...base, sizeSource, id: `distroless-${flavour}-debug-nonroot`, defaultUser: '65532', shell: true, tools: [...tools, 'busybox'] }) },
    { repositories, tag: isNonrootTag, info: image({ ...base, sizeSource, id: `distroless-${flavour}-nonroot`, defaultUser: '65532', shell: false, tools }) },
    { repositories, tag: isDebugTag, info: image({ ...base, sizeSource, id: `distroless-${flavour}-debug`, defaultUser: '0', shell: true, tools: [...tools, 'busybox'] }) },
    { repositories, info: image({ ...base, sizeSource, id: `distroless-${flavour}`, defaultUser: '0', shell: false, tools }) },
  ];
}

const entries: CatalogueEntry[] = [
  {
    repositories: ['scratch'],
    info: image({ id: 'scratch', description: 'the empty image: no files, no shell, no users', defaultUser: '', accounts: { passwd: '', group: '' }, shell: false, packageManager: 'none', compressedMB: 0, uncompressedMB: 0, sizeSource: 'readme', toolchain: false, libc: 'none', tools: [] }),
  },
  {
    repositories: ['alpine'],
    info: image({ id: 'alpine', description: 'Alpine Linux: BusyBox shell, apk, musl libc', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: 3.4, uncompressedMB: 7.04, sizeSource: 'repo-info', toolchain: false, libc: 'musl', tools: ['busybox'] }),
  },
  {
    repositories: ['busybox'],
    info: image({ id: 'busybox', description: 'BusyBox utilities only', defaultUser: '', accounts: BUSYBOX, shell: true, packageManager: 'none', compressedMB: 2.2, uncompressedMB: 4.3, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['busybox'] }),
  },
  {
    repositories: ['debian'],
    tag: isSlimTag,
    info: image({ id: 'debian-slim', description: 'Debian, slim variant: bash, apt', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 29.0, uncompressedMB: 74.2, sizeSource: 'repo-info', toolchain: false, libc: 'glibc', tools: ['bash'] }),
  },
  {
    repositories: ['debian'],
    info: image({ id: 'debian', description: 'Debian: bash, apt', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 49, uncompressedMB: 124, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash'] }),
  },
  {
    repositories: ['ubuntu'],
    tag: isOldUbuntuTag,
    info: image({ id: 'ubuntu-22', description: 'Ubuntu 22.04 or older: bash, apt', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 30.4, uncompressedMB: 78, sizeSource: 'repo-info', toolchain: false, libc: 'glibc', tools: ['bash'] }),
  },
  {
    repositories: ['ubuntu'],
    info: image({ id: 'ubuntu', description: 'Ubuntu: bash, apt; ships the user ubuntu (1000) since 23.04', defaultUser: '', accounts: UBUNTU, shell: true, packageManager: 'apt', compressedMB: 30.4, uncompressedMB: 78, sizeSource: 'repo-info', toolchain: false, libc: 'glibc', tools: ['bash'] }),
  },
  ...distroless('static', 'distroless static: CA certificates, /etc/passwd, tzdata; no shell, no package manager', 2),
  ...distroless('base', 'distroless base: static plus glibc and libssl; no shell', null),
  ...distroless('base-nossl', 'distroless base-nossl: static plus glibc; no shell', null),
  ...distroless('cc', 'distroless cc: base plus libgcc for C, C++ and Rust programs; no shell', null),
  ...['java', 'java11', 'java17', 'java21', 'java25'].flatMap((j) => distroless(j, 'distroless Java: a Java runtime started with java -jar; no shell', null)),
  {
    repositories: ['node'],
    tag: isAlpineTag,
    info: image({ id: 'node-alpine', description: 'Node.js on Alpine; runs as root, ships user node (1000)', defaultUser: '', accounts: NODE_ALPINE, shell: true, packageManager: 'apk', compressedMB: 45, uncompressedMB: 135, sizeSource: 'estimate', toolchain: false, libc: 'musl', tools: ['node', 'npm', 'yarn'] }),
  },
  {
    repositories: ['node'],
    tag: isSlimTag,
    info: image({ id: 'node-slim', description: 'Node.js on Debian slim; runs as root, ships user node (1000)', defaultUser: '', accounts: NODE_DEBIAN, shell: true, packageManager: 'apt', compressedMB: 70, uncompressedMB: 200, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'node', 'npm', 'yarn'] }),
  },
  {
    repositories: ['node'],
    info: image({ id: 'node', description: 'Node.js on full Debian (with compilers and git); runs as root, ships user node (1000)', defaultUser: '', accounts: NODE_DEBIAN, shell: true, packageManager: 'apt', compressedMB: 390, uncompressedMB: 1100, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'node', 'npm', 'yarn', ...BUILDPACK_DEPS, 'gcc', 'make'] }),
  },
  {
    repositories: ['nginxinc/nginx-unprivileged'],
    tag: isAlpineTag,
    info: image({ id: 'nginx-unprivileged-alpine', description: 'nginx on Alpine running as uid 101, listening on 8080', defaultUser: '101', accounts: NGINX_ALPINE, shell: true, packageManager: 'apk', compressedMB: 20, uncompressedMB: 45, sizeSource: 'estimate', toolchain: false, libc: 'musl', tools: ['nginx'] }),
  },
  {
    repositories: ['nginxinc/nginx-unprivileged'],
    info: image({ id: 'nginx-unprivileged', description: 'nginx running as uid 101, listening on 8080', defaultUser: '101', accounts: NGINX_DEBIAN, shell: true, packageManager: 'apt', compressedMB: 70, uncompressedMB: 190, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'nginx'] }),
  },
  {
    repositories: ['nginx'],
    tag: isAlpineTag,
    info: image({ id: 'nginx-alpine', description: 'nginx on Alpine; master process runs as root, workers as nginx (101)', defaultUser: '', accounts: NGINX_ALPINE, shell: true, packageManager: 'apk', compressedMB: 20, uncompressedMB: 45, sizeSource: 'estimate', toolchain: false, libc: 'musl', tools: ['nginx'] }),
  },
  {
    repositories: ['nginx'],
    info: image({ id: 'nginx', description: 'nginx on Debian; master process runs as root, workers as nginx (101)', defaultUser: '', accounts: NGINX_DEBIAN, shell: true, packageManager: 'apt', compressedMB: 70, uncompressedMB: 190, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'nginx'] }),
  },
  {
    repositories: ['eclipse-temurin'],
    tag: (t) => isAlpineTag(t) && isJreTag(t),
    info: image({ id: 'eclipse-temurin-jre-alpine', description: 'Temurin Java runtime on Alpine: BusyBox shell, apk, musl libc', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: null, uncompressedMB: null, sizeSource: 'estimate', toolchain: false, libc: 'musl', tools: ['busybox', 'java'] }),
  },
  {
    repositories: ['eclipse-temurin'],
    tag: isAlpineTag,
    info: image({ id: 'eclipse-temurin-jdk-alpine', description: 'Temurin JDK on Alpine: compiler and build tools included', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: null, uncompressedMB: null, sizeSource: 'estimate', toolchain: true, libc: 'musl', tools: ['busybox', 'java', 'javac'] }),
  },
  {
    repositories: ['eclipse-temurin'],
    tag: (t) => isJreTag(t) && isOldUbuntuTag(t),
    info: image({ id: 'eclipse-temurin-jre-jammy', description: 'Temurin Java runtime on Ubuntu 22.04: bash, apt, curl, wget', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 94.3, uncompressedMB: null, sizeSource: 'repo-info', toolchain: false, libc: 'glibc', tools: ['bash', 'java', 'curl', 'wget'] }),
  },
  {
    repositories: ['eclipse-temurin'],
    tag: isJreTag,
    info: image({ id: 'eclipse-temurin-jre', description: 'Temurin Java runtime on Ubuntu: bash, apt, curl, wget', defaultUser: '', accounts: UBUNTU, shell: true, packageManager: 'apt', compressedMB: 94.3, uncompressedMB: null, sizeSource: 'repo-info', toolchain: false, libc: 'glibc', tools: ['bash', 'java', 'curl', 'wget'] }),
  },
  {
    repositories: ['eclipse-temurin'],
    info: image({ id: 'eclipse-temurin-jdk', description: 'Temurin JDK on Ubuntu: compiler and build tools included', defaultUser: '', accounts: UBUNTU, shell: true, packageManager: 'apt', compressedMB: 239.8, uncompressedMB: null, sizeSource: 'repo-info', toolchain: true, libc: 'glibc', tools: ['bash', 'java', 'javac', 'curl', 'wget'] }),
  },
  {
    repositories: ['openjdk'],
    tag: isJreTag,
    info: image({ id: 'openjdk-jre', description: 'OpenJDK runtime (deprecated image)', defaultUser: '', accounts: null, shell: true, packageManager: 'apt', compressedMB: 100, uncompressedMB: null, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'java'] }),
  },
  {
    repositories: ['openjdk'],
    info: image({ id: 'openjdk', description: 'OpenJDK JDK (deprecated image)', defaultUser: '', accounts: null, shell: true, packageManager: 'none', compressedMB: 250, uncompressedMB: null, sizeSource: 'estimate', toolchain: true, libc: 'glibc', tools: ['bash', 'java', 'javac'] }),
  },
  {
    repositories: ['maven'],
    tag: isAlpineTag,
    info: image({ id: 'maven-alpine', description: 'Maven on a Temurin JDK on Alpine', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: null, uncompressedMB: null, sizeSource: 'estimate', toolchain: true, libc: 'musl', tools: ['busybox', 'java', 'javac', 'mvn'] }),
  },
  {
    repositories: ['maven'],
    info: image({ id: 'maven', description: 'Maven on a Temurin JDK on Ubuntu: bash, apt, git, mvn', defaultUser: '', accounts: UBUNTU, shell: true, packageManager: 'apt', compressedMB: 270.0, uncompressedMB: null, sizeSource: 'repo-info', toolchain: true, libc: 'glibc', tools: ['bash', 'java', 'javac', 'mvn', 'git', 'curl'] }),
  },
  {
    repositories: ['gradle'],
    info: image({ id: 'gradle', description: 'Gradle on a JDK; runs as root, ships user gradle (1000)', defaultUser: '', accounts: null, users: [root, { name: 'gradle', uid: 1000, gid: 1000 }], shell: true, packageManager: 'apt', compressedMB: 300, uncompressedMB: null, sizeSource: 'estimate', toolchain: true, libc: 'glibc', tools: ['bash', 'java', 'javac', 'gradle', 'git'] }),
  },
  {
    repositories: ['golang'],
    tag: isAlpineTag,
    info: image({ id: 'golang-alpine', description: 'Go toolchain on Alpine', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: 75, uncompressedMB: 250, sizeSource: 'estimate', toolchain: true, libc: 'musl', tools: ['go'] }),
  },
  {
    repositories: ['golang'],
    info: image({ id: 'golang', description: 'Go toolchain on Debian with gcc and git', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 280, uncompressedMB: 800, sizeSource: 'estimate', toolchain: true, libc: 'glibc', tools: ['bash', 'go', 'gcc', ...BUILDPACK_DEPS] }),
  },
  {
    repositories: ['gcc'],
    info: image({ id: 'gcc', description: 'GCC compilers on Debian', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 500, uncompressedMB: 1400, sizeSource: 'estimate', toolchain: true, libc: 'glibc', tools: ['bash', 'gcc', 'make', 'git'] }),
  },
  {
    repositories: ['python'],
    tag: isAlpineTag,
    info: image({ id: 'python-alpine', description: 'Python on Alpine', defaultUser: '', accounts: ALPINE, shell: true, packageManager: 'apk', compressedMB: 20, uncompressedMB: 55, sizeSource: 'estimate', toolchain: false, libc: 'musl', tools: ['python', 'pip'] }),
  },
  {
    repositories: ['python'],
    tag: isSlimTag,
    info: image({ id: 'python-slim', description: 'Python on Debian slim', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 45, uncompressedMB: 130, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'python', 'pip'] }),
  },
  {
    repositories: ['python'],
    info: image({ id: 'python', description: 'Python on full Debian (with compilers and git)', defaultUser: '', accounts: DEBIAN, shell: true, packageManager: 'apt', compressedMB: 350, uncompressedMB: 1000, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'python', 'pip', 'gcc', 'make', ...BUILDPACK_DEPS] }),
  },
  {
    repositories: ['payara/micro'],
    info: image({ id: 'payara-micro', description: 'Payara Micro on a Zulu JDK; runs as user payara (1000)', defaultUser: 'payara', accounts: null, users: [root, { name: 'payara', uid: 1000, gid: 1000 }, nobody], shell: true, packageManager: 'apt', compressedMB: 200, uncompressedMB: null, sizeSource: 'estimate', toolchain: false, libc: 'glibc', tools: ['bash', 'java'] }),
  },
];

/**
 * Splits an image reference's name into registry and repository, dropping Docker Hub's
 * "docker.io/library/" prefix, so `docker.io/library/node` and `node` are the same image.
 */
export function normaliseRepository(name: string): { registry: string | null; repository: string } {
  const lower = name.toLowerCase();
  const slash = lower.indexOf('/');
  const first = slash === -1 ? '' : lower.slice(0, slash);
  const hasRegistry = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasRegistry ? first : null;
  let repository = hasRegistry ? lower.slice(slash + 1) : lower;
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = null;
  if (registry === null && repository.startsWith('library/')) repository = repository.slice('library/'.length);
  return { registry, repository };
}

/** Catalogue facts for an image, or null when the image is not in the catalogue (never guessed). */
export function lookupBaseImage(registry: string | null, repository: string, tag: string | null): BaseImageInfo | null {
  const isDistroless = repository.startsWith('distroless/');
  if (isDistroless && registry !== 'gcr.io') return null;
  if (!isDistroless && registry !== null) return null;
  const t = (tag ?? '').toLowerCase();
  const entry = entries.find((e) => e.repositories.includes(repository) && (e.tag?.(t) ?? true));
  return entry?.info ?? null;
}

/** Every catalogue entry, for the simulator's image list and for tests. */
export function catalogueImages(): BaseImageInfo[] {
  return entries.map((e) => e.info);
}
