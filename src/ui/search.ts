import { t } from '../i18n/page';
import { siteUrl } from './site-root';

const m = t.search;

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind | null> | null = null;

/** The static index built by Pagefind after the site; absent in `npm run dev`. */
function loadIndex(): Promise<Pagefind | null> {
  const path = siteUrl('/pagefind/pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>)
    .then(async (module) => {
      await module.init();
      return module;
    })
    .catch(() => null);
  return pagefind;
}

const MAX_RESULTS = 8;

function excerptNodes(excerpt: string): Node[] {
  // Pagefind escapes page text and marks hits with <mark>; rebuild that from text so nothing else can slip in.
  const nodes: Node[] = [];
  const parts = excerpt.split(/<mark>|<\/mark>/);
  // Parsed inside <body>: before it, the HTML parser drops leading spaces, and the words either side of a hit ran together.
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = decode(part);
      nodes.push(mark);
    } else nodes.push(document.createTextNode(decode(part)));
  });
  return nodes;
}

let open = false;

export function openSearch(): void {
  if (open) return;
  open = true;
  const opener = document.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = 'shipshape-dialog search-dialog';
  dialog.setAttribute('aria-label', m.dialogLabel);
  const label = document.createElement('label');
  label.textContent = m.inputLabel;
  label.htmlFor = 'site-search-input';
  const input = document.createElement('input');
  input.type = 'search';
  input.id = 'site-search-input';
  input.autocomplete = 'off';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'search-status';
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.setAttribute('aria-label', m.resultsLabel);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button';
  close.textContent = t.common.close;
  close.addEventListener('click', () => dialog.close());
  dialog.append(label, input, status, list, close);
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
  dialog.addEventListener('close', () => {
    dialog.remove();
    open = false;
    opener?.focus();
  });

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const term = input.value.trim();
      const mine = ++generation;
      if (!term) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      const index = await loadIndex();
      if (mine !== generation) return;
      if (!index) {
        status.textContent = m.unavailable;
        return;
      }
      const { results } = await index.search(term);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      status.textContent = results.length === 0 ? m.noResults(term) : m.results(results.length, term);
      list.replaceChildren(...data.map((d) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = siteUrl(d.url);
        link.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        p.append(...excerptNodes(d.excerpt));
        li.append(link, p);
        return li;
      }));
    }, 150);
  });
}
