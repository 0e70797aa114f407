import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel, Comment, FileRule } from '../model';
import { fileAccess } from '../query';
import { everyProfile } from '../walk';

const MENTIONS_LISTING = /\b(list|listing|ls|readdir)\b/i;

/** The directory a glob is about: `/etc/**` -> `/etc/`. */
function directoryOf(path: string): string {
  const cut = path.search(/[*?[{]/);
  const head = cut < 0 ? path : path.slice(0, cut);
  return head.endsWith('/') ? head : head.slice(0, head.lastIndexOf('/') + 1) || '/';
}

/** Comments on the rule's line or in the comment block right above it. */
function nearbyComments(r: FileRule, byLine: Map<number, Comment>): string[] {
  const found: string[] = [];
  if (r.comment !== undefined) found.push(r.comment);
  for (let line = r.line - 1; byLine.has(line); line--) found.push(byLine.get(line)?.text ?? '');
  return found;
}

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-link-is-not-list',
    title: '"l" means link, not list',
    severity: 'info',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'In AppArmor `l` allows creating hard links. Listing a directory is `r` on the directory path written with a trailing slash, so `deny /etc/** wl` does not stop `ls /etc`.',
    fix: 'To block listing, deny `r` on the directory itself: `deny /etc/ r,` (and `deny /etc/**/ r,` for its subdirectories).',
    refs: {},
    messages: {
      linkOnDirectory: '"l" on the directory {{path}} is about hard links, not listing. Listing a directory is "r" on it: write "{{rule}}".',
      listingNeedsRead: 'The comment speaks of listing, but "l" is link (creating hard links). Listing {{directory}} needs "r" on the directory itself: "{{directory}} r,".',
      denyDoesNotStopListing: 'The comment speaks of listing, but "l" is link (creating hard links). This rule does not stop "ls {{directory}}"; add "deny {{directory}} r," for that.',
    },
    examples: {
      bad: 'profile docker-app {\n  file,\n  # deny write and list in /etc\n  deny /etc/** wl,\n}\n',
      good: 'profile docker-app {\n  file,\n  # deny writes and hard links in /etc, and listing the directory\n  deny /etc/** wl,\n  deny /etc/ r,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    const byLine = new Map(model.comments.map((c) => [c.line, c]));
    for (const profile of everyProfile(model.profiles)) {
      for (const r of profile.rules) {
        if (r.kind !== 'file' || r.path === undefined || !r.permissions.link) continue;
        const span = { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
        const directory = directoryOf(r.path);
        if (r.path.endsWith('/')) {
          hits.push({ ...span, messageId: 'linkOnDirectory', data: { path: r.path, rule: `${r.deny ? 'deny ' : ''}${r.path} r,` } });
          continue;
        }
        if (!nearbyComments(r, byLine).some((text) => MENTIONS_LISTING.test(text))) continue;
        if (!r.deny) hits.push({ ...span, messageId: 'listingNeedsRead', data: { directory } });
        else if (fileAccess(profile, directory, 'read').allowed) hits.push({ ...span, messageId: 'denyDoesNotStopListing', data: { directory } });
      }
    }
    return hits;
  },
};
