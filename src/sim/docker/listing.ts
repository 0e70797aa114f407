import { humanDuration } from '../clock';
import type { Container } from '../container';
import type { Engine } from '../engine';
import { humanSize, type SimImage } from '../image';
import { shortId } from '../hash';
import { ok, type Output } from '../shell/types';
import { ago, imageCreatedAt, PULLED_AGE_MS } from './ages';
import { daemonError, splitArgs, type Verb } from './context';
import { applyFormat, inspectContainer, inspectImage, TemplateError } from './inspect';
import { formatRows, type Listing, type Row } from './list-format';
import { table, truncate } from './table';

/** Docker's "2006-01-02 15:04:05 -0700 MST" for CreatedAt. */
function goTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

function imageAge(engine: Engine, image: SimImage): string {
  return image.createdAt === undefined ? image.created : ago(engine, image.createdAt);
}

function listed(result: { text: string } | { error: string }): Output {
  return 'error' in result ? { stdout: '', stderr: `${result.error}\n`, code: 1 } : ok(result.text);
}

const PS: Listing = {
  headers: {
    ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
    State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Mounts: 'MOUNTS', Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES',
  },
  context: '*formatter.ContainerContext',
  errorPrefix: 'failed to execute template: ',
};

/** docker ps's STATUS (moby daemon/list.go, container state String): Up for, Exited (code) ago, Created. */
function containerStatus(engine: Engine, c: Container): string {
  const created = c.createdAt ?? engine.now();
  if (c.status === 'running') return `Up ${humanDuration(engine.now() - created)}`;
  if (c.status === 'created') return 'Created';
  return `Exited (${c.exitCode}) ${ago(engine, c.finishedAt ?? created)}`;
}

function containerRow(engine: Engine, c: Container, noTrunc: boolean): Row {
  const command = c.argv.join(' ');
  const created = c.createdAt ?? engine.now();
  return {
    ID: noTrunc ? c.id : shortId(c.id), Image: c.imageName, Command: `"${noTrunc ? command : truncate(command, 20)}"`,
    CreatedAt: goTime(created), RunningFor: ago(engine, created), Ports: c.ports, State: c.status, Status: containerStatus(engine, c),
    Size: `0B (virtual ${humanSize(c.image.sizeBytes)})`, Names: c.name, Labels: '', Mounts: '',
    Networks: c.runtime.networkMode?.value ?? 'bridge', LocalVolumes: '0',
  };
}

export const ps: Verb = ({ engine }, args) => {
  const { flags } = splitArgs(args, ['--format', '-f', '--filter', '-n', '--last']);
  const all = flags.has('-a') || flags.has('--all');
  const noTrunc = flags.has('--no-trunc');
  const last = Number(flags.get('-n')?.at(-1) ?? flags.get('--last')?.at(-1) ?? -1);
  const newestFirst = engine.containers.slice().reverse();
  const shown = last >= 0 ? newestFirst.slice(0, last) : newestFirst.filter((c) => all || c.status === 'running');
  if (flags.has('-q') || flags.has('--quiet')) return ok(shown.map((c) => `${noTrunc ? c.id : shortId(c.id)}\n`).join(''));
  const rows = shown.map((c) => containerRow(engine, c, noTrunc));
  const format = flags.get('--format')?.at(-1);
  if (format !== undefined && format !== 'table') return listed(formatRows(format, rows, PS));
  return ok(table(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], rows.map((r) => [
    r.ID ?? '', r.Image ?? '', r.Command ?? '', r.RunningFor ?? '', r.Status ?? '', r.Ports ?? '', r.Names ?? '',
  ])));
};

const IMAGES: Listing = {
  headers: {
    Containers: 'CONTAINERS', CreatedAt: 'CREATED AT', CreatedSince: 'CREATED', Digest: 'DIGEST', ID: 'IMAGE ID', Repository: 'REPOSITORY',
    SharedSize: 'SHARED SIZE', Size: 'SIZE', Tag: 'TAG', UniqueSize: 'UNIQUE SIZE', VirtualSize: 'VIRTUAL SIZE',
  },
  context: '*formatter.imageContext',
  errorPrefix: 'template parsing error: ',
};

/** `docker images REPO[:TAG]`: the daemon's reference filter, where the repository and tag may hold `*` and `?` (path.Match). */
function referenceFilter(pattern: string | undefined): (repository: string, tag: string) => boolean {
  if (pattern === undefined) return () => true;
  const colon = pattern.lastIndexOf(':');
  const [repoPattern, tagPattern] = colon > pattern.lastIndexOf('/') ? [pattern.slice(0, colon), pattern.slice(colon + 1)] : [pattern, null];
  const glob = (text: string): RegExp => new RegExp(`^${text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  const repo = glob(repoPattern.replace(/^docker\.io\/(library\/)?/, ''));
  const tag = tagPattern === null ? null : glob(tagPattern);
  return (repository, t) => repo.test(repository) && (tag === null || tag.test(t));
}

export const images: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format', '--filter', '-f']);
  const noTrunc = flags.has('--no-trunc');
  const matches = referenceFilter(operands[0]);
  const rows: Row[] = engine.images.list().flatMap((image) => {
    // An image pulled only by digest keeps its repository name, from its repository digest.
    const digested = (image.repoDigests ?? []).map((d) => `${d.slice(0, d.indexOf('@'))}:<none>`);
    const tags = image.repoTags.length ? image.repoTags : digested.length ? digested.slice(0, 1) : ['<none>:<none>'];
    return tags.map((ref) => {
      const colon = ref.lastIndexOf(':');
      const created = imageCreatedAt(engine, image);
      return {
        Containers: 'N/A', CreatedAt: goTime(created), CreatedSince: imageAge(engine, image), Digest: '<none>',
        ID: noTrunc ? `sha256:${image.id}` : shortId(image.id), Repository: ref.slice(0, colon), SharedSize: 'N/A',
        Size: humanSize(image.sizeBytes), Tag: ref.slice(colon + 1), UniqueSize: 'N/A', VirtualSize: humanSize(image.sizeBytes),
      };
    }).filter((row) => operands[0] === undefined || (row.Repository !== '<none>' && matches(row.Repository ?? '', row.Tag ?? '')));
  });
  if (flags.has('-q') || flags.has('--quiet')) return ok([...new Set(rows.map((r) => r.ID ?? ''))].map((id) => `${id}\n`).join(''));
  const format = flags.get('--format')?.at(-1);
  if (format !== undefined && format !== 'table') return listed(formatRows(format, rows, IMAGES));
  return ok(table(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], rows.map((r) => [r.Repository ?? '', r.Tag ?? '', r.ID ?? '', r.CreatedSince ?? '', r.Size ?? ''])));
};

const HISTORY: Listing = {
  headers: { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' },
  context: '*image.historyContext',
  errorPrefix: 'template parsing error: ',
};

export const history: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format', '--platform']);
  const ref = operands[0] ?? '';
  const image = engine.images.find(ref);
  // The daemon names the reference it looked up, with the tag it defaulted to.
  if (!image) return daemonError(`No such image: ${/[:@]/.test(ref.split('/').pop() ?? ref) ? ref : `${ref}:latest`}`);
  const noTrunc = flags.has('--no-trunc');
  const built = imageCreatedAt(engine, image);
  const pulled = engine.bootedAt - PULLED_AGE_MS;
  const rows: Row[] = image.history.slice().reverse().map((entry, i) => {
    // Steps BuildKit ran on the lab host are as old as the build; the base image's layers are older.
    const at = entry.comment ? built : pulled;
    return {
      ID: i === 0 ? (noTrunc ? `sha256:${image.id}` : shortId(image.id)) : '<missing>',
      CreatedSince: entry.comment ? imageAge(engine, image) : image.createdAt === undefined ? image.created : ago(engine, pulled),
      CreatedAt: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      CreatedBy: noTrunc ? entry.createdBy : truncate(entry.createdBy, 45), Size: humanSize(entry.sizeBytes), Comment: entry.comment,
    };
  });
  if (flags.has('-q') || flags.has('--quiet')) return ok(rows.filter((r) => r.ID !== '<missing>').map((r) => `${r.ID ?? ''}\n`).join(''));
  const format = flags.get('--format')?.at(-1);
  if (format !== undefined && format !== 'table') return listed(formatRows(format, rows, HISTORY));
  return ok(table(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], rows.map((r) => [r.ID ?? '', r.CreatedSince ?? '', r.CreatedBy ?? '', r.Size ?? '', r.Comment ?? ''])));
};

export const inspect: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format', '-f', '--type']);
  const format = flags.get('--format')?.[0] ?? flags.get('-f')?.[0];
  const objects: unknown[] = [];
  for (const ref of operands) {
    const container = engine.findContainer(ref);
    const image = container ? undefined : engine.images.find(ref);
    if (!container && !image) {
      const listedSoFar = format ? objects.map((o) => `${applyFormat(format, o)}\n`).join('') : objects.length ? `${JSON.stringify(objects, null, 4)}\n` : '[]\n';
      return { stdout: listedSoFar, stderr: `Error: No such object: ${ref}\n`, code: 1 };
    }
    objects.push(container ? inspectContainer(container, engine) : image ? inspectImage(image, engine) : null);
  }
  if (format) {
    try {
      return ok(objects.map((o) => `${applyFormat(format, o)}\n`).join(''));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { stdout: '\n', stderr: `template parsing error: ${error.message}\n`, code: 1 };
    }
  }
  return ok(`${JSON.stringify(objects, null, 4)}\n`);
};
