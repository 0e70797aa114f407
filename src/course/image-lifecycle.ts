/**
 * Every image and version the course names, with the day it stops getting security fixes.
 *
 * The course teaches learners to build on supported releases, so it must do so itself: a unit test
 * scans lessons, exercises, rule examples, the simulator, the checker's catalogue and the site's own
 * Dockerfile for image references and fails on any reference this table does not know, or whose
 * end of life has passed. When a release line ends, move the course to a newer one and update this table.
 */

/**
 * announced: the project published the date.
 * expected: the date follows from the project's published policy (e.g. "until the next stable branch").
 * review: no end of life is published (rolling tags, or a line with an open end); the date is when
 * someone must check the entry again.
 */
export type LifecycleBasis = 'announced' | 'expected' | 'review';

export interface ImageLine {
  /** Repository as written in an image reference, registry included except for Docker Hub, e.g. "gcr.io/distroless/static-debian13". */
  repository: string;
  /** The tags of this line; a reference without a tag means `latest`. */
  tags: RegExp;
  /** What the tags stand for, e.g. "Alpine Linux 3.24". */
  release: string;
  /** Last day of security support (or of the review period), YYYY-MM-DD. */
  endOfLife: string;
  basis: LifecycleBasis;
  /** Where the date comes from. */
  source: string;
  note?: string;
}

const ALPINE = 'https://alpinelinux.org/releases/';
const GO = 'https://go.dev/doc/devel/release#policy';
const NODE = 'https://github.com/nodejs/Release#release-schedule';
const NGINX = 'https://nginx.org/en/download.html';
const DEBIAN = 'https://wiki.debian.org/DebianReleases';
const UBUNTU = 'https://ubuntu.com/about/release-cycle';
const TEMURIN = 'https://adoptium.net/support/';
const DISTROLESS = 'https://github.com/GoogleContainerTools/distroless#what-images-are-available';
const DOCKER = 'https://github.com/moby/moby/blob/master/project/BRANCHES-AND-TAGS.md';
const ROLLING = 'the tag moves to each new release, so it never reaches an end of life; check the entry again by this date';

/** Debian 13 "trixie": regular security support until 2028-08-09, then LTS until 2030-06-30. */
const TRIXIE_EOL = '2028-08-09';

function distroless(flavour: string, release: string, endOfLife = TRIXIE_EOL, note?: string): ImageLine {
  return {
    repository: `gcr.io/distroless/${flavour}-debian13`,
    tags: /^(latest|nonroot|debug|debug-nonroot)$/,
    release: `distroless ${release} on Debian 13`,
    endOfLife,
    basis: 'announced',
    source: DISTROLESS,
    note: note ?? 'follows Debian 13 security support (https://wiki.debian.org/DebianReleases)',
  };
}

export const IMAGE_LINES: readonly ImageLine[] = [
  { repository: 'alpine', tags: /^3\.24(\.\d+)?$/, release: 'Alpine Linux 3.24', endOfLife: '2028-06-01', basis: 'announced', source: ALPINE },
  { repository: 'alpine', tags: /^(latest|3)$/, release: 'Alpine Linux, newest 3.x', endOfLife: '2027-06-30', basis: 'review', source: ALPINE, note: ROLLING },
  { repository: 'busybox', tags: /^(latest|stable)$/, release: 'BusyBox, newest stable', endOfLife: '2027-06-30', basis: 'review', source: 'https://hub.docker.com/_/busybox', note: ROLLING },

  { repository: 'debian', tags: /^(13|trixie)(-slim)?$/, release: 'Debian 13 "trixie"', endOfLife: TRIXIE_EOL, basis: 'announced', source: DEBIAN, note: 'Debian LTS continues until 2030-06-30' },
  { repository: 'ubuntu', tags: /^24\.04$/, release: 'Ubuntu 24.04 LTS', endOfLife: '2029-05-31', basis: 'announced', source: UBUNTU },
  { repository: 'ubuntu', tags: /^26\.04$/, release: 'Ubuntu 26.04 LTS', endOfLife: '2031-04-30', basis: 'announced', source: UBUNTU },

  { repository: 'golang', tags: /^1\.27(\.\d+)?(-alpine(3\.24)?|-trixie)?$/, release: 'Go 1.27', endOfLife: '2027-08-31', basis: 'expected', source: GO, note: 'a Go release is supported until two newer major releases exist; Go 1.29 is due in August 2027' },
  { repository: 'golang', tags: /^latest$/, release: 'Go, newest release', endOfLife: '2027-06-30', basis: 'review', source: GO, note: ROLLING },

  {
    repository: 'node', tags: /^24(\.\d+){0,2}(-(alpine(3\.2[34])?|slim|trixie|trixie-slim|bookworm|bookworm-slim))?$/,
    release: 'Node.js 24 LTS', endOfLife: '2028-04-30', basis: 'announced', source: NODE,
    note: 'node:24 and node:24-slim are built on Debian 12, whose LTS runs until 2028-06-30, after Node 24 ends',
  },
  { repository: 'node', tags: /^latest$/, release: 'Node.js, newest release', endOfLife: '2027-06-30', basis: 'review', source: NODE, note: ROLLING },

  { repository: 'nginx', tags: /^1\.30(\.\d+)?(-alpine)?$/, release: 'nginx 1.30 (stable branch)', endOfLife: '2027-04-30', basis: 'expected', source: NGINX, note: 'a stable branch gets fixes until the next stable branch, due in April 2027' },
  { repository: 'nginx', tags: /^latest$/, release: 'nginx, newest mainline', endOfLife: '2027-06-30', basis: 'review', source: NGINX, note: ROLLING },
  { repository: 'nginxinc/nginx-unprivileged', tags: /^1\.30(\.\d+)?(-alpine(3\.2[34])?)?$/, release: 'nginx 1.30, unprivileged image', endOfLife: '2027-04-30', basis: 'expected', source: NGINX, note: 'a stable branch gets fixes until the next stable branch, due in April 2027' },

  { repository: 'eclipse-temurin', tags: /^21(-jre|-jdk)?(-alpine|-noble)?$/, release: 'Eclipse Temurin 21 LTS', endOfLife: '2029-12-31', basis: 'announced', source: TEMURIN },
  { repository: 'maven', tags: /^3(\.9)?-eclipse-temurin-21$/, release: 'Maven 3.9 on Temurin 21', endOfLife: '2029-12-31', basis: 'announced', source: TEMURIN, note: 'Maven 3.9 has no announced end; the JDK underneath it ends first' },
  { repository: 'payara/micro', tags: /^latest$/, release: 'Payara Micro, newest Community release', endOfLife: '2027-06-30', basis: 'review', source: 'https://hub.docker.com/r/payara/micro', note: ROLLING },

  { repository: 'docker', tags: /^29(\.\d+){0,2}(-cli|-dind)?$/, release: 'Docker Engine 29', endOfLife: '2027-06-30', basis: 'review', source: DOCKER, note: 'no end of life is announced; moby maintains a major release for some months after the next one ships' },
  { repository: 'portainer/portainer', tags: /^latest$/, release: 'Portainer, newest release', endOfLife: '2027-06-30', basis: 'review', source: 'https://hub.docker.com/r/portainer/portainer', note: ROLLING },

  distroless('static', 'static'),
  distroless('base', 'base'),
  distroless('base-nossl', 'base-nossl'),
  distroless('cc', 'cc'),
  distroless('java21', 'Java 21'),
  distroless('java25', 'Java 25'),
  distroless('java17', 'Java 17', '2027-10-31', 'Temurin 17 security support ends on 2027-10-31, before Debian 13 (https://adoptium.net/support/)'),
];

/**
 * Images the course invents for its examples (they exist only in the simulator, or stand for "your
 * image"), so they have no release line. A structural reference (FROM, image:, docker run) to any
 * other repository must be in the table above.
 */
export const COURSE_OWN_IMAGES: readonly string[] = ['app', 'orders', 'web', 'myapp', 'sensor-reader', 'shop-web', 'shipshape-site'];

/** Repositories under names reserved for examples (RFC 2606 domains, Docker Hub's `example` namespace) are the course's own too. */
const COURSE_OWN_PREFIXES = ['example/', 'registry.example/', 'registry.example.com/'];

const isCourseOwn = (repository: string): boolean =>
  COURSE_OWN_IMAGES.includes(repository) || COURSE_OWN_PREFIXES.some((p) => repository.startsWith(p));

export interface ImageReference {
  repository: string;
  /** null when the reference has no tag, which means `latest`. */
  tag: string | null;
  /** Where it was found, for the failure message, e.g. "content/lessons/x/index.mdx". */
  where: string;
}

export type Verdict =
  | { kind: 'ok'; line: ImageLine }
  | { kind: 'course-image' }
  | { kind: 'unknown' }
  | { kind: 'ended'; line: ImageLine };

/** The line a reference belongs to, if the table knows it. */
export function findLine(repository: string, tag: string | null): ImageLine | undefined {
  const t = tag ?? 'latest';
  return IMAGE_LINES.find((l) => l.repository === repository && l.tags.test(t));
}

/** Judges one reference on `today` (YYYY-MM-DD): an end-of-life date is the last supported day. */
export function judge(reference: Pick<ImageReference, 'repository' | 'tag'>, today: string): Verdict {
  const line = findLine(reference.repository, reference.tag);
  if (line) return line.endOfLife < today ? { kind: 'ended', line } : { kind: 'ok', line };
  if (isCourseOwn(reference.repository)) return { kind: 'course-image' };
  return { kind: 'unknown' };
}

/**
 * Splits an image reference as written ("docker.io/library/node:24@sha256:...") into the repository
 * the table uses ("node") and its tag; null for text that is not an image reference (empty, or a variable).
 */
export function parseImageReference(value: string, where: string): ImageReference | null {
  const [nameAndTag = ''] = value.trim().split('@');
  if (nameAndTag === '' || nameAndTag.includes('$')) return null;
  const slash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > slash;
  let repository = (hasTag ? nameAndTag.slice(0, colon) : nameAndTag).toLowerCase();
  repository = repository.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return { repository, tag: hasTag ? nameAndTag.slice(colon + 1) : null, where };
}

/** One readable line per problem, empty when every reference is known and supported on `today`. */
export function lifecycleProblems(references: readonly ImageReference[], today: string): string[] {
  const problems = new Set<string>();
  for (const ref of references) {
    const name = ref.tag === null ? ref.repository : `${ref.repository}:${ref.tag}`;
    const verdict = judge(ref, today);
    if (verdict.kind === 'unknown') problems.add(`${ref.where}: ${name} is not in the image lifecycle table (src/course/image-lifecycle.ts)`);
    if (verdict.kind === 'ended') {
      const what = verdict.line.basis === 'review' ? 'was due for review on' : 'reached its end of life on';
      problems.add(`${ref.where}: ${name} (${verdict.line.release}) ${what} ${verdict.line.endOfLife}`);
    }
  }
  return [...problems];
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
