import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser, type Copy } from 'dockerfile-ast';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Replays the build stage of the site's Dockerfile step by step in an empty directory, the way
 * `docker build` would: only the files each COPY brings in are there, and every RUN runs with them.
 * (No Docker daemon is needed; the base image's Node is stood in for by the Node running this test.)
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const dockerfile = DockerfileParser.parse(readFileSync(join(repo, 'Dockerfile'), 'utf8'));
const ignored = readFileSync(join(repo, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** The .dockerignore patterns this site uses: top-level names and "*.ext". Anything else fails loudly. */
function isIgnored(name: string): boolean {
  return ignored.some((pattern) => {
    if (/^[\w.-]+$/.test(pattern)) return name === pattern;
    if (/^\*\.[\w]+$/.test(pattern)) return name.endsWith(pattern.slice(1));
    throw new Error(`.dockerignore pattern "${pattern}" is not understood by this test; extend isIgnored().`);
  });
}

function copyFromContext(sources: string[], destination: string, root: string, workdir: string): void {
  const target = destination.startsWith('/') ? join(root, destination) : join(workdir, destination);
  for (const source of sources) {
    if (source === '.') {
      for (const name of readdirSync(repo)) {
        if (!isIgnored(name)) cpSync(join(repo, name), join(target, name), { recursive: true });
      }
      continue;
    }
    const into = destination.endsWith('/') ? join(target, source.split('/').pop() ?? source) : target;
    cpSync(join(repo, source), into, { recursive: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'shipshape-image-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the site image', () => {
  it('builds: the build stage runs from an empty directory to a built site', () => {
    const [build] = dockerfile.getFROMs();
    expect(build?.getBuildStage()).toBe('build');
    const root = join(work, 'root');
    let workdir = root;
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
    const steps: string[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      const range = instruction.getRange();
      if (build && range.start.line < build.getRange().start.line) continue;
      const keyword = instruction.getKeyword();
      if (keyword === 'FROM' && instruction !== build) break;
      const args = instruction.getArguments().map((a) => a.getValue());
      steps.push(`${keyword} ${args.join(' ')}`);
      if (keyword === 'FROM') continue;
      if (keyword === 'WORKDIR') {
        workdir = join(root, args[0] ?? '');
      } else if (keyword === 'COPY') {
        if ((instruction as Copy).getFlags().length > 0) throw new Error(`COPY flags in the build stage are not replayed: ${steps.at(-1)}`);
        copyFromContext(args.slice(0, -1), args.at(-1) ?? '.', root, workdir);
      } else if (keyword === 'RUN') {
        execFileSync('sh', ['-c', instruction.getArgumentsContent() ?? ''], { cwd: workdir, env, stdio: 'pipe', timeout: 480_000 });
      } else {
        throw new Error(`${keyword} is not replayed by this test; extend it.`);
      }
    }
    expect(steps.length).toBeGreaterThan(3);
    expect(existsSync(join(workdir, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(workdir, 'dist/sw.js'))).toBe(true);
    expect(existsSync(join(workdir, 'dist/lessons/run-as-non-root/index.html'))).toBe(true);
  }, 600_000);

  it('copies into the final image only files that exist', () => {
    const finalStage = dockerfile.getFROMs().at(-1);
    const copies = dockerfile.getInstructions().filter((i) => i.getKeyword() === 'COPY' && finalStage && i.getRange().start.line > finalStage.getRange().start.line);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      // getFromFlag() answers null when --from is one of several flags, so read the flag list itself.
      const fromBuild = (copy as Copy).getFlags().some((flag) => flag.getName() === 'from' && flag.getValue() === 'build');
      const sources = copy.getArguments().map((a) => a.getValue()).slice(0, -1);
      for (const source of sources) {
        const path = fromBuild ? join(work, 'root', source) : join(repo, source);
        expect(existsSync(path), `${copy.getArgumentsContent()}`).toBe(true);
      }
    }
  });
});
