import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { escapeData, escapeProperty } from '../../src/cli/format/github';
import { runIn, tempRepo, type Run } from './cli-harness';

/**
 * tests/fixtures/repo linted as a whole by the real checker: the walk and its ignore files, the
 * configuration, the Compose override merge, Kubernetes manifests, and every output format, SARIF
 * and JUnit checked against their published schemas (tests/schemas).
 */
let repo: { dir: string; cleanup: () => void };
const lint = (...args: string[]): Promise<Run> => runIn(repo.dir, ['lint', ...args], { about: { version: '1.2.3' } });

beforeAll(() => {
  repo = tempRepo({});
  cpSync('tests/fixtures/repo', repo.dir, { recursive: true });
  // Git's own directory and dependencies are skipped; neither can be committed inside the fixture.
  mkdirSync(join(repo.dir, '.git'));
  mkdirSync(join(repo.dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(repo.dir, 'node_modules', 'x', 'Dockerfile'), 'FROM a\nUSER root\n');
  writeFileSync(join(repo.dir, '.git', 'Dockerfile'), 'FROM a\nUSER root\n');
});
afterAll(() => repo.cleanup());

interface JsonReport {
  files: { path: string; kind: string; mergedWith?: string[]; findings: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
  notices: { level: string; message: string; path?: string }[];
}

async function json(...args: string[]): Promise<JsonReport> {
  return JSON.parse((await lint('--format', 'json', ...args)).out) as JsonReport;
}

describe('the fixture repository', () => {
  it('checks exactly the files Shipshape recognises and the ignore files and configuration leave in', async () => {
    const report = await json();
    expect(report.files.map((f) => `${f.path} ${f.kind}`)).toEqual([
      'Dockerfile dockerfile',
      'apps/api/Dockerfile dockerfile',
      'apps/api/generated/Dockerfile dockerfile',
      'compose.override.yaml compose',
      'compose.yaml compose',
      'k8s/app.yaml kubernetes',
      'scripts/run.sh run',
    ]);
    expect(report.notices.map((n) => n.message).join('\n')).toContain('charts/web/templates/deployment.yaml was skipped: it is a template');
  });

  it('applies the configuration: a rule off, a severity raised, failOn warning, the trusted registries', async () => {
    const report = await json();
    const ids = (path: string): string[] => report.files.find((f) => f.path === path)?.findings.map((f) => f.ruleId) ?? [];
    expect(ids('Dockerfile')).not.toContain('missing-healthcheck');
    expect(report.files[0]?.findings.find((f) => f.ruleId === 'apt-no-install-recommends')?.severity).toBe('error');
    expect(ids('apps/api/Dockerfile')).toEqual(['base-image-not-pinned-by-digest', 'untrusted-registry']);
    expect(ids('apps/api/generated/Dockerfile')).toEqual(['base-image-not-pinned-by-digest', 'runs-as-root']);
    expect((await lint('--min-severity', 'error', '--fail-on', 'error', 'k8s/app.yaml')).code).toBe(1);
    expect((await lint('--no-config', '--fail-on', 'warning', 'apps/api/Dockerfile')).code).toBe(0);
  });

  it('keeps both suppression comments: the file-wide one and the one on the line', async () => {
    const ids = (await json('Dockerfile')).files[0]?.findings.map((f) => f.ruleId) ?? [];
    expect(ids).not.toContain('latest-or-untagged-base-image');
    expect(ids).not.toContain('pipe-without-pipefail');
    expect(ids).not.toContain('unused-suppression');
    expect(ids).toContain('curl-pipe-shell');
  });

  it('merges compose.yaml with compose.override.yaml, pointing each finding at the file that set the value', async () => {
    const report = await json();
    const base = report.files.find((f) => f.path === 'compose.yaml');
    const override = report.files.find((f) => f.path === 'compose.override.yaml');
    expect(base?.mergedWith).toEqual(['compose.override.yaml']);
    // user: root in compose.yaml is overridden by user: "1000", so it runs as 1000.
    expect(base?.findings.map((f) => f.ruleId)).not.toContain('run-as-root-user');
    expect(base?.findings.find((f) => f.ruleId === 'port-on-all-interfaces')?.line).toBe(7);
    expect(override?.findings.find((f) => f.ruleId === 'dangerous-capability')).toMatchObject({ line: 4, severity: 'error' });
    // The debug service is behind a profile, as docker compose up leaves it.
    expect(report.files.flatMap((f) => f.findings).some((f) => f.message.includes('debug'))).toBe(false);
    const withDebug = await json('--profile', 'debug');
    expect(withDebug.files.find((f) => f.path === 'compose.yaml')?.findings.some((f) => f.ruleId === 'privileged')).toBe(true);
  });

  it('with -f, merges exactly the files named, in order', async () => {
    const alone = await json('-f', 'compose.yaml');
    expect(alone.files.map((f) => f.path)).toEqual(['compose.yaml']);
    expect(alone.files[0]?.findings.map((f) => f.ruleId)).toContain('run-as-root-user');
  });

  it('exits 1: warnings and errors are found and failOn is warning', async () => {
    expect((await lint()).code).toBe(1);
  });
});

describe('the fixture repository in each format', () => {
  it('SARIF validates against the SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync('tests/schemas/sarif-schema-2.1.0.json', 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const log = JSON.parse((await lint('--format', 'sarif', '--verbose')).out) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(log.runs[0]?.results.length).toBeGreaterThan(10);
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications.length).toBeGreaterThan(0);
  });

  it('SARIF with an unreadable file still validates, and names it', async () => {
    const schema = JSON.parse(readFileSync('tests/schemas/sarif-schema-2.1.0.json', 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const out = (await lint('--format', 'sarif', 'missing/Dockerfile', 'Dockerfile')).out;
    expect(validate(JSON.parse(out)), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(out).toContain('missing/Dockerfile: no such file or directory.');
  });

  it('JUnit validates against the Ant JUnit schema', async () => {
    const xsd = readFileSync('tests/schemas/junit.xsd', 'utf8');
    for (const args of [[], ['missing/Dockerfile', 'Dockerfile']]) {
      const xml = (await lint('--format', 'junit', ...args)).out;
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
      expect(result.errors, xml.slice(0, 2000)).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('github: exactly one escaped workflow command per finding', async () => {
    const report = await json();
    const commands = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>;
    const expected = report.files.flatMap((file) => file.findings.map((f) => {
      const props = [['file', file.path], ['line', f.line], ['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn], ['title', f.ruleId]]
        .map(([k, v]) => `${String(k)}=${escapeProperty(String(v))}`).join(',');
      return `::${commands[f.severity] ?? ''} ${props}::${escapeData(f.message)}`;
    }));
    const out = (await lint('--format', 'github')).out;
    expect(out).toBe(`${expected.join('\n')}\n`);
    expect(out).toContain('::error file=apps/api/Dockerfile,line=1,col=6,endLine=1,endColumn=');
  });

  it('checkstyle and gitlab: one entry per finding, well formed', async () => {
    const report = await json();
    const count = report.files.reduce((n, f) => n + f.findings.length, 0);
    const checkstyle = (await lint('--format', 'checkstyle')).out;
    expect(checkstyle.match(/<error /g)).toHaveLength(count);
    const parsed = await validateXML({ xml: [{ fileName: 'checkstyle.xml', contents: checkstyle }], normalization: 'format' });
    expect(parsed.errors).toEqual([]);
    const gitlab = JSON.parse((await lint('--format', 'gitlab')).out) as { fingerprint: string; location: { path: string } }[];
    expect(gitlab).toHaveLength(count);
    expect(new Set(gitlab.map((i) => i.fingerprint)).size).toBe(count);
    expect(gitlab[0]?.location.path).toBe('Dockerfile');
  });
});

describe('shipshape explain on the fixture repository', () => {
  it('joins the Kubernetes container to the Dockerfile through the Compose service that builds and names its image', async () => {
    const r = await runIn(repo.dir, ['explain', '--format', 'json', 'Dockerfile', 'compose.yaml', 'compose.override.yaml', 'k8s/app.yaml']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { subjects: { kind: string; name: string; user: { uid: number | null; source: string; place: { file: string; line: number } | null }; image: { dockerfile: string | null }; podSecurity: { level: string } | null }[] };
    const web = result.subjects.find((s) => s.kind === 'compose-service' && s.name === 'web');
    expect(web?.user).toMatchObject({ uid: 1000, source: 'runtime', place: { file: 'compose.override.yaml', line: 3 } });
    const container = result.subjects.find((s) => s.name === 'Deployment/web container web');
    expect(container?.image.dockerfile).toBe('Dockerfile');
    expect(container?.user).toMatchObject({ uid: 10001, source: 'runtime' });
    expect(container?.podSecurity?.level).toBe('restricted');
    expect(result.subjects.find((s) => s.name === 'Pod/tools container tools')?.podSecurity?.level).toBe('privileged');
  });

  it('refuses an unknown Kubernetes version, and evaluates a newer one as the newest it knows', async () => {
    const bad = await runIn(repo.dir, ['explain', '--kubernetes-version', '2.1', 'k8s/app.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--kubernetes-version must be a Kubernetes minor release');
    const newer = await runIn(repo.dir, ['explain', '--kubernetes-version', '1.99', 'k8s/app.yaml']);
    expect(newer.code).toBe(0);
    expect(newer.err).toContain('evaluated as 1.37');
    expect(newer.out).toMatch(/Pod Security +restricted at Kubernetes 1.37/);
  });
});
