import { humanSize } from '../image';
import { shortId } from '../hash';
import { ok } from '../shell/types';
import { daemonError, splitArgs, type Verb } from './context';
import { applyFormat, inspectContainer, inspectImage, TemplateError } from './inspect';
import { table, truncate } from './table';

export const ps: Verb = ({ engine }, args) => {
  const { flags } = splitArgs(args, ['--format', '-f', '--filter']);
  const all = flags.has('-a') || flags.has('--all');
  const quiet = flags.has('-q') || flags.has('--quiet');
  const shown = engine.containers.filter((c) => all || c.status === 'running').slice().reverse();
  if (quiet) return ok(shown.map((c) => `${shortId(c.id)}\n`).join(''));
  const rows = shown.map((c) => [
    shortId(c.id), c.imageName, `"${truncate(c.argv.join(' '), 20)}"`, 'Less than a second ago',
    c.status === 'running' ? 'Up Less than a second' : `Exited (${c.exitCode}) Less than a second ago`, c.ports, c.name,
  ]);
  return ok(table(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], rows));
};

export const images: Verb = ({ engine }, args) => {
  const { flags } = splitArgs(args, ['--format', '--filter']);
  const rows = engine.images.list().flatMap((image) => {
    const tags = image.repoTags.length ? image.repoTags : ['<none>:<none>'];
    return tags.map((tag) => {
      const colon = tag.lastIndexOf(':');
      return [tag.slice(0, colon), tag.slice(colon + 1), shortId(image.id), image.created, humanSize(image.sizeBytes)];
    });
  });
  if (flags.has('-q') || flags.has('--quiet')) return ok(rows.map((r) => `${r[2] ?? ''}\n`).join(''));
  return ok(table(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], rows));
};

export const history: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format']);
  const format = flags.get('--format')?.[0];
  const full = flags.has('--no-trunc');
  const ref = operands[0] ?? '';
  const image = engine.images.find(ref);
  // The daemon names the reference it looked up, with the tag it defaulted to.
  if (!image) return daemonError(`No such image: ${/[:@]/.test(ref.split('/').pop() ?? ref) ? ref : `${ref}:latest`}`);
  const entries = image.history.slice().reverse();
  if (format !== undefined && format !== 'table') {
    const rows = entries.map((entry, i) => ({
      ID: i === 0 ? (full ? `sha256:${image.id}` : shortId(image.id)) : '<missing>',
      CreatedSince: entry.comment ? image.created : '2 weeks ago',
      CreatedBy: full ? entry.createdBy : truncate(entry.createdBy, 45),
      Size: humanSize(entry.sizeBytes),
      Comment: entry.comment,
    }));
    try {
      return ok(rows.map((row) => `${applyFormat(format, row)}\n`).join(''));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { stdout: '', stderr: `template parsing error: ${error.message}\n`, code: 1 };
    }
  }
  const rows = entries.map((entry, i) => [
    i === 0 ? shortId(image.id) : '<missing>', entry.comment ? image.created : '2 weeks ago',
    truncate(entry.createdBy, 45), humanSize(entry.sizeBytes), entry.comment,
  ]);
  return ok(table(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], rows));
};

export const inspect: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format', '-f', '--type']);
  const format = flags.get('--format')?.[0] ?? flags.get('-f')?.[0];
  const objects: unknown[] = [];
  for (const ref of operands) {
    const container = engine.findContainer(ref);
    const image = container ? undefined : engine.images.find(ref);
    if (!container && !image) {
      const listed = format ? objects.map((o) => `${applyFormat(format, o)}\n`).join('') : objects.length ? `${JSON.stringify(objects, null, 4)}\n` : '[]\n';
      return { stdout: listed, stderr: `Error: No such object: ${ref}\n`, code: 1 };
    }
    objects.push(container ? inspectContainer(container) : image ? inspectImage(image) : null);
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
