import { formatDate, readRecord, type CourseCatalog, type ReadResult } from './record';
import { pageCatalog } from './page-catalog';
import { t } from '../i18n';

const m = t.team;

interface Row {
  fileName: string;
  result: ReadResult;
}

const STATUS_TEXT: Record<ReadResult['status'], string> = {
  valid: m.valid,
  edited: m.editedAfterExport,
  invalid: m.invalidFile,
};

function cell(tag: 'td' | 'th', text: string, className?: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

function passedIds(result: ReadResult): Set<string> {
  if (result.status === 'invalid') return new Set();
  return new Set(result.record.exercises.filter((e) => e.status === 'passed').map((e) => e.id));
}

function renderHead(table: HTMLTableElement, catalog: CourseCatalog): void {
  const row = document.createElement('tr');
  const learner = cell('th', m.learner);
  learner.scope = 'col';
  const status = cell('th', m.checksum);
  status.scope = 'col';
  row.append(learner, status);
  for (const lesson of catalog.lessons) {
    const th = cell('th', lesson.title);
    th.scope = 'col';
    row.append(th);
  }
  const total = cell('th', m.total);
  total.scope = 'col';
  row.append(total);
  table.tHead?.replaceChildren(row);
}

function renderRow(row: Row, catalog: CourseCatalog): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.status = row.result.status;
  const { result } = row;
  const name = result.status === 'invalid' ? row.fileName : result.record.learner || m.noName;
  const head = cell('th', name);
  head.scope = 'row';
  if (result.status !== 'invalid') {
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = m.exported(formatDate(result.record.exportedAt));
    head.append(document.createElement('br'), meta);
  }
  const status = cell('td', STATUS_TEXT[result.status], `status ${result.status}`);
  if (result.status === 'invalid') status.title = result.message;
  tr.append(head, status);
  if (result.status === 'invalid') {
    const why = cell('td', result.message, 'why');
    why.colSpan = catalog.lessons.length + 1;
    tr.append(why);
    return tr;
  }
  const passed = passedIds(result);
  for (const lesson of catalog.lessons) {
    const ids = catalog.exercises.filter((e) => e.lesson === lesson.slug).map((e) => e.id);
    const done = ids.filter((id) => passed.has(id)).length;
    const complete = ids.length > 0 && done === ids.length;
    tr.append(cell('td', complete ? m.completed(done, ids.length) : m.fraction(done, ids.length), complete ? 'done' : 'open'));
  }
  const done = catalog.exercises.filter((e) => passed.has(e.id)).length;
  tr.append(cell('td', m.fraction(done, catalog.exercises.length), 'total'));
  return tr;
}

function summary(rows: Row[], catalog: CourseCatalog): string {
  if (rows.length === 0) return m.noRecords;
  const count = (s: ReadResult['status']) => rows.filter((r) => r.result.status === s).length;
  const readable = rows.filter((r) => r.result.status !== 'invalid');
  const finished = readable.filter((r) => {
    const passed = passedIds(r.result);
    return catalog.exercises.length > 0 && catalog.exercises.every((e) => passed.has(e.id));
  }).length;
  const average = readable.length === 0 || catalog.exercises.length === 0
    ? 0
    : Math.round((readable.reduce((sum, r) => sum + catalog.exercises.filter((e) => passedIds(r.result).has(e.id)).length, 0) / readable.length / catalog.exercises.length) * 100);
  const parts = [m.fileCounts(rows.length, count('valid'), count('edited'), count('invalid'))];
  if (readable.length > 0) parts.push(m.finished(finished, readable.length, average));
  return parts.join(' ');
}

async function readFile(file: File): Promise<Row> {
  try {
    return { fileName: file.name, result: await readRecord(await file.text()) };
  } catch {
    return { fileName: file.name, result: { status: 'invalid', message: m.unreadable } };
  }
}

/** Wires the "Team progress" page: records are read in this browser only and never sent anywhere. */
export function initTeamPage(): void {
  const catalog = pageCatalog();
  const table = document.querySelector<HTMLTableElement>('[data-team-table]');
  const wrapper = document.querySelector<HTMLElement>('[data-table-wrapper]');
  const status = document.querySelector<HTMLElement>('[data-summary]');
  const input = document.querySelector<HTMLInputElement>('[data-files]');
  const zone = document.querySelector<HTMLElement>('[data-drop-zone]');
  const clear = document.querySelector<HTMLButtonElement>('[data-clear]');
  if (!table || !table.tBodies[0]) return;
  const body = table.tBodies[0];
  renderHead(table, catalog);
  const rows: Row[] = [];

  const render = () => {
    body.replaceChildren(...rows.map((r) => renderRow(r, catalog)));
    if (wrapper) wrapper.hidden = rows.length === 0;
    if (clear) clear.hidden = rows.length === 0;
    if (status) status.textContent = summary(rows, catalog);
  };
  const add = async (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    rows.push(...(await Promise.all([...files].map(readFile))));
    render();
  };

  input?.addEventListener('change', async () => {
    await add(input.files);
    input.value = '';
  });
  // A file dropped beside the zone would otherwise replace the page with the file's text.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  zone?.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.over = 'true';
  });
  zone?.addEventListener('dragleave', () => delete zone.dataset.over);
  zone?.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    void add(event.dataTransfer?.files);
  });
  clear?.addEventListener('click', () => {
    rows.length = 0;
    render();
    input?.focus();
  });
  render();
}
