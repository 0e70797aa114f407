import type { AccountChange, FileAdd, FileWrite, RunStep } from '../checker/dockerfile/model';
import { findDownload } from './downloads';
import { goProgram } from './go-source';
import { programBinary } from './programs';
import { applyMode } from './shell/commands/files';
import { PACKAGE_PROGRAMS } from './shell/commands/packages';
import { readGroups, readPasswd } from './users';
import { baseName, isWithin, joinPath, normalizePath, parentOf } from './vfs/paths';
import { dir, file, type FileTree } from './vfs/tree';

/** Where COPY/ADD sources come from: the build context, or another stage's or image's file system. */
export type CopySource = { kind: 'context'; files: Record<string, string> } | { kind: 'tree'; tree: FileTree };

const TEXT_NAMES = new Set(['Dockerfile', 'Containerfile', 'Makefile', 'LICENSE', 'README']);

/** Context files keep their modes; scripts and extension-less binaries are executable in the lab's contexts. */
export function contextMode(path: string, content: string): number {
  if (TEXT_NAMES.has(baseName(path))) return 0o644;
  return content.startsWith('#!') || content.startsWith('\x7fELF') || path.endsWith('.sh') || !baseName(path).includes('.') ? 0o755 : 0o644;
}

function contextMatches(files: Record<string, string>, source: string): string[] {
  const wanted = normalizePath(source).slice(1);
  return Object.keys(files).filter((path) => {
    const clean = normalizePath(path).slice(1);
    return wanted === '' || clean === wanted || clean.startsWith(`${wanted}/`);
  });
}

/** Copies the sources of one COPY/ADD; returns the first missing source, as BuildKit reports it. */
export function applyCopy(tree: FileTree, add: FileAdd, from: CopySource, workdir: string): { missing: string } | { bytes: number } {
  const dest = normalizePath(add.dest, workdir);
  const intoDir = add.dest.endsWith('/') || add.sources.length > 1 || add.dest === '.' || tree.get(dest)?.type === 'dir';
  const owner = { uid: add.owner.uid ?? 0, gid: add.owner.gid ?? add.owner.uid ?? 0 };
  // Files from another stage or image keep their owner unless --chown says otherwise; context files are root's.
  const keptOwner = (node: { uid: number; gid: number }): { uid: number; gid: number } => (add.chown === null ? { uid: node.uid, gid: node.gid } : owner);
  let bytes = 0;
  for (const inline of add.inline) {
    const target = intoDir ? joinPath(dest, inline.name) : dest;
    tree.set(target, file(inline.content, add.mode ?? 0o644, owner.uid, owner.gid));
    bytes += inline.content.length;
  }
  for (const source of add.sources) {
    if (add.inline.some((i) => i.name === source)) continue;
    if (/^https?:\/\//.test(source)) {
      const target = intoDir ? joinPath(dest, baseName(source)) : dest;
      const content = findDownload(source)?.content ?? '';
      tree.set(target, file(content, add.mode ?? 0o600, owner.uid, owner.gid));
      bytes += content.length;
      continue;
    }
    if (from.kind === 'context') {
      const matches = contextMatches(from.files, source);
      if (matches.length === 0) return { missing: normalizePath(source) };
      const prefix = normalizePath(source).slice(1);
      const isDirectory = matches.length > 1 || matches[0] !== prefix;
      for (const path of matches) {
        const content = from.files[path] ?? '';
        const relative = isDirectory ? normalizePath(path).slice(1).slice(prefix === '' ? 0 : prefix.length + 1) : baseName(path);
        const target = isDirectory || intoDir ? joinPath(dest, relative) : dest;
        // The directories a directory copy creates, from DEST down, belong to the --chown owner too.
        if (isDirectory) {
          for (let d = parentOf(target), made: string[] = []; ; d = parentOf(d)) {
            if (tree.has(d) || !isWithin(d, dest)) {
              for (const m of made.reverse()) tree.mkdirs(m, 0o755, owner.uid, owner.gid);
              break;
            }
            made.push(d);
          }
        }
        tree.set(target, file(content, add.mode ?? contextMode(path, content), owner.uid, owner.gid));
        bytes += content.length;
      }
    } else {
      const path = normalizePath(source);
      const node = from.tree.get(path);
      if (!node) return { missing: path };
      if (node.type === 'dir') {
        for (const key of from.tree.walk(path)) {
          const child = from.tree.get(key);
          if (!child || key === path) continue;
          const target = joinPath(dest, key.slice(path === '/' ? 1 : path.length + 1));
          tree.set(target, { ...child, ...keptOwner(child), mode: add.mode ?? child.mode });
          bytes += child.size ?? child.content.length;
        }
        if (!tree.has(dest)) tree.mkdirs(dest);
      } else {
        const target = intoDir ? joinPath(dest, baseName(path)) : dest;
        tree.set(target, { ...node, ...keptOwner(node), mode: add.mode ?? node.mode });
        bytes += node.size ?? node.content.length;
      }
    }
  }
  return { bytes };
}

/**
 * What a RUN's useradd/adduser/groupadd/addgroup did, written into /etc/passwd and /etc/group as the
 * tool writes them (the model works out the fields and ids); a home directory where the tool makes one.
 */
export function applyAccountChanges(tree: FileTree, changes: readonly AccountChange[]): void {
  let passwdText = tree.get('/etc/passwd')?.content ?? '';
  let groupText = tree.get('/etc/group')?.content ?? '';
  const taken = (): number[] => passwdText.split('\n').map((l) => Number(l.split(':')[2])).filter(Number.isFinite);
  for (const change of changes) {
    if (change.kind === 'group') {
      if (!groupText.split('\n').some((l) => l.startsWith(`${change.name}:`))) groupText += `${change.name}:x:${change.gid ?? Math.max(999, ...taken()) + 1}:\n`;
    } else if (change.kind === 'member') {
      groupText = groupText.split('\n').map((l) => {
        const fields = l.split(':');
        if (fields[0] !== change.group || fields.length < 4) return l;
        const members = (fields[3] ?? '').split(',').filter(Boolean);
        return members.includes(change.user) ? l : [...fields.slice(0, 3), [...members, change.user].join(',')].join(':');
      }).join('\n');
    } else if (change.kind === 'user') {
      const { name } = change.user;
      if (passwdText.split('\n').some((l) => l.startsWith(`${name}:`))) continue;
      const uid = change.user.uid ?? Math.max(999, ...taken().filter((u) => u < 60000)) + 1;
      const gid = change.user.gid ?? uid;
      passwdText += `${name}:x:${uid}:${gid}:${change.gecos}:${change.home}:${change.shell}\n`;
      if (change.ownGroup && !groupText.split('\n').some((l) => l.startsWith(`${name}:`))) groupText += `${name}:x:${gid}:\n`;
      if (change.homeMode !== null && !tree.has(change.home)) tree.mkdirs(change.home, change.homeMode, uid, gid);
    }
  }
  tree.set('/etc/passwd', file(passwdText));
  tree.set('/etc/group', file(groupText));
}

function ownerOf(tree: FileTree, spec: string): { uid: number; gid: number | null } | null {
  const [userPart = '', groupPart] = spec.split(':');
  const lookup = { stat: (path: string) => tree.get(path) };
  const passwd = readPasswd(lookup);
  const groups = readGroups(lookup);
  const uid = /^\d+$/.test(userPart) ? Number(userPart) : passwd.find((p) => p.name === userPart)?.uid;
  if (uid === undefined) return null;
  const gid = groupPart === undefined ? null : /^\d+$/.test(groupPart) ? Number(groupPart) : groups.find((g) => g.name === groupPart)?.gid ?? null;
  return { uid, gid };
}

/** Replays what a RUN does to files: chmod, chown, rm, mkdir, touch and plain writes. */
export function applyWrites(tree: FileTree, writes: FileWrite[], workdir: string): void {
  for (const write of writes) {
    for (const raw of write.paths) {
      const path = normalizePath(raw, workdir);
      const targets = write.recursive ? tree.walk(path) : [path];
      for (const target of targets) {
        const node = tree.get(target);
        if (write.kind === 'mkdir') tree.mkdirs(path);
        else if (write.kind === 'rm') tree.remove(path);
        else if ((write.kind === 'touch' || write.kind === 'write') && !node) tree.set(path, file(''));
        else if (write.kind === 'chmod' && node && write.value) {
          const mode = applyMode(node.mode, write.value);
          if (mode !== null) tree.set(target, { ...node, mode });
        } else if (write.kind === 'chown' && node && write.value) {
          const owner = ownerOf(tree, write.value);
          if (owner) tree.set(target, { ...node, uid: owner.uid, gid: owner.gid ?? node.gid });
        }
      }
    }
  }
}

/** `go build` flags that take a value, so the value is not read as the package. */
const GO_VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-tags', '-mod', '-modfile', '-p', '-pkgdir', '-buildmode', '-compiler', '-asmflags', '-installsuffix', '-toolexec', '-overlay', '-pgo']);

/** The Go sources `go build` compiles: the named .go files, or the package directory's (default "."). */
function goSources(tree: FileTree, args: readonly string[], workdir: string): string[] {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (GO_VALUE_FLAGS.has(arg)) i++;
    else if (!arg.startsWith('-')) operands.push(arg);
  }
  const files = operands.filter((o) => o.endsWith('.go'));
  if (files.length > 0) return files.map((f) => tree.get(normalizePath(f, workdir))?.content ?? '');
  const dirPath = normalizePath(operands[0] ?? '.', workdir);
  return tree.children(dirPath).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).map((n) => tree.get(joinPath(dirPath, n))?.content ?? '');
}

/** The executable `go build` writes: one that does what its source says, where the simulator can read it. */
function goBinary(tree: FileTree, args: readonly string[], workdir: string): string {
  const spec = goProgram(goSources(tree, args, workdir));
  return spec ? programBinary('go1.27 main', spec) : '\x7fELF go binary';
}


/** Packages, build artefacts and programs a RUN leaves behind. Returns bytes added. */
export function applyRunProducts(tree: FileTree, run: RunStep, workdir: string): number {
  let bytes = 0;
  for (const command of run.commands) {
    const args = command.args;
    const installing = (command.program === 'apk' && args[0] === 'add') || ((command.program === 'apt-get' || command.program === 'apt') && args.includes('install'));
    if (installing) {
      for (const name of args.filter((a) => !a.startsWith('-') && a !== 'add' && a !== 'install')) {
        for (const path of PACKAGE_PROGRAMS[name] ?? []) tree.set(path, file(`\x7fELF ${path}`, 0o755, 0, 0, 300_000));
        bytes += 2_500_000;
      }
    }
    if (command.program === 'mvn' && args.some((a) => ['package', 'install', 'verify'].includes(a))) {
      const pomIndex = args.indexOf('-f');
      const pomPath = normalizePath(pomIndex >= 0 ? args[pomIndex + 1] ?? 'pom.xml' : 'pom.xml', workdir);
      const pomDir = pomPath.endsWith('.xml') ? pomPath.slice(0, pomPath.lastIndexOf('/')) || '/' : pomPath;
      const pom = tree.get(pomPath.endsWith('.xml') ? pomPath : joinPath(pomPath, 'pom.xml'))?.content ?? '';
      const name = /<finalName>([^<]+)<\/finalName>/.exec(pom)?.[1] ?? /<artifactId>([^<]+)<\/artifactId>/.exec(pom.replace(/<parent>[\s\S]*?<\/parent>/, ''))?.[1] ?? 'app';
      const packaging = /<packaging>([^<]+)<\/packaging>/.exec(pom)?.[1] ?? 'jar';
      tree.set(joinPath(pomDir, `target/${name}.${packaging}`), file('PK\x03\x04', 0o644, 0, 0, 4_800_000));
      tree.mkdirs(joinPath(pomDir, 'target/classes'));
      bytes += 4_800_000;
    }
    if (command.program === 'go' && args[0] === 'build') {
      const out = args.indexOf('-o');
      const target = normalizePath(out >= 0 ? args[out + 1] ?? 'app' : baseName(workdir) || 'app', workdir);
      tree.set(target, file(goBinary(tree, args.slice(1), workdir), 0o755, 0, 0, 7_200_000));
      bytes += 7_200_000;
    }
    if (command.program === 'mkdir' && !tree.has(workdir)) tree.set(workdir, dir());
  }
  return bytes;
}
