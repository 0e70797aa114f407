/**
 * The little state the eagerly loaded page script shares with the lazily loaded editor and terminal
 * chunks: which exercise is active and how to read the learner's current files.
 */
type FilesProvider = (exerciseId: string) => Record<string, string> | null;

let provider: FilesProvider | null = null;
const listeners = new Set<(id: string) => void>();

export function activeExerciseId(): string | null {
  const section = document.querySelector<HTMLElement>('[data-exercise]:not([hidden])');
  return section?.dataset.exercise ?? null;
}

export function onExerciseChange(listener: (id: string) => void): void {
  listeners.add(listener);
}

export function notifyExerciseChange(id: string): void {
  for (const listener of listeners) listener(id);
}

export function setFilesProvider(next: FilesProvider): void {
  provider = next;
}

/** The learner's files for the active exercise: from the editors once loaded, else what the page shows. */
export function currentFiles(): Record<string, string> {
  const id = activeExerciseId();
  if (!id) return {};
  const fromEditors = provider?.(id);
  if (fromEditors) return fromEditors;
  const section = document.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(id)}"]`);
  const files: Record<string, string> = {};
  for (const host of section?.querySelectorAll<HTMLElement>('[data-file]') ?? []) {
    files[host.dataset.file ?? ''] = host.querySelector('pre')?.textContent ?? '';
  }
  return files;
}
