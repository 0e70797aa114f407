/**
 * Measures agreement with other linters' own labelled test cases (the peer corpus).
 * Usage: npm run corpus   (SHIPSHAPE_CORPUS=<dir> to point at another copy of the corpus)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/checker/core/engine';
import type { Finding, Kind } from '../src/checker/core/types';
import { dockerfileChecker } from '../src/checker/dockerfile/index';

type Lint = (kind: Kind, text: string) => Finding[];

/** The full registry when it loads; otherwise the Dockerfile checker alone, so this still measures something. */
async function loadLinter(): Promise<{ lint: Lint; full: boolean }> {
  try {
    const registry = await import('../src/checker/index');
    return { lint: registry.lintText, full: true };
  } catch (error) {
    console.log(`The checker registry did not load (${error instanceof Error ? error.message : String(error)}); measuring Dockerfile cases only.`);
    return { lint: (kind, text) => (kind === 'dockerfile' ? analyse(dockerfileChecker, text).findings : []), full: false };
  }
}

interface Case {
  file: string;
  concept: string;
  expect: 'flag' | 'pass';
  source: string;
  peer_rule: string;
  lines?: number[];
  ok_lines?: number[];
  fragment?: boolean;
  note?: string;
}

interface Mapping {
  kind: Kind;
  rules: string[];
}

/** Our rule ids per corpus concept, by file kind. Concepts absent here are reported as not covered. */
const DOCKERFILE: Record<string, string[]> = {
  'runs-as-root': ['runs-as-root'],
  'latest-or-untagged-base-image': ['latest-or-untagged-base-image'],
  'add-instead-of-copy': ['add-instead-of-copy'],
  'add-remote-url-or-archive': ['add-remote-url'],
  sudo: ['sudo-usage'],
  'expose-ssh-port-22': ['ssh-server-or-port-22'],
  'missing-healthcheck': ['missing-healthcheck'],
  'apt-no-install-recommends': ['apt-no-install-recommends'],
  'apt-lists-not-cleaned': ['apt-lists-not-cleaned'],
  'pipe-without-pipefail': ['pipe-without-pipefail'],
  'copy-chown-app-files-owned-by-runtime-user': ['app-files-writable-by-runtime-user'],
  'workdir-relative': ['relative-workdir'],
  'apt-update-alone': ['apt-update-alone'],
  'secrets-in-env-arg': ['secrets-in-env-or-arg'],
  'multi-stage-copy-entire-filesystem': ['copy-entire-stage-filesystem'],
  'user-non-numeric': ['user-not-numeric'],
  'tls-verification-disabled': ['tls-verification-disabled'],
  'docker-socket-volume': ['docker-socket-volume'],
  'unnecessary-tools-in-image': ['unnecessary-tools-in-image'],
};

/** Compose concepts, checked through the same registry as the CLI. */
const COMPOSE: Record<string, string[]> = {
  privileged: ['privileged'],
  'host-network': ['host-network'],
  'host-pid': ['host-pid'],
  'docker-socket-mount': ['docker-socket-mount'],
  'no-new-privileges-missing': ['no-new-privileges-missing'],
  'seccomp-unconfined': ['seccomp-unconfined'],
  'capabilities-unrestricted': ['no-cap-drop', 'dangerous-capability'],
};

const KUBERNETES: Record<string, string[]> = {
  privileged: ['k8s-privileged'],
  'host-network': ['k8s-host-namespaces'],
  'runs-as-root': ['k8s-run-as-root'],
  'allow-privilege-escalation': ['k8s-allow-privilege-escalation'],
  'apparmor-unconfined': ['k8s-apparmor-unconfined'],
};

function mappingOf(c: Case): Mapping | null {
  const folder = c.file.split('/')[0];
  if (folder === 'dockerfile') {
    const rules = DOCKERFILE[c.concept];
    return rules ? { kind: 'dockerfile', rules } : null;
  }
  const kind: Kind = folder === 'compose' ? 'compose' : 'kubernetes';
  const rules = (kind === 'compose' ? COMPOSE : KUBERNETES)[c.concept];
  return rules ? { kind, rules } : null;
}

interface Outcome {
  agreed: boolean;
  reason: string;
}

function judge(c: Case, findings: Finding[], rules: string[]): Outcome {
  const ours = findings.filter((f) => rules.includes(f.ruleId));
  const lines = [...new Set(ours.map((f) => f.line))].sort((a, b) => a - b);
  if (c.expect === 'pass') {
    return ours.length === 0 ? { agreed: true, reason: '' } : { agreed: false, reason: `we flag line ${lines.join(', ')}: ${ours[0]?.message ?? ''}` };
  }
  if (ours.length === 0) return { agreed: false, reason: 'we do not flag it' };
  const okHit = (c.ok_lines ?? []).filter((l) => lines.includes(l));
  if (okHit.length > 0) return { agreed: false, reason: `we flag line ${okHit.join(', ')}, marked ok by the peer` };
  if (c.lines && c.lines.length > 0) {
    const missing = c.lines.filter((l) => !lines.includes(l));
    if (missing.length > 0) return { agreed: false, reason: `expected line ${c.lines.join(', ')}, we flag ${lines.join(', ')}` };
  }
  return { agreed: true, reason: '' };
}

interface Row {
  concept: string;
  kind: string;
  cases: number;
  agreed: number;
  contested: number;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(`${pad('concept', 44)}${pad('cases', 7)}${pad('agreed', 8)}${pad('%', 8)}contested excluded`);
  let cases = 0;
  let agreed = 0;
  let contested = 0;
  for (const r of rows) {
    const pct = r.cases === 0 ? '-' : `${((100 * r.agreed) / r.cases).toFixed(1)}`;
    console.log(`${pad(r.concept, 44)}${pad(String(r.cases), 7)}${pad(String(r.agreed), 8)}${pad(pct, 8)}${r.contested}`);
    cases += r.cases;
    agreed += r.agreed;
    contested += r.contested;
  }
  const pct = cases === 0 ? '-' : ((100 * agreed) / cases).toFixed(1);
  console.log(`${pad('total', 44)}${pad(String(cases), 7)}${pad(String(agreed), 8)}${pad(pct, 8)}${contested}`);
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, process.env.SHIPSHAPE_CORPUS ?? '../shared/corpus/peers');
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.log(`No peer corpus at ${dir} (set SHIPSHAPE_CORPUS to its folder); nothing to measure.`);
    return;
  }
  const cases = JSON.parse(readFileSync(manifestPath, 'utf8')) as Case[];
  const { lint, full } = await loadLinter();
  const rows = new Map<string, Row>();
  const uncovered = new Map<string, number>();
  const disagreements: string[] = [];
  const contestedNotes: string[] = [];
  for (const c of cases) {
    const mapping = mappingOf(c);
    const kindLabel = c.file.split('/')[0] ?? '';
    const key = `${kindLabel}\u0000${c.concept}`;
    if (!mapping || (!full && mapping.kind !== 'dockerfile')) {
      uncovered.set(`${kindLabel}/${c.concept}`, (uncovered.get(`${kindLabel}/${c.concept}`) ?? 0) + 1);
      continue;
    }
    const row = rows.get(key) ?? { concept: c.concept, kind: kindLabel, cases: 0, agreed: 0, contested: 0 };
    rows.set(key, row);
    const text = readFileSync(join(dir, c.file), 'utf8');
    const findings = lint(mapping.kind, text);
    const outcome = judge(c, findings, mapping.rules);
    if (c.note?.startsWith('contested')) {
      row.contested++;
      contestedNotes.push(`  ${c.file} [${c.expect}] ${outcome.agreed ? 'agrees' : `differs: ${outcome.reason}`}`);
      continue;
    }
    row.cases++;
    if (outcome.agreed) row.agreed++;
    else disagreements.push(`  ${c.file} [${c.expect}, ${c.source}] ${outcome.reason}`);
  }
  const all = [...rows.values()].sort((a, b) => a.concept.localeCompare(b.concept));
  printTable('Dockerfile concepts (non-contested cases)', all.filter((r) => r.kind === 'dockerfile'));
  printTable('Compose concepts', all.filter((r) => r.kind === 'compose'));
  printTable('Kubernetes concepts', all.filter((r) => r.kind === 'k8s'));
  if (uncovered.size > 0) {
    console.log('\nNot covered by any rule:');
    for (const [concept, n] of uncovered) console.log(`  ${concept} (${n} cases)`);
  }
  console.log(`\nDisagreements (${disagreements.length}):`);
  for (const d of disagreements) console.log(d);
  console.log(`\nContested cases, excluded from the score (${contestedNotes.length}):`);
  for (const n of contestedNotes) console.log(n);
}

await main();
