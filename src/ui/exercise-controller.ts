import type { Check, Exercise } from '../checker/grading/exercise';
import { allPass, gradeWith, pendingRunCheck, type GradingChecker } from '../checker/grading/grader';
import type { monaco as Monaco } from '../components/editor/monaco';
import { editorLanguage } from './editor-language';
import { openDialog } from './dialog';
import { initTablist } from './tablist';
import { describeChange, renderChecksHtml, summarise, textWithCode } from './render-checks';
import type { ExerciseProgress } from './progress-schema';
import { fileText, isComplete } from './progress-schema';
import { ProgressRecorder, type ExerciseVersion } from './progress-recorder';
import { currentTheme } from './theme';
import { AdaptiveDelay } from './adaptive-delay';
import { presenterOn } from './presenter';
import { href, locale, t } from '../i18n/page';
import { scriptReady } from './page-boot';
import { showMarkersOnHover } from './marker-hover';
import { addClipboardMenu } from './editor-clipboard';
import { loadCompareMessages, renderDiff } from './compare-view';
import { diffRows } from './solution-diff';

const m = t.exercise;

/** Whose markers the editor shows: the checks'. */
const MARKER_OWNER = 'shipshape';

type MonacoApi = typeof Monaco;

type RunCheck = typeof import('../grading/run-check')['runCheckWith'];
let runCheckModule: Promise<RunCheck> | null = null;

/** The simulator is large, so the run check loads on first use; every exercise on the page shares it. */
function loadRunCheck(): Promise<RunCheck> {
  runCheckModule ??= import('../grading/run-check').then((module) => module.runCheckWith);
  return runCheckModule;
}

/** The run check when the simulator cannot be loaded: it fails, so nothing passes unchecked. */
function unavailableRunCheck(exercise: Exercise, error: unknown): Check {
  return {
    ...pendingRunCheck(exercise, locale),
    pending: false,
    message: m.simulatorUnavailable(error instanceof Error ? error.message : String(error)),
  };
}

function editorFontSize(): number {
  return presenterOn() ? 20 : 14;
}

/** One exercise section: its editors, live checks, hints, reset, compare and saving. */
export class ExerciseController {
  private readonly models = new Map<string, Monaco.editor.ITextModel>();
  private readonly editors = new Map<string, Monaco.editor.IStandaloneCodeEditor>();
  private checks: Check[] = [];
  /** The last checks with the run check answered, which announcements compare against. */
  private settled: Check[] = [];
  /** Bumped on every grading, so a run that finishes after a newer edit is thrown away. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The pause after a keystroke before grading, from how long the last grading took. */
  private readonly delay = new AdaptiveDelay();
  private hintsShown = 0;
  private readonly recorder: ProgressRecorder;
  /** The restore offer after a reset or an applied solution, until it no longer applies. */
  private restoreOffer: 'reset' | 'solution' | null = null;

  constructor(
    private readonly monaco: MonacoApi,
    private readonly checker: GradingChecker,
    private readonly exercise: Exercise,
    private readonly section: HTMLElement,
    saved: ExerciseProgress | undefined,
    version: ExerciseVersion,
    private readonly nextHref: { href: string; label: string } | null,
  ) {
    this.recorder = new ProgressRecorder(exercise.id, version, saved, (message) => this.notice(message));
    for (const file of exercise.files) {
      const text = (saved && fileText(saved.code, file.name)) ?? file.starter;
      const uri = monaco.Uri.parse(`inmemory://exercise/${encodeURIComponent(exercise.id)}/${encodeURIComponent(file.name)}`);
      const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, editorLanguage(file.kind), uri);
      model.onDidChangeContent(() => this.scheduleGrade());
      this.models.set(file.name, model);
    }
    this.hintsShown = Math.min(saved?.hintsUsed ?? 0, exercise.hints.length);
    this.renderHints();
    this.wireToolbar();
    section.querySelector('[data-checks]')?.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-goto-line]');
      if (target) this.reveal(target.dataset.gotoFile ?? '', Number(target.dataset.gotoLine), Number(target.dataset.gotoColumn) || 1);
    });
    const tabs = section.querySelector<HTMLElement>('.file-tabs');
    if (tabs) initTablist(tabs, (tab) => this.showFile(tab.dataset.fileTab ?? ''));
    void this.regrade('initial');
  }

  private failing(): string[] {
    return this.checks.filter((c) => !c.pass).map((c) => c.id);
  }

  /** Grades and saves now what is still waiting for the typing pause (the page is being hidden or left). */
  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      // Its first step records the code synchronously, before the page goes.
      void this.regrade('edit');
    }
    this.recorder.flush();
  }

  /**
   * Another tab saved this exercise. Its status and hints are adopted; its code replaces what this tab
   * shows unless the learner is typing here right now (then this tab's next save wins, merged).
   */
  adoptStored(): void {
    const stored = this.recorder.adoptStored();
    if (!stored) return;
    this.hintsShown = Math.min(Math.max(this.hintsShown, stored.hintsUsed), this.exercise.hints.length);
    this.renderHints();
    const differs = this.exercise.files.some((f) => {
      const text = fileText(stored.code, f.name);
      return text !== undefined && text !== this.models.get(f.name)?.getValue();
    });
    if (!differs || this.timer !== undefined) return;
    this.setFiles(stored.code);
    clearTimeout(this.timer);
    // Showing what another tab saved is not a new edit: nothing is saved or counted as an attempt.
    void this.regrade('adopted');
    this.notice(m.updatedElsewhere);
  }

  /** Creates the editor of the visible file (editors are made lazily: Monaco is heavy per instance). */
  mount(): void {
    const visible = [...this.section.querySelectorAll<HTMLElement>('.editor-host')].find((h) => !h.hidden);
    if (visible) this.ensureEditor(visible.dataset.file ?? '');
  }

  files(): Record<string, string> {
    return Object.fromEntries([...this.models].map(([name, model]) => [name, model.getValue()]));
  }

  focusEditor(): void {
    const visible = [...this.section.querySelectorAll<HTMLElement>('.editor-host')].find((h) => !h.hidden);
    this.editors.get(visible?.dataset.file ?? '')?.focus();
  }

  private ensureEditor(name: string): void {
    if (this.editors.has(name)) return;
    const host = this.section.querySelector<HTMLElement>(`.editor-host[data-file="${CSS.escape(name)}"]`);
    const model = this.models.get(name);
    if (!host || !model) return;
    host.replaceChildren();
    const editor = this.monaco.editor.create(host, {
      model,
      theme: currentTheme() === 'dark' ? 'shipshape-dark' : 'shipshape-light',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: editorFontSize(),
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      tabSize: 2,
      ariaLabel: m.editorLabel(name, this.exercise.title),
      renderValidationDecorations: 'on',
      fixedOverflowWidgets: true,
      // In a shadow root the context menu sits outside the element that carries the theme's colours,
      // and showed without a background.
      useShadowDOM: false,
      renderFinalNewline: 'on',
      // A short file has nothing to scroll: the wheel then scrolls the workspace pane, not nothing.
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    showMarkersOnHover(this.monaco, editor, MARKER_OWNER);
    addClipboardMenu(editor);
    this.editors.set(name, editor);
  }

  /** Moves the cursor to a finding: selects its file's tab, scrolls the line into view and focuses the editor. */
  private reveal(file: string, line: number, column: number): void {
    const tab = this.section.querySelector<HTMLElement>(`[data-file-tab="${CSS.escape(file)}"]`);
    if (tab) tab.click();
    else this.showFile(file);
    const editor = this.editors.get(file);
    if (!editor) return;
    editor.setPosition({ lineNumber: line, column });
    editor.revealLineInCenter(line);
    editor.focus();
  }

  /** Follows presenter mode, whose larger type must reach the editor too. */
  refreshFontSize(): void {
    for (const editor of this.editors.values()) editor.updateOptions({ fontSize: editorFontSize() });
  }

  private showFile(name: string): void {
    for (const host of this.section.querySelectorAll<HTMLElement>('.editor-host')) {
      host.hidden = host.dataset.file !== name;
    }
    this.ensureEditor(name);
  }

  private scheduleGrade(): void {
    // Busy from the keystroke on, so nothing (a test, a screen reader) takes the old checks as the answer.
    this.section.querySelector('[data-checks]')?.setAttribute('aria-busy', 'true');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.regrade('edit'), this.delay.ms);
  }

  /**
   * Grades in two steps: the checker's checks at once, with the run check pending, then the run in
   * the simulator. Only the second step can complete the exercise.
   */
  private async regrade(mode: 'initial' | 'edit' | 'adopted'): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const started = performance.now();
    const files = this.files();
    const checks = gradeWith(this.checker, this.exercise, files, locale);
    this.checks = [...checks, pendingRunCheck(this.exercise, locale)];
    // The code is recorded at once (and written at idle time); only the run's answer below can complete the exercise.
    if (mode === 'edit') this.recorder.edited(files);
    this.render(false);
    let cost = performance.now() - started;
    let run: Check;
    try {
      const runCheck = await loadRunCheck();
      // Let the page show the checker's checks before the simulator takes the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation) return;
      const runStarted = performance.now();
      run = runCheck(this.checker, this.exercise, files, checks, locale);
      cost += performance.now() - runStarted;
    } catch (error) {
      run = unavailableRunCheck(this.exercise, error);
    }
    if (generation !== this.generation) return;
    // Both steps hold the main thread; the time between them (loading the simulator once) does not.
    this.delay.record(cost);
    this.checks = [...checks, run];
    const passed = allPass(this.checks);
    if (mode === 'initial') this.recorder.baseline(this.failing());
    else if (mode === 'edit') this.recorder.graded(files, this.failing());
    this.updateRestoreOffer(files, passed);
    const announce = mode !== 'initial';
    const change = describeChange(this.settled, this.checks);
    this.settled = this.checks;
    this.render(announce, change);
    if (announce) window.dispatchEvent(new CustomEvent('shipshape:progress', { detail: { id: this.exercise.id, passed, status: this.recorder.entry?.status ?? 'started' } }));
  }

  /** A restore offer stops applying once the code is the previous code again, or a reset exercise is finished anew. */
  private updateRestoreOffer(files: Record<string, string>, passed: boolean): void {
    if (!this.restoreOffer) return;
    const previous = this.recorder.entry?.previous;
    const restored = previous !== undefined && this.exercise.files.every((f) => fileText(previous, f.name) === fileText(files, f.name));
    if (restored || (this.restoreOffer === 'reset' && passed)) this.hideRestoreOffer();
  }

  private hideRestoreOffer(): void {
    this.restoreOffer = null;
    const box = this.section.querySelector<HTMLElement>('[data-restore]');
    if (box) {
      box.hidden = true;
      box.replaceChildren();
    }
  }

  private render(announce: boolean, change = ''): void {
    const list = this.section.querySelector<HTMLElement>('[data-checks]');
    if (list) {
      list.innerHTML = renderChecksHtml(this.checks, { showFixes: this.hintsShown >= this.exercise.hints.length });
      list.setAttribute('aria-busy', String(this.checks.some((c) => c.pending) || this.timer !== undefined));
    }
    const summary = this.section.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.textContent = summarise(this.checks);
    if (announce && change) {
      const announcer = this.section.querySelector<HTMLElement>('[data-announcer]');
      if (announcer) announcer.textContent = change;
    }
    this.renderMarkers();
    const complete = this.section.querySelector<HTMLElement>('[data-complete]');
    if (complete) {
      complete.hidden = !allPass(this.checks);
      const next = complete.querySelector<HTMLElement>('[data-next-link]');
      if (next && this.nextHref && !next.firstChild) {
        const link = document.createElement('a');
        link.href = this.nextHref.href;
        link.textContent = this.nextHref.label;
        next.append(link);
      }
    }
  }

  private renderMarkers(): void {
    const { MarkerSeverity, Uri } = this.monaco;
    const severity = { error: MarkerSeverity.Error, warning: MarkerSeverity.Warning, info: MarkerSeverity.Info };
    for (const [name, model] of this.models) {
      const markers = this.checks
        .filter((c) => !c.pass && !c.pending)
        .flatMap((c) => c.locations.filter((loc) => (loc.file ?? c.file) === name).map((loc) => ({
          severity: severity[c.severity ?? 'error'],
          message: `${loc.message}\n\n${t.checks.markerWhy(c.why)}`,
          source: c.title,
          ...(loc.ruleId ? { code: { value: loc.ruleId, target: Uri.parse(`${location.origin}${href(`/rules/${loc.ruleId}/`)}`) } } : {}),
          startLineNumber: loc.line,
          startColumn: loc.column,
          endLineNumber: loc.endLine,
          endColumn: loc.endColumn > loc.column || loc.endLine > loc.line ? loc.endColumn : model.getLineMaxColumn(Math.min(loc.line, model.getLineCount())),
        })));
      this.monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    }
  }

  private notice(message: string | null): void {
    const box = this.section.querySelector<HTMLElement>('[data-notice]');
    if (!box) return;
    box.hidden = !message;
    box.replaceChildren();
    if (message) box.textContent = message;
  }

  private renderHints(): void {
    const list = this.section.querySelector<HTMLElement>('[data-hints]');
    const count = this.section.querySelector<HTMLElement>('[data-hint-count]');
    const button = this.section.querySelector<HTMLButtonElement>('[data-action="hint"]');
    if (list) {
      list.replaceChildren(...this.exercise.hints.slice(0, this.hintsShown).map((hint) => {
        const li = document.createElement('li');
        li.innerHTML = textWithCode(hint);
        return li;
      }));
    }
    if (count) count.textContent = m.hintCount(this.hintsShown, this.exercise.hints.length);
    if (button) button.disabled = this.hintsShown >= this.exercise.hints.length;
  }

  private showHint(): void {
    if (this.hintsShown >= this.exercise.hints.length) return;
    this.hintsShown += 1;
    this.recorder.hintShown(this.hintsShown, this.files());
    this.renderHints();
    // The last hint also unlocks each failing check's exact fix.
    if (this.hintsShown >= this.exercise.hints.length) this.render(false);
    this.section.querySelector<HTMLElement>('[data-hints] li:last-child')?.setAttribute('tabindex', '-1');
    this.section.querySelector<HTMLElement>('[data-hints] li:last-child')?.focus();
  }

  private setFiles(files: Record<string, string>): void {
    for (const [name, model] of this.models) {
      const text = files[name];
      if (text !== undefined && text !== model.getValue()) {
        // pushEditOperations keeps the change on the undo stack, so Ctrl+Z brings the old code back.
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      }
    }
  }

  private offerRestore(kind: 'reset' | 'solution'): void {
    const box = this.section.querySelector<HTMLElement>('[data-restore]');
    if (!box) return;
    this.restoreOffer = kind;
    box.hidden = false;
    box.replaceChildren(`${kind === 'reset' ? m.resetDone : m.solutionApplied} ${m.previousKept}`);
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'button';
    restore.textContent = m.restore;
    restore.addEventListener('click', () => {
      const previous = this.recorder.entry?.previous;
      if (previous) this.setFiles(previous);
      this.hideRestoreOffer();
      this.focusEditor();
    });
    box.append(restore);
  }

  private async reset(): Promise<void> {
    const answer = await openDialog({
      title: m.resetTitle,
      body: m.resetBody,
      buttons: [
        { label: t.common.cancel, value: 'cancel' },
        { label: m.resetConfirm, value: 'reset', primary: true },
      ],
    });
    if (answer !== 'reset') return;
    this.recorder.keepPrevious(this.files(), false);
    this.setFiles(Object.fromEntries(this.exercise.files.map((f) => [f.name, f.starter])));
    this.offerRestore('reset');
  }

  /** Before the solution is first shown on an unfinished exercise, says what seeing it means for the record. */
  private async confirmReveal(): Promise<boolean> {
    const entry = this.recorder.entry;
    if (isComplete(entry) || entry?.solutionSeenAt) return true;
    const answer = await openDialog({
      title: m.revealTitle,
      body: m.revealBody,
      buttons: [
        { label: t.common.cancel, value: 'cancel' },
        { label: m.revealConfirm, value: 'show', primary: true },
      ],
    });
    return answer === 'show';
  }

  private async compare(): Promise<void> {
    if (!(await this.confirmReveal())) return;
    this.recorder.solutionSeen(this.files());
    const names = this.exercise.files.map((f) => f.name);
    const body = document.createElement('div');
    const select = document.createElement('label');
    if (names.length > 1) {
      select.textContent = m.compareFile;
      const picker = document.createElement('select');
      for (const name of names) picker.append(new Option(name, name));
      select.append(picker);
      body.append(select);
    }
    const explain = document.createElement('p');
    explain.textContent = m.compareExplain;
    const host = document.createElement('div');
    body.append(explain, host);
    const words = await loadCompareMessages();
    const show = (name: string) => {
      const file = this.exercise.files.find((f) => f.name === name);
      const learner = this.models.get(name);
      if (!file || !learner) return;
      host.replaceChildren(renderDiff(name, diffRows(learner.getValue(), file.solution), words));
    };
    show(names[0] ?? '');
    select.querySelector('select')?.addEventListener('change', (e) => show((e.target as HTMLSelectElement).value));
    const answer = await openDialog({
      title: m.compareTitle(this.exercise.title),
      body,
      wide: true,
      buttons: [
        { label: t.common.close, value: 'close' },
        { label: m.applySolution, value: 'apply', primary: true },
      ],
    });
    if (answer !== 'apply') return;
    this.recorder.keepPrevious(this.files(), true);
    this.setFiles(Object.fromEntries(this.exercise.files.map((f) => [f.name, f.solution])));
    this.offerRestore('solution');
  }

  private wireToolbar(): void {
    const on = (action: string, handler: () => void) => {
      const button = this.section.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      button?.addEventListener('click', handler);
      scriptReady(button);
    };
    on('hint', () => this.showHint());
    on('reset', () => void this.reset());
    on('compare', () => void this.compare());
  }
}
