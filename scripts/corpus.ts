/**
 * Measures agreement with hand-labelled cases, per concept: the peer corpus (other linters' own
 * test cases) and the real-world corpus (public files from official images, Compose samples,
 * Kubernetes examples and AppArmor trees, in tests/corpus/realworld).
 * Usage: npm run corpus   (SHIPSHAPE_CORPUS=<dir> adds the peer corpus: other linters' labelled fixtures, kept outside the repository)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, type Analysis } from '../src/checker/core/engine';
import type { Finding, Kind } from '../src/checker/core/types';
import { dockerfileChecker } from '../src/checker/dockerfile/index';

type Lint = (kind: Kind, text: string) => Analysis<{ diagnostics: Finding[] }>;

/** The full registry when it loads; otherwise the Dockerfile checker alone, so this still measures something. */
async function loadLinter(): Promise<{ lint: Lint; full: boolean }> {
  try {
    const registry = await import('../src/checker/index');
    return { lint: registry.analyseText, full: true };
  } catch (error) {
    console.log(`The checker registry did not load (${error instanceof Error ? error.message : String(error)}); measuring Dockerfile cases only.`);
    return { lint: (kind, text) => (kind === 'dockerfile' ? analyse(dockerfileChecker, text) : { model: { diagnostics: [] }, findings: [] }), full: false };
  }
}

interface Case {
  file: string;
  concept: string;
  expect: 'flag' | 'pass';
  /** Peer corpus only: which linter's fixture it is. */
  source?: string;
  peer_rule?: string;
  lines?: number[];
  ok_lines?: number[];
  fragment?: boolean;
  note?: string;
  origin?: string;
}

interface Mapping {
  kind: Kind;
  rules: string[];
}

/**
 * "The file reads cleanly": the parser reports no error or warning about the text itself, and no
 * check crashed. Flagged when a parser diagnostic or an internal error is present.
 */
const READS_CLEANLY = 'reads-cleanly';
const CRASH = /^(internal-error|input-too-large|binary-input)$/;

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
  'build-tools-in-final-image': ['build-tools-in-final-image'],
  'apk-add-without-no-cache': ['apk-add-without-no-cache'],
  'curl-pipe-shell': ['curl-pipe-shell'],
  [READS_CLEANLY]: [],
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
  'dangerous-capability': ['dangerous-capability'],
  'sensitive-host-mount': ['sensitive-host-mount'],
  [READS_CLEANLY]: [],
};

const KUBERNETES: Record<string, string[]> = {
  privileged: ['k8s-privileged'],
  'host-network': ['k8s-host-namespaces'],
  'runs-as-root': ['k8s-run-as-root'],
  'allow-privilege-escalation': ['k8s-allow-privilege-escalation'],
  'apparmor-unconfined': ['k8s-apparmor-unconfined'],
  'image-latest': ['k8s-image-latest'],
  'host-path': ['k8s-host-path'],
  'container-runtime-socket': ['k8s-container-runtime-socket'],
  [READS_CLEANLY]: [],
};

/** AppArmor concepts are our rule ids, plus whether a file reads without a syntax error. */
const APPARMOR: Record<string, string[]> = {
  'apparmor-no-profile': ['apparmor-no-profile'],
  'apparmor-complain-mode': ['apparmor-complain-mode'],
  'apparmor-broad-capability': ['apparmor-broad-capability'],
  'apparmor-mount-allowed': ['apparmor-mount-allowed'],
  'apparmor-template': ['apparmor-template'],
  [READS_CLEANLY]: [],
};

const BY_FOLDER: Record<string, { kind: Kind; concepts: Record<string, string[]> }> = {
  dockerfile: { kind: 'dockerfile', concepts: DOCKERFILE },
  compose: { kind: 'compose', concepts: COMPOSE },
  k8s: { kind: 'kubernetes', concepts: KUBERNETES },
  apparmor: { kind: 'apparmor', concepts: APPARMOR },
};

function mappingOf(c: Case): Mapping | null {
  const entry = BY_FOLDER[c.file.split('/')[0] ?? ''];
  const rules = entry?.concepts[c.concept];
  return entry && rules ? { kind: entry.kind, rules } : null;
}

/** The findings that speak for a concept: its rules' findings, or for reads-cleanly the parser's complaints. */
function relevant(c: Case, analysis: Analysis<{ diagnostics: Finding[] }>, rules: string[]): Finding[] {
  if (c.concept !== READS_CLEANLY) return analysis.findings.filter((f) => rules.includes(f.ruleId));
  const parser = analysis.model.diagnostics.filter((d) => d.severity !== 'info');
  return [...parser, ...analysis.findings.filter((f) => CRASH.test(f.ruleId))];
}

interface Outcome {
  agreed: boolean;
  reason: string;
}

function judge(c: Case, ours: Finding[]): Outcome {
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

interface Score {
  rows: Row[];
  uncovered: Map<string, number>;
  disagreements: string[];
  contestedNotes: string[];
}

function scoreCorpus(dir: string, cases: readonly Case[], lint: Lint, full: boolean): Score {
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
    const outcome = judge(c, relevant(c, lint(mapping.kind, text), mapping.rules));
    const label = c.source ? `${c.expect}, ${c.source}` : c.expect;
    if (c.note?.startsWith('contested')) {
      row.contested++;
      contestedNotes.push(`  ${c.file} ${c.concept} [${c.expect}] ${outcome.agreed ? 'agrees' : `differs: ${outcome.reason}`}`);
      continue;
    }
    row.cases++;
    if (outcome.agreed) row.agreed++;
    else disagreements.push(`  ${c.file} ${c.concept} [${label}] ${outcome.reason}`);
  }
  return { rows: [...rows.values()].sort((a, b) => a.concept.localeCompare(b.concept)), uncovered, disagreements, contestedNotes };
}

const TITLES: Record<string, string> = { dockerfile: 'Dockerfile', compose: 'Compose', k8s: 'Kubernetes', apparmor: 'AppArmor' };

function report(name: string, score: Score): void {
  console.log(`\n=== ${name} ===`);
  for (const folder of Object.keys(TITLES)) {
    const rows = score.rows.filter((r) => r.kind === folder);
    if (rows.length > 0) printTable(`${TITLES[folder] ?? folder} concepts (non-contested cases)`, rows);
  }
  const firm = score.rows.reduce((n, r) => n + r.cases, 0);
  const agreed = score.rows.reduce((n, r) => n + r.agreed, 0);
  console.log(`\n${name}: ${agreed} of ${firm} firm labels agree (${firm === 0 ? '-' : ((100 * agreed) / firm).toFixed(1)}%).`);
  if (score.uncovered.size > 0) {
    console.log('\nNot covered by any rule:');
    for (const [concept, n] of score.uncovered) console.log(`  ${concept} (${n} cases)`);
  }
  console.log(`\nDisagreements (${score.disagreements.length}):`);
  for (const d of score.disagreements) console.log(d);
  console.log(`\nContested cases, excluded from the score (${score.contestedNotes.length}):`);
  for (const n of score.contestedNotes) console.log(n);
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { lint, full } = await loadLinter();
  // The peers' fixtures keep their own licences (some GPL), so they are not vendored: point at a copy.
  const peerFolder = process.env.SHIPSHAPE_CORPUS;
  const peers = peerFolder ? resolve(root, peerFolder) : undefined;
  if (peers && existsSync(join(peers, 'manifest.json'))) {
    report('Peer corpus', scoreCorpus(peers, JSON.parse(readFileSync(join(peers, 'manifest.json'), 'utf8')) as Case[], lint, full));
  } else {
    console.log(peers
      ? `No peer corpus at ${peers}: SHIPSHAPE_CORPUS must name a folder with its manifest.json.`
      : 'Peer corpus skipped: set SHIPSHAPE_CORPUS to the folder of the peers\' labelled fixtures (with manifest.json).');
  }
  const realworld = join(root, 'tests/corpus/realworld');
  report('Real-world corpus', scoreCorpus(realworld, JSON.parse(readFileSync(join(realworld, 'manifest.json'), 'utf8')) as Case[], lint, full));
}

await main();
