import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { v } from '../kubernetes/pod-security/version';
import { explain, type ExplainInput } from './explain';
import type { Explanation, Subject } from './types';

const schema = JSON.parse(readFileSync(new URL('./explanation.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function run(files: Record<string, string>, options: Parameters<typeof explain>[1] = {}): Explanation {
  const inputs: ExplainInput[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const result = explain(inputs, options);
  expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  return result;
}

function subject(result: Explanation, name: string): Subject {
  const found = result.subjects.find((s) => s.name === name || s.name.endsWith(` ${name}`));
  if (!found) throw new Error(`no subject ${name} in ${result.subjects.map((s) => s.name).join(', ')}`);
  return found;
}

const DOCKERFILE = 'FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24\nRUN adduser -D -u 10001 app\nCOPY --from=build /app /app\nUSER app\nCMD ["/app"]\n';

describe('explain: an image on its own', () => {
  it('lists a seccomp profile with its findings', () => {
    const result = explain([{ path: 'profile.json', text: '{\n  "defaultAction": "SCMP_ACT_ALLOW"\n}\n' }]);
    expect(result.files).toEqual([expect.objectContaining({ path: 'profile.json', kind: 'seccomp' })]);
    expect(result.files[0]?.findings.map((f) => [f.ruleId, f.line])).toEqual([['seccomp-default-allow', 2]]);
  });

  it('takes the user from the final stage\'s USER line, with its uid and gid', () => {
    const image = subject(run({ Dockerfile: DOCKERFILE }), 'Dockerfile');
    expect(image.kind).toBe('image');
    expect(image.image.stage).toEqual({ index: 1, name: null, base: 'alpine:3.24' });
    expect(image.user).toEqual({ name: 'app', uid: 10001, gid: 10001, source: 'user-instruction', place: { file: 'Dockerfile', line: 6 } });
    expect(image.runsAsRoot).toBe(false);
    expect(image.capabilities.effective).toEqual([]);
    expect(image.capabilities.bounding).toHaveLength(14);
  });

  it('knows a base image\'s user, an earlier stage\'s, and says when nobody can tell', () => {
    expect(subject(run({ Dockerfile: 'FROM nginxinc/nginx-unprivileged:1.30\n' }), 'Dockerfile').user).toMatchObject({ uid: 101, source: 'base-image' });
    expect(subject(run({ Dockerfile: 'FROM alpine:3.24 AS base\nUSER 10001\nFROM base\n' }), 'Dockerfile').user).toMatchObject({ uid: 10001, source: 'earlier-stage' });
    const unknown = subject(run({ Dockerfile: 'FROM example.com/mystery:1\n' }), 'Dockerfile');
    expect(unknown.user).toMatchObject({ uid: null, source: 'unknown' });
    expect(unknown.runsAsRoot).toBeNull();
    expect(unknown.capabilities.effective).toBeNull();
  });
});

describe('explain: a Dockerfile with the Compose file that runs it', () => {
  const compose = 'services:\n  api:\n    build: .\n    image: acme/api:1\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n    read_only: true\n    security_opt: ["no-new-privileges:true"]\n';

  it('keeps the image\'s USER and puts the service\'s flags on top', () => {
    const api = subject(run({ Dockerfile: DOCKERFILE, 'compose.yaml': compose }), 'api');
    expect(api.image).toEqual({ reference: 'acme/api:1', dockerfile: 'Dockerfile', stage: { index: 1, name: null, base: 'alpine:3.24' } });
    expect(api.user).toMatchObject({ name: 'app', uid: 10001, source: 'user-instruction' });
    expect(api.capabilities).toEqual({ bounding: ['NET_BIND_SERVICE'], effective: [], added: ['NET_BIND_SERVICE'], dropped: ['ALL'] });
    expect(api.readOnlyRootFilesystem).toBe(true);
    expect(api.noNewPrivileges).toBe(true);
  });

  it('a user: override wins, with the line that set it, from the override file when that is where it is', () => {
    const result = run({ Dockerfile: DOCKERFILE, 'compose.yaml': compose, 'compose.override.yaml': 'services:\n  api:\n    user: root\n    privileged: true\n' });
    const api = subject(result, 'api');
    expect(api.user).toEqual({ name: 'root', uid: 0, gid: 0, source: 'runtime', place: { file: 'compose.override.yaml', line: 3 } });
    expect(api.runsAsRoot).toBe(true);
    expect(api.privileged).toBe(true);
    expect(api.capabilities.effective).toHaveLength(api.capabilities.bounding.length);
    expect(api.seccomp.state).toBe('unconfined');
    expect(api.warnings.join(' ')).toContain('runs it as root');
    expect(result.files.map((f) => f.path)).toEqual(['Dockerfile', 'compose.yaml', 'compose.override.yaml']);
  });

  it('resolves a uid the image does not know to gid 0, as runc does', () => {
    const result = run({ Dockerfile: 'FROM alpine:3.24\n', 'compose.yaml': 'services:\n  a:\n    build: .\n    user: "4242"\n' });
    expect(subject(result, 'a').user).toMatchObject({ uid: 4242, gid: 0, source: 'runtime' });
  });

  it('uses the target stage, and says when the built Dockerfile is not given', () => {
    const target = run({ Dockerfile: DOCKERFILE, 'compose.yaml': 'services:\n  b:\n    build:\n      context: .\n      target: build\n' });
    expect(subject(target, 'b').image.stage?.name).toBe('build');
    const missing = run({ 'compose.yaml': 'services:\n  c:\n    build: ./c\n' });
    expect(subject(missing, 'c').user.source).toBe('unknown');
    expect(missing.notes.join(' ')).toContain('c/Dockerfile, which is not among the given files');
  });

  it('links a custom AppArmor profile to the file that defines it', () => {
    const profile = '#include <tunables/global>\nprofile docker-api flags=(attach_disconnected) {\n  #include <abstractions/base>\n  /app r,\n}\n';
    const result = run({ 'compose.yaml': 'services:\n  api:\n    image: nginx:1.30\n    security_opt: ["apparmor=docker-api"]\n', 'api.apparmor': profile });
    expect(subject(result, 'api').apparmor).toEqual({ state: 'custom', profile: 'docker-api', definedIn: 'api.apparmor' });
    expect(subject(result, 'api').warnings).toEqual([]);
    const withKind = explain([{ path: 'compose.yaml', text: 'services:\n  api:\n    image: nginx:1.30\n    security_opt: ["apparmor=other"]\n' }, { path: 'p', text: profile, kind: 'apparmor' }]);
    expect(subject(withKind, 'api').warnings.join(' ')).toContain('"other" is not among the given files');
  });
});

describe('explain: Kubernetes', () => {
  const deployment = (pod: string, container: string): string => [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:',
    ...pod.split('\n').filter(Boolean).map((l) => `      ${l}`),
    '      containers:', '      - name: api', '        image: acme/api:1',
    ...container.split('\n').filter(Boolean).map((l) => `        ${l}`),
  ].join('\n');
  const compose = 'services:\n  api:\n    build: .\n    image: acme/api:1\n';
  const hardened = 'securityContext:\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop: [ALL]\n';

  it('joins the container to the Dockerfile by image name; pod-level runAsNonRoot and runAsUser cover it', () => {
    const pod = 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n  seccompProfile:\n    type: RuntimeDefault\n';
    const result = run({ Dockerfile: DOCKERFILE, 'compose.yaml': compose, 'deploy.yaml': deployment(pod, hardened) });
    const api = subject(result, 'container api');
    expect(api.kind).toBe('kubernetes-container');
    expect(api.image.dockerfile).toBe('Dockerfile');
    expect(api.user).toMatchObject({ uid: 10001, gid: 10001, source: 'runtime', place: { file: 'deploy.yaml', line: 10 } });
    expect(api.podSecurity).toEqual({ level: 'restricted', version: '1.37', violations: [] });
    expect(api.seccomp.state).toBe('runtime-default');
    expect(api.warnings).toEqual([]);
  });

  it('warns when the kubelet will refuse to start it: runAsNonRoot with a named USER', () => {
    const result = run({ Dockerfile: DOCKERFILE, 'compose.yaml': compose, 'deploy.yaml': deployment('securityContext:\n  runAsNonRoot: true\n', hardened) });
    const api = subject(result, 'container api');
    expect(api.user).toMatchObject({ name: 'app', uid: 10001, source: 'user-instruction' });
    expect(api.warnings.join(' ')).toContain('non-numeric user');
    expect(api.warnings.join(' ')).toContain('Unconfined');
    expect(api.podSecurity?.level).toBe('baseline');
    expect(api.podSecurity?.violations.map((x) => x.check)).toEqual(['seccompProfile_restricted']);
  });

  it('grades the pod at the chosen Kubernetes version', () => {
    const pod = 'securityContext:\n  sysctls:\n  - name: net.ipv4.tcp_notsent_lowat\n    value: "16384"\n';
    const files = { 'deploy.yaml': deployment(pod, '') };
    expect(subject(run(files, { kubernetesVersion: v(36) }), 'container api').podSecurity).toMatchObject({ level: 'privileged', version: '1.36' });
    expect(subject(run(files, { kubernetesVersion: v(37) }), 'container api').podSecurity).toMatchObject({ level: 'baseline', version: '1.37' });
  });

  it('knows hostPath mounts and host namespaces, and says when an image is unknown', () => {
    const pod = 'hostNetwork: true\nvolumes:\n- name: sock\n  hostPath:\n    path: /var/run/docker.sock\n';
    const result = run({ 'deploy.yaml': deployment(pod, 'volumeMounts:\n- name: sock\n  mountPath: /var/run/docker.sock\n') });
    const api = subject(result, 'container api');
    expect(api.mounts).toEqual([{ type: 'hostPath', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: false }]);
    expect(api.hostNamespaces).toMatchObject({ network: true, uts: true, pid: false, user: true });
    expect(api.user.source).toBe('unknown');
    expect(result.notes.join(' ')).toContain('acme/api:1');
  });
});

describe('explain: docker run scripts and findings', () => {
  it('explains each docker run line and carries every file\'s findings', () => {
    const result = run({ 'run.sh': 'docker run -d --network host -u 0 -v /:/host nginxinc/nginx-unprivileged:1.30\n' });
    const line = result.subjects[0]!;
    expect(line).toMatchObject({ kind: 'docker-run', runsAsRoot: true, hostNamespaces: { network: true } });
    expect(line.mounts).toEqual([{ type: 'bind', source: '/', target: '/host', readOnly: false }]);
    expect(result.files[0]?.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['host-network', 'run-as-root-user']));
  });

  it('notes a file whose kind cannot be told', () => {
    expect(run({ 'notes.txt': 'hello' }).notes[0]).toContain('notes.txt');
  });
});
