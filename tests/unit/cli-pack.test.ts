import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRepo } from './cli-harness';

const run = promisify(execFile);
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** npm as the test was started with (`npm test` sets npm_execpath), else the one on PATH. */
function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  const cli = process.env['npm_execpath'];
  return cli && /npm-cli\.js$/.test(cli)
    ? run(process.execPath, [cli, ...args], { cwd, maxBuffer: 16 << 20 })
    : run('npm', args, { cwd, maxBuffer: 16 << 20 });
}

const temp = tempRepo({});
afterAll(() => temp.cleanup());

describe('the packed package', () => {
  it('installs offline from the tarball alone and runs', async () => {
    const { stdout } = await npm(['pack', '--json', '--pack-destination', temp.dir], process.cwd());
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    expect(packed?.filename).toBe(`shipshape-${version}.tgz`);
    const paths = packed!.files.map((f) => f.path).sort();
    expect(paths.every((p) => /^(bin\/shipshape\.mjs|dist-cli\/.+\.mjs|dist-cli\/(?:bundled\.json|THIRD-PARTY-NOTICES\.txt)|README\.md|package\.json)$/.test(p)), paths.join('\n')).toBe(true);
    expect(paths).toContain('dist-cli/shipshape.mjs');

    const app = join(temp.dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n');
    await npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(temp.dir, packed!.filename)], app);
    // Nothing but the package itself: its dependencies are bundled.
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['shipshape']);

    const bin = join(app, 'node_modules', '.bin', 'shipshape');
    expect((await run(bin, ['--version'], { cwd: app })).stdout).toBe(`${version}\n`);
    writeFileSync(join(app, 'Dockerfile'), 'FROM ubuntu:24.04\nUSER root\n');
    const lint = await run(bin, ['lint', '--format', 'json', 'Dockerfile'], { cwd: app }).catch((e: { code: number; stdout: string }) => e);
    expect('code' in lint ? lint.code : 0).toBe(1);
    const report = JSON.parse(lint.stdout) as { files: { findings: { ruleId: string }[] }[] };
    expect(report.files[0]?.findings.map((f) => f.ruleId)).toContain('runs-as-root');
    // A Dockerfile lint loads the Dockerfile checker alone: no YAML parser, no other kind, no schema library.
    writeFileSync(join(temp.dir, 'record-loads.mjs'), [
      "import { registerHooks } from 'node:module';",
      "registerHooks({ load(url, context, next) { if (url.includes('/dist-cli/')) process.stderr.write(`loaded ${url}\\n`); return next(url, context); } });",
    ].join('\n'));
    const traced = await run(process.execPath, ['--import', join(temp.dir, 'record-loads.mjs'), bin, 'lint', 'Dockerfile'], { cwd: app })
      .catch((e: { stdout: string; stderr: string }) => e);
    expect(traced.stdout).toMatch(/runs-as-root/);
    const loadedUrls = [...traced.stderr.matchAll(/^loaded (file:\S+)$/gm)].map((m) => new URL(m[1]!));
    const loaded = loadedUrls.map((url) => readFileSync(url, 'utf8'));
    expect(loaded.length).toBeGreaterThan(2);
    // The package says which source modules each chunk holds, and carries the licences of those it bundles.
    const dist = join(app, 'node_modules', 'shipshape', 'dist-cli');
    const inventory = JSON.parse(readFileSync(join(dist, 'bundled.json'), 'utf8')) as { chunks: Record<string, string[]> };
    const regions = loadedUrls.flatMap((url) => inventory.chunks[relative(dist, fileURLToPath(url)).split(sep).join('/')] ?? []);
    const notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['dockerfile-ast', 'yaml', 'zod', 'shell-quote']) expect(notices).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    expect(regions.some((r) => r.startsWith('src/checker/dockerfile/'))).toBe(true);
    expect(regions.filter((r) => /node_modules\/(?:yaml|zod)\/|src\/checker\/(?:kubernetes|compose|apparmor|seccomp|explain)\//.test(r))).toEqual([]);
    // Node's crypto module alone costs several milliseconds to load; only the GitLab format needs it.
    expect(loaded.filter((text) => /from "node:crypto"/.test(text))).toEqual([]);

    const explain = await run(bin, ['explain', 'Dockerfile'], { cwd: app });
    expect(explain.stdout).toMatch(/User +root \(uid 0, gid 0\), from USER at Dockerfile:2/);

    // The command keeps its compiled code for the next start (a pre-commit hook starts it on every commit).
    // Without NODE_COMPILE_CACHE set, only the command itself can turn the cache on (in the temporary folder).
    const tmp = join(temp.dir, 'tmp');
    mkdirSync(tmp);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_COMPILE_CACHE'));
    await run(bin, ['--version'], { cwd: app, env: { ...env, TMPDIR: tmp } });
    expect(readdirSync(join(tmp, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(0);
  }, 180_000);
});
