import { describe, expect, it } from 'vitest';
import { formatExplainText } from '../../cli/format/explain-text';
import { describeSubject, describeViolations } from './describe';
import { explain } from './explain';
import type { ExplainMessage, ExplainMessageId } from './types';
import { explainEn, explainWords, subjectTitle, wordMessage } from './words';

/** One of each message, with data; the type makes a new message id a compile error here until it is added. */
const SAMPLES: { [K in ExplainMessageId]: Extract<ExplainMessage, { id: K }>['data'] } = {
  'user-override-root': { imageUser: 'app', flag: 'user:', value: 'root' },
  'apparmor-not-given': { profile: 'web-profile' },
  'run-as-non-root-uid-0': {},
  'run-as-non-root-image-root': {},
  'run-as-non-root-named-user': { user: 'app' },
  'no-seccomp': {},
  'kind-unknown': { path: 'notes.txt' },
  'image-unknown': { reference: 'example.com/mystery:1' },
  'service-profiles-inactive': { service: 'debug', profiles: ['tools', 'dev'] },
  'service-build-missing': { service: 'api', dockerfile: 'c/Dockerfile' },
};
const messages = Object.entries(SAMPLES).map(([id, data]) => ({ id, data }) as ExplainMessage);

const HAN = /[\u4e00-\u9fff]/;
/**
 * English prose left in a Chinese sentence: common English words, outside what stays as written
 * (quoted kubelet messages, code and identifiers such as --seccomp-default or seccompProfile.type).
 */
const ENGLISH = /\b(?:the|is|are|not|and|from|with|its|which|given|unknown|none|yes|no|set|runs|built|at|of|in|to|or|defined|stage|container|service|image|user|runtime|default|unconfined|anonymous|note|finding|findings|lists|them|these|files)\b/;
const prose = (text: string): string =>
  text.replace(/"[^"]*"/g, '').replace(/（[\x20-\x7e]+）/g, '').replace(/--[\w-]+|\S*[.:_/]\S*/g, '');

describe('the explanation in Chinese', () => {
  it('words every message in Chinese, keeping its data', () => {
    const zh = explainWords('zh-cn');
    for (const message of messages) {
      const text = wordMessage(message, zh);
      expect(text, message.id).toMatch(HAN);
      const values = Object.values(message.data).flat().map(String);
      for (const value of values) expect(text, message.id).toContain(value);
      expect(prose(values.reduce((rest, value) => rest.split(value).join(''), text)), message.id).not.toMatch(ENGLISH);
    }
  });

  it('keeps the English sentences in the JSON beside the message ids', () => {
    const result = explain([
      { path: 'Dockerfile', text: 'FROM alpine:3.24\nRUN adduser -D -u 10001 app\nUSER app\n' },
      { path: 'compose.yaml', text: 'services:\n  api:\n    build: .\n    image: acme/api:1\n    user: root\n' },
      { path: 'notes.txt', text: 'hello' },
    ]);
    const api = result.subjects.find((s) => s.kind === 'compose-service');
    expect(api?.warningMessages.map((w) => w.id)).toEqual(['user-override-root']);
    expect(api?.warnings).toEqual(api?.warningMessages.map((w) => wordMessage(w, explainEn)));
    expect(result.noteMessages.map((n) => n.id)).toEqual(['kind-unknown']);
    expect(result.notes).toEqual(result.noteMessages.map((n) => wordMessage(n, explainEn)));
  });

  it('describes Dockerfiles, run lines, Compose services and Kubernetes containers without English prose', () => {
    const result = explain([
      { path: 'Dockerfile', text: 'FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24\nRUN adduser -D -u 10001 app\nCOPY --from=build /app /app\nUSER app\n' },
      { path: 'compose.yaml', text: 'services:\n  api:\n    build: .\n    image: acme/api:1\n    user: root\n    cap_add: [NET_ADMIN]\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - /data\n' },
      { path: 'run.sh', text: 'docker run --network host --security-opt apparmor=web-profile example.com/mystery:1\n' },
      { path: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostPID: true\n  initContainers:\n  - name: init\n    image: alpine:3.24\n  containers:\n  - name: web\n    image: acme/api:1\n    securityContext:\n      runAsNonRoot: true\n      runAsUser: 0\n      privileged: true\n' },
    ]);
    const zh = explainWords('zh-cn');
    expect(result.subjects.map((s) => s.kind).sort()).toEqual(['compose-service', 'docker-run', 'image', 'kubernetes-container', 'kubernetes-container']);
    for (const subject of result.subjects) {
      for (const fact of describeSubject(subject, zh)) {
        expect(fact.label, fact.key).toMatch(HAN);
        expect(prose(fact.value), `${fact.key}: ${fact.value}`).not.toMatch(ENGLISH);
      }
      for (const line of describeViolations(subject, zh)) expect(line.startsWith('不满足 ')).toBe(true);
    }
    // The same scan finds the English wording, so it is not vacuous.
    expect(result.subjects.some((subject) => describeSubject(subject, explainEn).some((f) => ENGLISH.test(prose(f.value))))).toBe(true);
    expect(ENGLISH.test(prose(formatExplainText(result, 'en')))).toBe(true);
    const init = result.subjects.find((s) => s.containerName?.role === 'initContainer');
    expect(init && subjectTitle(init, zh)).toBe('Pod/web Init 容器 init');
    expect(init?.name).toBe('Pod/web init container init');

    const text = formatExplainText(result, 'zh-cn');
    const ownLines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('    '));
    for (const line of ownLines) expect(prose(line.replace(/^\S+:\d+ /, '')), line).not.toMatch(ENGLISH);
    expect(text).toContain('这些文件中有');
    expect(formatExplainText({ ...result, subjects: [], files: [], noteMessages: [] }, 'zh-cn')).toBe(`${zh.nothing}\n`);
  });
});
