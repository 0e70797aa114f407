import { openDialog } from './dialog';
import { loadProgress, onStoredProgressChange, saveEntries, type Progress } from './progress-store';
import { isComplete, type ExerciseStatus } from './progress-schema';
import { buildRecord, formatDate, formatShortDate, mergeProgress, recordExercises, recordFileName, tally, verificationCode, type CourseCatalog } from './record';
import { readRecordFile } from './record-reader';
import { pageCatalog } from './page-catalog';
import { setProgressBar } from './progress-bar';
import { t } from '../i18n/page';
import { scriptReady } from './page-boot';

const m = t.progressPage;

/** Remembered so the printed record and the next export carry the name without retyping it. */
const NAME_KEY = 'shipshape:learner-name';

function statusText(progress: Progress, id: string): { text: string; state: 'none' | ExerciseStatus } {
  const entry = progress.exercises.get(id);
  if (!entry) return { text: m.notStarted, state: 'none' };
  const hints = entry.hintsUsed > 0 ? ` · ${m.hints(entry.hintsUsed)}` : '';
  if (entry.status === 'passed') {
    return { text: (entry.completedAt ? m.passedOn(formatDate(entry.completedAt)) : m.passed) + hints, state: 'passed' };
  }
  if (entry.status === 'assisted') {
    return { text: (entry.completedAt ? m.assistedOn(formatDate(entry.completedAt)) : m.assisted) + hints, state: 'assisted' };
  }
  return { text: m.started + hints, state: 'started' };
}

function listItem(text: string, extra?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (extra) {
    const span = document.createElement('span');
    span.className = 'status';
    span.textContent = extra;
    li.append(' ', span);
  }
  return li;
}

/** Progress bars count exercises completed in any way; the texts beside them say how. */
function renderLessons(progress: Progress, catalog: CourseCatalog): void {
  const done = (id: string) => isComplete(progress.exercises.get(id));
  let total = 0;
  for (const section of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const ids = catalog.exercises.filter((e) => e.lesson === section.dataset.lesson).map((e) => e.id);
    const lessonDone = ids.filter(done).length;
    total += lessonDone;
    setProgressBar(section.querySelector<HTMLElement>('[role="progressbar"]'), lessonDone, ids.length);
  }
  for (const row of document.querySelectorAll<HTMLElement>('[data-exercise-row]')) {
    const status = statusText(progress, row.dataset.exerciseRow ?? '');
    row.dataset.state = status.state;
    const cell = row.querySelector<HTMLElement>('[data-status]');
    if (cell) cell.textContent = status.text;
  }
  const known = new Set(catalog.exercises.map((e) => e.id));
  const others = [...progress.exercises.keys()].filter((id) => !known.has(id));
  const otherSection = document.querySelector<HTMLElement>('[data-other]');
  const otherList = document.querySelector<HTMLElement>('[data-other-list]');
  if (otherSection && otherList) {
    otherList.replaceChildren(...others.map((id) => listItem(id, statusText(progress, id).text)));
    otherSection.hidden = others.length === 0;
  }
  setProgressBar(document.querySelector<HTMLElement>('[data-overall]'), total, catalog.exercises.length);
}

let certificateRun = 0;

/** Fills the printable certificate: every exercise with its result, and the code the team page checks. */
async function renderCertificate(progress: Progress, catalog: CourseCatalog, name: string): Promise<void> {
  const set = (selector: string, text: string) => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.textContent = text;
  };
  set('[data-cert-name]', name.trim() || m.certNamePrompt);
  // Printed without a name, the record shows a blank line to sign on instead of the on-screen prompt.
  document.querySelector<HTMLElement>('[data-cert-name]')?.toggleAttribute('data-empty', !name.trim());
  const exercises = recordExercises(progress, catalog);
  const counts = tally(exercises, new Set(catalog.exercises.map((e) => e.id)));
  set('[data-cert-summary]', m.certSummary(counts.passed, counts.assisted, catalog.exercises.length));
  set('[data-cert-date]', formatDate(new Date().toISOString()));
  for (const row of document.querySelectorAll<HTMLElement>('[data-cert-row]')) {
    const entry = progress.exercises.get(row.dataset.certRow ?? '');
    const cell = row.querySelector<HTMLElement>('[data-cert-result]');
    if (!cell) continue;
    const at = entry?.completedAt ? formatShortDate(entry.completedAt) : '';
    cell.dataset.state = entry && isComplete(entry) ? entry.status : 'none';
    cell.textContent = entry?.status === 'passed' ? m.certPassedOn(at) : entry?.status === 'assisted' ? m.certAssistedOn(at) : m.certNotDone;
  }
  const run = ++certificateRun;
  const code = await verificationCode(name, exercises);
  // Typing fast starts several runs; only the latest may write its code.
  if (run === certificateRun) set('[data-cert-code]', code ?? m.noCode);
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function readName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim());
  } catch {
    // Not remembering the name only means typing it again next time.
  }
}

async function readFile(file: File): Promise<string | null> {
  try {
    return await file.text();
  } catch {
    return null;
  }
}

function conflictList(ids: string[], catalog: CourseCatalog): HTMLElement {
  const body = document.createElement('div');
  const intro = document.createElement('p');
  intro.textContent = m.conflictIntro(ids.length);
  const list = document.createElement('ul');
  const titles = new Map(catalog.exercises.map((e) => [e.id, e.title]));
  list.append(...ids.map((id) => listItem(titles.get(id) ?? id)));
  const outro = document.createElement('p');
  outro.textContent = m.conflictOutro;
  body.append(intro, list, outro);
  return body;
}

/** Wires the "Your progress" page: progress bars, export, import and the printable record. */
export function initProgressPage(): void {
  const catalog = pageCatalog();
  const nameInput = document.querySelector<HTMLInputElement>('[data-learner]');
  const message = document.querySelector<HTMLElement>('[data-message]');
  const fileInput = document.querySelector<HTMLInputElement>('[data-import]');

  const say = (text: string, kind: 'ok' | 'error') => {
    if (!message) return;
    message.dataset.kind = kind;
    message.textContent = text;
  };
  const box = document.querySelector<HTMLElement>('[data-progress-notice]');
  const render = () => {
    const { progress, notice } = loadProgress();
    renderLessons(progress, catalog);
    void renderCertificate(progress, catalog, nameInput?.value ?? '');
    // A notice (something set aside) stays until the page is left: the next render has nothing to say.
    if (box && notice) {
      box.textContent = notice;
      box.hidden = false;
    }
    return progress;
  };

  if (nameInput) {
    // A name typed before this script ran is the learner's latest word: kept, not replaced by the stored one.
    if (nameInput.value) rememberName(nameInput.value);
    else nameInput.value = readName();
    nameInput.addEventListener('input', () => {
      rememberName(nameInput.value);
      render();
    });
  }
  render();
  // Another tab saved progress, or this page's own import did: show it.
  onStoredProgressChange(() => render());

  const exportButton = document.querySelector('[data-export]');
  exportButton?.addEventListener('click', async () => {
    const name = nameInput?.value.trim() ?? '';
    if (!name) {
      say(m.nameFirst, 'error');
      nameInput?.focus();
      return;
    }
    const now = new Date();
    const result = await buildRecord(loadProgress().progress, name, catalog, now);
    if (!result.ok) {
      say(result.message, 'error');
      return;
    }
    const fileName = recordFileName(name, now);
    download(fileName, `${JSON.stringify(result.record, null, 2)}\n`);
    say(m.saved(fileName, result.record.exercises.length), 'ok');
  });

  const printButton = document.querySelector('[data-print]');
  printButton?.addEventListener('click', async () => {
    const { progress } = loadProgress();
    renderLessons(progress, catalog);
    await renderCertificate(progress, catalog, nameInput?.value ?? '');
    window.print();
  });

  const importChosen = async () => {
    const file = fileInput?.files?.[0];
    if (!fileInput || !file) return;
    await importFile(file, catalog, say);
    fileInput.value = '';
    render();
  };
  fileInput?.addEventListener('change', () => void importChosen());
  scriptReady(exportButton, printButton);
  // A file chosen before this script ran.
  void importChosen();
}

async function importFile(file: File, catalog: CourseCatalog, say: (text: string, kind: 'ok' | 'error') => void): Promise<void> {
  const text = await readFile(file);
  if (text === null) {
    say(m.unreadable(file.name), 'error');
    return;
  }
  const read = await readRecordFile(text);
  if (read.status === 'invalid') {
    say(m.invalid(file.name, read.message), 'error');
    return;
  }
  if (read.status === 'edited') {
    say(m.edited(file.name), 'error');
    return;
  }
  const current = loadProgress().progress;
  const { conflicts } = mergeProgress(current, read.progress, false);
  let replaceCode = false;
  if (conflicts.length > 0) {
    const choice = await openDialog({
      title: m.conflictTitle,
      body: conflictList(conflicts, catalog),
      buttons: [
        { label: m.cancelImport, value: '' },
        { label: m.keepMine, value: 'keep' },
        { label: m.useFile, value: 'replace', primary: true },
      ],
    });
    if (choice === '') {
      say(m.importCancelled, 'ok');
      return;
    }
    replaceCode = choice === 'replace';
  }
  const { merged, changed } = mergeProgress(current, read.progress, replaceCode);
  if (changed.length === 0) {
    say(m.nothingNew(file.name), 'ok');
    return;
  }
  const saved = saveEntries(new Map(changed.flatMap((id) => {
    const entry = merged.exercises.get(id);
    return entry ? [[id, entry] as const] : [];
  })));
  if (saved < changed.length) {
    say(m.importNotSaved(saved), 'error');
    return;
  }
  const skipped = read.notice ? ` ${read.notice}` : '';
  say(`${m.imported(m.whoseRecord(read.record.learner), formatDate(read.record.exportedAt), changed.length)}${skipped}`, 'ok');
}
