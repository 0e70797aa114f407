/**
 * Deterministic, realistic benchmark inputs: the same seed gives the same text on every machine,
 * so numbers from different runs compare like with like.
 */

/** mulberry32: a tiny seeded PRNG, enough to vary instructions without Math.random. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Picker {
  one<T>(items: readonly T[]): T;
  /** `count` different items, so a generated service never repeats a key. */
  some<T>(items: readonly T[], count: number): T[];
  int(from: number, to: number): number;
}

function picker(random: () => number): Picker {
  const int = (from: number, to: number): number => from + Math.floor(random() * (to - from + 1));
  return {
    int,
    one: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    some: (items, count) => {
      const pool = [...items];
      for (let i = 0; i < Math.min(count, pool.length); i++) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j] as (typeof items)[number], pool[i] as (typeof items)[number]];
      }
      return pool.slice(0, count);
    },
  };
}

const BUILD_BASES = [['node:24-trixie', 'deps'], ['golang:1.27', 'build'], ['python:3.12-slim', 'wheels'], ['maven:3.9-eclipse-temurin-21', 'package'], ['rust:1.82', 'compile']] as const;
const FINAL_BASES = ['alpine:3.24', 'debian:trixie-slim', 'gcr.io/distroless/static-debian13:nonroot', 'nginx:1.30', 'ubuntu:24.04', 'eclipse-temurin:21-jre'];

/** Instruction blocks as they appear in real Dockerfiles; several span lines with continuations or heredocs. */
const BLOCKS: readonly (readonly string[])[] = [
  ['WORKDIR /src'],
  ['ARG VERSION=1.4.2'],
  ['ENV NODE_ENV=production \\', '    PATH=/app/bin:$PATH'],
  ['COPY package.json package-lock.json ./'],
  ['RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev'],
  ['COPY --chown=app:app . .'],
  ['COPY --from={previous} /out/server /usr/local/bin/server'],
  ['ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /sbin/tini'],
  ['RUN apt-get update \\', '    && apt-get install -y --no-install-recommends curl ca-certificates \\', '    && rm -rf /var/lib/apt/lists/*'],
  ['RUN apk add --no-cache tini su-exec'],
  ['RUN pip install --no-cache-dir -r requirements.txt'],
  ['RUN go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server'],
  ['RUN addgroup -S app && adduser -S app -G app'],
  ['RUN useradd --system --uid 10001 --no-create-home app'],
  ['RUN chmod -R 755 /app'],
  ['RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash -'],
  ['# Build the front end once, reuse it in every stage'],
  ['RUN <<EOT', 'set -eux', 'mkdir -p /app/data', 'chown -R app:app /app/data', 'EOT'],
  ['LABEL org.opencontainers.image.source="https://github.com/example/shop" \\', '      org.opencontainers.image.licenses="MIT"'],
  ['EXPOSE 8080'],
  ['HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1'],
  ['USER root'],
  ['RUN sudo chown app /app'],
  [''],
];

const ENDINGS: readonly (readonly string[])[] = [
  ['USER 10001', 'ENTRYPOINT ["/sbin/tini", "--"]', 'CMD ["/usr/local/bin/server"]'],
  ['USER app', 'CMD ["node", "server.js"]'],
  ['CMD ["nginx", "-g", "daemon off;"]'],
];

/** A multi-stage Dockerfile of about `lines` lines: uniquely named build stages, then one final stage. */
export function dockerfile(lines: number, seed = 7): string {
  const pick = picker(seeded(seed));
  const out = ['# syntax=docker/dockerfile:1', ''];
  let previous = 'scratch';
  for (let stage = 0; ; stage++) {
    const final = out.length + 40 >= lines;
    const [image, role] = pick.one(BUILD_BASES);
    out.push(final ? `FROM ${pick.one(FINAL_BASES)}` : `FROM ${image} AS ${role}-${stage}`);
    const budget = final ? lines - 5 : out.length + pick.int(8, 30);
    while (out.length < budget) out.push(...pick.one(BLOCKS).map((l) => l.replace('{previous}', previous)));
    if (final) {
      out.push(...pick.one(ENDINGS), '');
      return out.join('\n');
    }
    out.push('');
    previous = `${role}-${stage}`;
  }
}

const RUN_FLAGS: readonly string[] = [
  '--rm', '-d', '-it', '--name web-$i', '-p 8080:8080', '-p 127.0.0.1:5432:5432', '--read-only', '--user 10001:10001',
  '--cap-drop ALL', '--cap-add NET_BIND_SERVICE', '--security-opt no-new-privileges', '--security-opt apparmor=docker-nginx',
  '--privileged', '--network host', '--pid=host', '-v /var/run/docker.sock:/var/run/docker.sock', '-v "$PWD/data:/data:ro"',
  '--tmpfs /tmp', '--memory 256m', '--cpus 1.5', '-e APP_ENV=production', '--env-file .env', '--restart unless-stopped',
];
const IMAGES: readonly string[] = ['nginx:1.30', 'postgres:16', 'redis:7-alpine', 'example/shop:1.4.2', 'alpine:3.24'];

/** A shell script of about `lines` lines that starts containers with a spread of flags, some on continuation lines. */
export function runScript(lines: number, seed = 11): string {
  const pick = picker(seeded(seed));
  const out = ['#!/usr/bin/env bash', 'set -euo pipefail', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(`# container ${i}`);
    const flags = pick.some(RUN_FLAGS, pick.int(2, 6)).map((f) => f.replace('$i', String(i)));
    out.push(`docker run ${flags.slice(0, 2).join(' ')} \\`);
    for (const flag of flags.slice(2)) out.push(`  ${flag} \\`);
    out.push(`  ${pick.one(IMAGES)}`);
    out.push(`echo "started container ${i}"`);
  }
  return out.join('\n');
}

const SERVICE_EXTRAS: readonly (readonly string[])[] = [
  ['    read_only: true'],
  ['    user: "10001:10001"'],
  ['    privileged: true'],
  ['    network_mode: host'],
  ['    pid: host'],
  ['    cap_drop:', '      - ALL'],
  ['    cap_add:', '      - NET_ADMIN'],
  ['    security_opt:', '      - no-new-privileges:true'],
  ['    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock', '      - ./data:/data:ro'],
  ['    environment:', '      APP_ENV: production', '      LOG_LEVEL: info'],
  ['    ports:', '      - "8080:8080"'],
  ['    tmpfs:', '      - /tmp'],
  ['    restart: unless-stopped'],
];

/** A Compose file of about `lines` lines with many services. */
export function composeFile(lines: number, seed = 13): string {
  const pick = picker(seeded(seed));
  const out = ['name: shop', 'services:'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`  service-${i}:`, `    image: ${pick.one(IMAGES)}`);
    for (const extra of pick.some(SERVICE_EXTRAS, pick.int(3, 6))) out.push(...extra);
  }
  return `${out.join('\n')}\n`;
}

/** Docker's documented example profile for nginx, shared with the AppArmor tests. */
export { DOCKER_NGINX as DOCKER_NGINX_PROFILE } from '../../src/checker/apparmor/fixtures/docker-nginx';

const SECURITY_CONTEXTS: readonly (readonly string[])[] = [
  ['          securityContext:', '            runAsNonRoot: true', '            allowPrivilegeEscalation: false', '            readOnlyRootFilesystem: true', '            capabilities:', '              drop: ["ALL"]'],
  ['          securityContext:', '            privileged: true'],
  [],
];

const CONTAINER_EXTRAS: readonly (readonly string[])[] = [
  ['          ports:', '            - containerPort: 8080'],
  ['          resources:', '            limits:', '              memory: 256Mi', '              cpu: 500m'],
];

/** Kubernetes Deployments, as one multi-document manifest of about `lines` lines. */
export function kubernetesManifest(lines: number, seed = 17): string {
  const pick = picker(seeded(seed));
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) {
    if (i > 0) out.push('---');
    out.push(
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: shop-${i}`, 'spec:', '  replicas: 2',
      '  selector:', '    matchLabels:', `      app: shop-${i}`,
      '  template:', '    metadata:', '      labels:', `        app: shop-${i}`, '    spec:', `      hostNetwork: ${pick.one(['true', 'false'])}`, '      containers:', `        - name: app-${i}`, `          image: ${pick.one(IMAGES)}`,
    );
    out.push(...pick.one(SECURITY_CONTEXTS));
    for (const extra of pick.some(CONTAINER_EXTRAS, pick.int(0, 2))) out.push(...extra);
  }
  return `${out.join('\n')}\n`;
}
