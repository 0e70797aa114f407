import { buildImage } from './build';
import { courseBinary } from './course-programs';
import { Engine } from './engine';
import { hexId } from './hash';
import type { SimImage } from './image';
import { refText, type ImageRef } from './image-ref';

/**
 * The images the course invents for its lessons and exercises, as the registry holds them. Each is
 * built, like a real one, from a Dockerfile on a base image the simulator models, so its users,
 * shells and tools are that base image's and its history reads as BuildKit writes it. Its program is
 * a marker binary whose behaviour (what it needs to start, what it serves) is in course-programs.ts.
 */
interface CourseImage {
  /** Every name the course gives it, registry included. */
  refs: string[];
  dockerfile: string;
  /** The build context: the programs and files the Dockerfile copies. */
  context: Record<string, string>;
}

const COURSE_IMAGES: readonly CourseImage[] = [
  // least-privilege-capabilities: "This web service runs as a non-root user on port 8080 and writes
  // temporary files to /tmp" (both exercises start it with --cap-drop ALL, --read-only and --tmpfs /tmp).
  {
    refs: ['example/web:1.4'],
    dockerfile: 'FROM alpine:3.24\nRUN addgroup -g 10001 web && adduser -D -H -u 10001 -G web web\nCOPY --chmod=555 web /usr/local/bin/web\nUSER 10001:10001\nEXPOSE 8080\nCMD ["web"]\n',
    context: { web: courseBinary('example-web') },
  },
  // no-host-network: "The web app listens on port 8080. Only the reverse proxy on this host should reach it."
  {
    refs: ['web:2.3'],
    dockerfile: 'FROM alpine:3.24\nRUN adduser -D -H -u 10001 web\nCOPY --chmod=555 web /usr/local/bin/web\nUSER 10001\nEXPOSE 8080\nCMD ["web"]\n',
    context: { web: courseBinary('web') },
  },
  // never-privileged/drop-privileged: "The sensor reader only reads the USB serial adapter /dev/ttyUSB0".
  // It runs as a user in the dialout group, which owns serial devices, so it needs no capability.
  {
    refs: ['sensor-reader:1.4'],
    dockerfile: 'FROM alpine:3.24\nRUN adduser -D -H -u 10001 sensor && addgroup sensor dialout\nCOPY --chmod=555 sensor-reader /usr/local/bin/sensor-reader\nUSER 10001\nENTRYPOINT ["/usr/local/bin/sensor-reader"]\nCMD ["--device", "/dev/ttyUSB0"]\n',
    context: { 'sensor-reader': courseBinary('sensor-reader') },
  },
  // never-privileged/docker-socket: "The dashboard only renders the files in ./dashboards" (mounted at
  // /etc/dashboard) and serves HTTP on port 3000; it never uses the Docker socket it was given.
  {
    refs: ['example/container-dashboard:2.4'],
    dockerfile: 'FROM alpine:3.24\nRUN adduser -D -H -u 10001 dashboard\nCOPY --chmod=555 dashboard /usr/local/bin/dashboard\nUSER 10001\nEXPOSE 3000\nCMD ["dashboard", "--dir", "/etc/dashboard", "--listen", ":3000"]\n',
    context: { dashboard: courseBinary('container-dashboard') },
  },
  // container-runtimes/harden-deployment: an image with no USER, so "the process runs as root" unless
  // the Pod says otherwise; it listens on 8080 and writes to /tmp, which the Deployment gives it as an emptyDir.
  {
    refs: ['registry.example.com/api:1.8.2'],
    dockerfile: 'FROM alpine:3.24\nCOPY --chmod=555 api /usr/local/bin/api\nEXPOSE 8080\nENTRYPOINT ["/usr/local/bin/api"]\n',
    context: { api: courseBinary('api') },
  },
  // container-runtimes/no-runtime-socket: the log shipper reads the node's /var/log/pods and can take
  // container names from the log file paths, so it needs no containerd socket. Distroless: no shell.
  {
    refs: ['registry.example.com/log-shipper:0.9.3'],
    dockerfile: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY log-shipper /log-shipper\nENTRYPOINT ["/log-shipper"]\nCMD ["--pods", "/var/log/pods"]\n',
    context: { 'log-shipper': courseBinary('log-shipper') },
  },
  // apparmor-profiles: "A web service that only ever needs to read its configuration and write to /tmp",
  // on port 8080; the Pod of the kubernetes-localhost exercise pulls it from the registry.
  // sign-scan-attest: the release pipeline pushes and signs 3.1; 3.1-hotfix was pushed and signed from a laptop.
  ...['shop-web:3.1', 'registry.example.com/shop-web:3.1', 'registry.example.com/shop-web:3.1-hotfix'].map((ref) => ({
    refs: [ref],
    dockerfile: 'FROM alpine:3.24\nRUN adduser -D -H -u 10001 shop\nCOPY config.yaml /etc/shop-web/config.yaml\nCOPY --chmod=555 shop-web /usr/local/bin/shop-web\nUSER 10001\nEXPOSE 8080\nCMD ["shop-web", "--config", "/etc/shop-web/config.yaml"]\n',
    context: { 'shop-web': courseBinary('shop-web'), 'config.yaml': 'listen: ":8080"\nsessions: /tmp/shop-web\ncatalogue: https://catalogue.example.com/v1\n' },
  })),
];

function definitionOf(ref: ImageRef): CourseImage | undefined {
  const wanted = refText(ref);
  return COURSE_IMAGES.find((image) => image.refs.includes(wanted));
}

/** Whether the registry has a repository of that name, whatever the tag. */
export function isCourseRepository(ref: ImageRef): boolean {
  return COURSE_IMAGES.some((image) => image.refs.some((r) => r.slice(0, r.lastIndexOf(':')) === ref.name));
}

/** Every `name:tag` of the course's images in the repository `name` (a registry lists them as its tags). */
export function courseRefsNamed(name: string): string[] {
  return COURSE_IMAGES.flatMap((image) => image.refs).filter((r) => r.slice(0, r.lastIndexOf(':')) === name);
}

/** The course image under that reference, built afresh (each engine owns its images), or null. */
export function courseImage(ref: ImageRef): SimImage | null {
  const definition = definitionOf(ref);
  if (!definition) return null;
  const name = refText(ref);
  const { image } = buildImage(new Engine(), { dockerfile: definition.dockerfile, fileName: 'Dockerfile', context: definition.context, tag: name, target: null });
  if (!image) throw new Error(`the course image ${name} does not build`);
  const pushed: SimImage = { ...image, id: hexId(`course-image:${name}`), repoTags: [name], created: '3 weeks ago' };
  // It was pushed weeks ago, not built on the lab host just now.
  delete pushed.createdAt;
  return pushed;
}
