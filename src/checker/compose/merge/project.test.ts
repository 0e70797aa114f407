import { describe, expect, it } from 'vitest';
import { lintComposeProject } from './lint';
import { joinPath, loadComposeProject, type SourceFile } from './project';

const BASE = 'compose.yaml';
const OVERRIDE = 'compose.override.yaml';

function project(base: string, override?: string, options: { profiles?: string[]; files?: Record<string, string> } = {}) {
  const sources: SourceFile[] = [{ path: BASE, text: base }, ...(override === undefined ? [] : [{ path: OVERRIDE, text: override }])];
  return loadComposeProject(sources, { profiles: options.profiles ?? [], readFile: (p) => options.files?.[p] ?? null });
}

function service(p: ReturnType<typeof project>, name: string) {
  const found = p.services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name}`);
  return found;
}

function lint(base: string, override: string, files: Record<string, string> = {}) {
  const result = lintComposeProject([{ path: BASE, text: base }, { path: OVERRIDE, text: override }], {
    profiles: [], readFile: (p) => files[p] ?? null,
  });
  return Object.fromEntries(result.files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId}@${x.line}`)]));
}

describe('Compose merge: the specification\'s rules (compose-spec 13-merge.md)', () => {
  it('replaces scalars, and points the value at the file that set it last', () => {
    const p = project('services:\n  web:\n    image: nginx\n    user: root\n', 'services:\n  web:\n    user: "10001"\n');
    const web = service(p, 'web');
    expect(web.runtime.image?.value).toBe('nginx');
    expect(web.runtime.user?.value).toBe('10001');
    expect(p.locate(web.runtime.user!.span)).toMatchObject({ path: OVERRIDE, span: { line: 3 } });
    expect(p.locate(web.runtime.image!.span)).toMatchObject({ path: BASE, span: { line: 3 } });
  });

  it('appends sequences and keeps unique resources unique (ports by address, volumes by target)', () => {
    const p = project(
      'services:\n  web:\n    image: x\n    ports: ["8080:80", "127.0.0.1:9000:9000"]\n    volumes: [foo:/work, ./a:/a]\n    cap_add: [NET_ADMIN]\n',
      'services:\n  web:\n    ports: ["8443:443", "8080:80", {target: 9000, published: "9000", host_ip: 127.0.0.1}]\n    volumes: [bar:/work]\n    cap_add: [NET_ADMIN, SYS_TIME]\n',
    );
    const web = service(p, 'web').runtime;
    expect(web.ports.map((x) => x.raw)).toEqual(['8080:80', '127.0.0.1:9000:9000', '8443:443'].map((r, i) => (i === 1 ? '127.0.0.1:9000:9000' : r)));
    expect(web.mounts.map((m) => `${m.source}:${m.target}`)).toEqual(['bar:/work', './a:/a']);
    expect(p.locate(web.mounts[0]!.span).path).toBe(OVERRIDE);
    expect(web.capAdd.map((c) => c.name)).toEqual(['NET_ADMIN', 'SYS_TIME']);
  });

  it('overrides command and entrypoint instead of appending them', () => {
    const p = project('services:\n  web:\n    image: x\n    entrypoint: ["a", "b"]\n', 'services:\n  web:\n    entrypoint: ["c"]\n');
    expect(service(p, 'web').runtime.entrypoint?.value).toBe('c');
  });

  it('merges environment given as a mapping in one file and a list in the other; the later value wins', () => {
    const p = project('services:\n  web:\n    image: x\n    environment:\n      A: "1"\n      B: "2"\n', 'services:\n  web:\n    environment: ["B=3", "C=4"]\n');
    expect(service(p, 'web').runtime.env.map((e) => e.value)).toEqual(['A=1', 'B=3', 'C=4']);
  });

  it('!reset removes what an earlier file set, and !override replaces it', () => {
    const p = project(
      'services:\n  web:\n    image: x\n    ports: ["8080:80"]\n    environment:\n      FOO: bar\n      KEEP: "1"\n    cap_add: [NET_ADMIN]\n',
      'services:\n  web:\n    ports: !reset []\n    environment:\n      FOO: !reset null\n    cap_add: !override [CHOWN]\n',
    );
    const web = service(p, 'web').runtime;
    expect(web.ports).toEqual([]);
    expect(web.env.map((e) => e.value)).toEqual(['KEEP=1']);
    expect(web.capAdd.map((c) => c.name)).toEqual(['CHOWN']);
  });

  it('a mapping replaced by a list is reported where the later file wrote it', () => {
    const p = project('services:\n  web:\n    image: x\n    deploy:\n      replicas: 1\n', 'services:\n  web:\n    deploy: [1]\n');
    const problem = p.model.diagnostics.find((d) => d.ruleId === 'compose-merge');
    expect(problem?.message).toContain('services.web.deploy');
    expect(p.locate(problem!)).toMatchObject({ path: OVERRIDE, span: { line: 3 } });
  });

  it('services from only one file are kept as they are', () => {
    const p = project('services:\n  db:\n    image: postgres\n', 'services:\n  web:\n    image: nginx\n');
    expect(p.services.map((s) => s.name)).toEqual(['db', 'web']);
  });
});

describe('Compose merge: extends, profiles, anchors', () => {
  it('extends a service of the same file; the extending service wins', () => {
    const p = project('services:\n  base:\n    image: x\n    privileged: true\n    cap_add: [NET_ADMIN]\n  web:\n    extends: base\n    privileged: false\n    cap_add: [CHOWN]\n');
    const web = service(p, 'web').runtime;
    expect(web.privileged?.value).toBe(false);
    expect(web.capAdd.map((c) => c.name)).toEqual(['NET_ADMIN', 'CHOWN']);
    expect(web.image?.value).toBe('x');
  });

  it('extends a service of another file, relative to the file that names it, and resolves its build context there', () => {
    const files = { 'common/base.yaml': 'services:\n  app:\n    build: ./app\n    privileged: true\n' };
    const p = project('services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n', undefined, { files });
    const web = service(p, 'web');
    expect(web.runtime.privileged?.value).toBe(true);
    expect(p.locate(web.runtime.privileged!.span)).toMatchObject({ path: 'common/base.yaml', span: { line: 4 } });
    expect(web.build).toEqual({ context: 'common/app', dockerfile: null, target: null });
  });

  it('reports an extends loop and a missing base instead of hanging', () => {
    const p = project('services:\n  a:\n    extends: b\n  b:\n    extends: a\n  c:\n    extends: nowhere\n');
    const messages = p.model.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('loops back');
    expect(messages).toContain('"nowhere"');
  });

  it('leaves out services whose profiles are not active, as docker compose up does', () => {
    const text = 'services:\n  web:\n    image: x\n  debug:\n    image: y\n    privileged: true\n    profiles: [debug]\n';
    expect(project(text).model.services.map((s) => s.name)).toEqual(['web']);
    expect(project(text, undefined, { profiles: ['debug'] }).model.services.map((s) => s.name)).toEqual(['web', 'debug']);
    expect(project(text, undefined, { profiles: ['*'] }).model.services.map((s) => s.name)).toEqual(['web', 'debug']);
    expect(service(project(text), 'debug').enabled).toBe(false);
  });

  it('expands anchors and << merge keys within each file', () => {
    const p = project('x-base: &base\n  image: x\n  privileged: true\nservices:\n  web:\n    <<: *base\n    privileged: false\n  worker: *base\n');
    expect(service(p, 'web').runtime.privileged?.value).toBe(false);
    expect(service(p, 'worker').runtime.privileged?.value).toBe(true);
  });

  it('expands a shared anchor once, so an alias bomb finishes', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('services:\n  web:\n    image: x\n    environment: *a11');
    const p = project(lines.join('\n'));
    expect(p.model.diagnostics.some((d) => d.message.includes('single value'))).toBe(true);
  });

  it('stops a merge that would visit more than 100,000 nodes, and says so', () => {
    const anchors = (prefix: string): string => {
      const lines = [`${prefix}0: &${prefix}0 {k0: 1, k1: 1}`];
      for (let i = 1; i <= 20; i++) lines.push(`${prefix}${i}: &${prefix}${i} {k0: *${prefix}${i - 1}, k1: *${prefix}${i - 1}}`);
      return lines.join('\n');
    };
    const p = project(`x-a:\n  ${anchors('a').split('\n').join('\n  ')}\nservices:\n  web:\n    image: x\n    deploy: *a20\n`,
      `x-b:\n  ${anchors('b').split('\n').join('\n  ')}\nservices:\n  web:\n    deploy: *b20\n`);
    expect(p.model.diagnostics.map((d) => d.message).join('\n')).toContain('too complex to merge');
    expect(p.model.services).toEqual([]);
  });
});

describe('lintComposeProject', () => {
  it('reports each finding in the file and line that set the value', () => {
    const result = lint('services:\n  web:\n    image: nginx:1.30\n    user: root\n', 'services:\n  web:\n    privileged: true\n');
    expect(result[BASE]).toContain('run-as-root-user@4');
    expect(result[OVERRIDE]).toContain('privileged@3');
  });

  it('an override that fixes a problem clears it', () => {
    const result = lint('services:\n  web:\n    image: nginx:1.30\n    user: root\n    privileged: true\n', 'services:\n  web:\n    user: "10001"\n    privileged: false\n');
    expect(result[BASE]).not.toContain('run-as-root-user@4');
    expect([...result[BASE]!, ...result[OVERRIDE]!].some((f) => f.startsWith('privileged@'))).toBe(false);
  });

  it('applies suppression comments in the file where they are written', () => {
    const result = lint('services:\n  web:\n    image: nginx:1.30\n', 'services:\n  web:\n    # shipshape ignore=privileged\n    privileged: true\n');
    expect(result[OVERRIDE]!.some((f) => f.startsWith('privileged@'))).toBe(false);
  });
});

describe('joinPath', () => {
  it.each([
    ['.', 'app', 'app'], ['common', './app', 'common/app'], ['common', '../app', 'app'], ['.', '../x', '../x'],
    ['/repo', 'a/../b', '/repo/b'], ['/repo', '/abs', '/abs'],
  ])('%s + %s = %s', (dir, path, joined) => {
    expect(joinPath(dir, path)).toBe(joined);
  });
});
