import { formatDate } from './record';
import { readRecordFile } from './record-reader';
import { normaliseCode } from './record';
import type { CourseCatalog } from './record-catalog';
import { buildTeam, countsFor, matchCode, summarise, type TeamFile, type TeamLearner, type TeamModel } from './record-team';
import { pageCatalog } from './page-catalog';
import { t } from '../i18n/page';
import { cell } from './table-cell';

const m = t.team;

function line(text: string, className = 'meta'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/** Lesson columns are numbered to fit the width; the header's accessible name is the lesson's title. */
function renderHead(table: HTMLTableElement, catalog: CourseCatalog): void {
  const row = document.createElement('tr');
  const head = (text: string, className?: string) => {
    const th = cell('th', text, className);
    th.scope = 'col';
    row.append(th);
    return th;
  };
  head(m.learner, 'learner');
  head(m.record, 'record');
  catalog.lessons.forEach((lesson, i) => {
    const th = head('', 'lesson');
    th.title = lesson.title;
    const number = document.createElement('span');
    number.setAttribute('aria-hidden', 'true');
    number.textContent = String(i + 1);
    th.append(number, line(lesson.title, 'visually-hidden'));
  });
  head(m.total, 'total');
  head(m.hints, 'hints');
  table.tHead?.replaceChildren(row);
}

function nameCell(learner: TeamLearner, fallback: string): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = 'row';
  // <bdi> isolates the name, so a right-to-left name cannot reorder the text around it.
  const name = document.createElement('bdi');
  name.textContent = learner.name || fallback;
  th.append(name, document.createElement('br'), line(m.exported(formatDate(learner.exportedAt))));
  const files = learner.valid.length + learner.edited.length;
  if (files > 1) th.append(document.createElement('br'), line(m.filesMerged(files)));
  const codes = [...new Set(learner.valid.map((f) => f.result.computedCode))];
  if (codes.length > 0) th.append(document.createElement('br'), line(m.codes(codes.join(', ')), 'meta code'));
  return th;
}

function recordCell(learner: TeamLearner): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'status';
  if (learner.valid.length > 0) {
    td.append(line(m.valid, 'valid'));
    if (learner.edited.length > 0) td.append(document.createElement('br'), line(m.editedAlsoLoaded(learner.edited.length), 'edited'));
    if (learner.oldFormat) td.append(document.createElement('br'), line(m.oldFormat));
  } else {
    td.append(line(m.editedNotCounted, 'edited'));
  }
  return td;
}

function renderLearner(learner: TeamLearner, catalog: CourseCatalog): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.status = learner.valid.length > 0 ? 'valid' : 'edited';
  const fallback = learner.valid[0]?.fileName ?? learner.edited[0]?.fileName ?? m.noName;
  tr.append(nameCell(learner, fallback), recordCell(learner));
  if (learner.valid.length === 0) {
    const why = cell('td', m.notCountedWhy, 'why');
    why.colSpan = catalog.lessons.length + 2;
    tr.append(why);
    return tr;
  }
  for (const lesson of catalog.lessons) {
    const ids = catalog.exercises.filter((e) => e.lesson === lesson.slug).map((e) => e.id);
    const c = countsFor(learner, ids);
    const td = cell('td', m.fraction(c.passed + c.assisted, ids.length));
    td.className = ids.length > 0 && c.passed === ids.length ? 'done' : c.passed + c.assisted === ids.length && ids.length > 0 ? 'assisted' : 'open';
    if (c.assisted > 0) td.append(document.createElement('br'), line(m.withSolution(c.assisted), 'meta assisted-note'));
    tr.append(td);
  }
  const ids = catalog.exercises.map((e) => e.id);
  const c = countsFor(learner, ids);
  const total = cell('td', m.fraction(c.passed + c.assisted, ids.length), 'total');
  if (c.assisted > 0) total.append(document.createElement('br'), line(m.withSolution(c.assisted), 'meta assisted-note'));
  tr.append(total, cell('td', String(c.hints), 'hints'));
  return tr;
}

function renderUnreadable(file: TeamModel['unreadable'][number], catalog: CourseCatalog): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.status = 'invalid';
  const th = document.createElement('th');
  th.scope = 'row';
  const name = document.createElement('bdi');
  name.textContent = file.fileName;
  th.append(name);
  const why = cell('td', file.message, 'why');
  why.colSpan = catalog.lessons.length + 2;
  tr.append(th, cell('td', m.invalidFile, 'status invalid'), why);
  return tr;
}

function summaryText(model: TeamModel, catalog: CourseCatalog): string {
  const s = summarise(model, catalog.exercises.map((e) => e.id));
  if (s.files === 0) return m.noRecords;
  const parts = [m.fileCounts(s.files, s.valid, s.edited, s.unreadable)];
  if (s.counted > 0) parts.push(m.finished(s.counted, s.finishedAlone, s.finishedWithHelp, s.averageDone, s.averageAssisted));
  else parts.push(m.noneCounted);
  return parts.join(' ');
}

async function readFile(file: File): Promise<TeamFile> {
  try {
    return { fileName: file.name, result: await readRecordFile(await file.text()) };
  } catch {
    return { fileName: file.name, result: { status: 'invalid', message: m.unreadable } };
  }
}

function codeMessage(model: TeamModel, input: string): string {
  const code = normaliseCode(input);
  if (!code) return m.codeMalformed;
  const match = matchCode(model, code);
  if (match.kind === 'none') return m.codeNoMatch(code);
  const who = match.learner.name || match.fileName;
  return match.kind === 'valid' ? m.codeMatches(code, who, match.fileName) : m.codeMatchesEdited(code, who, match.fileName);
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
  const codeForm = document.querySelector<HTMLFormElement>('[data-code-form]');
  const codeInput = document.querySelector<HTMLInputElement>('[data-code]');
  const codeResult = document.querySelector<HTMLElement>('[data-code-result]');
  if (!table || !table.tBodies[0]) return;
  const body = table.tBodies[0];
  renderHead(table, catalog);
  const files: TeamFile[] = [];
  let model = buildTeam(files);

  const render = () => {
    model = buildTeam(files);
    body.replaceChildren(...model.learners.map((l) => renderLearner(l, catalog)), ...model.unreadable.map((u) => renderUnreadable(u, catalog)));
    if (wrapper) wrapper.hidden = files.length === 0;
    if (clear) clear.hidden = files.length === 0;
    if (codeForm) codeForm.hidden = files.length === 0;
    if (status) status.textContent = summaryText(model, catalog);
  };
  const add = async (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    if (status) status.textContent = m.reading(list.length);
    files.push(...(await Promise.all([...list].map(readFile))));
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
    files.length = 0;
    if (codeResult) codeResult.textContent = '';
    render();
    input?.focus();
  });
  codeForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (codeResult) codeResult.textContent = codeMessage(model, codeInput?.value ?? '');
  });
  render();
}
