import type { monaco as Monaco } from '../components/editor/monaco';
import { t } from '../i18n/page';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** What Cut and Copy take: the selection, or the cursor's whole line when nothing is selected (as Ctrl+C does). */
function clipRange(editor: Editor): Monaco.IRange | null {
  const model = editor.getModel();
  const selection = editor.getSelection();
  if (!model || !selection) return null;
  if (!selection.isEmpty()) return selection;
  const line = selection.startLineNumber;
  return line < model.getLineCount()
    ? { startLineNumber: line, startColumn: 1, endLineNumber: line + 1, endColumn: 1 }
    : { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) };
}

/**
 * Cut, Copy and Paste in the editor's context menu. Monaco's clipboard feature would add them with a
 * paste-as widget and drop handling the site never uses (29 KB gzip); the keyboard's Ctrl+X/C/V work
 * without either, through the browser's own clipboard events on the editor.
 */
export function addClipboardMenu(editor: Editor): void {
  const words = t.exercise.clipboard;
  // The browser may refuse the clipboard (no permission): the keyboard shortcuts still work.
  const copy = async (cut: boolean) => {
    const range = clipRange(editor);
    const model = editor.getModel();
    if (!range || !model) return;
    try {
      await navigator.clipboard.writeText(model.getValueInRange(range));
    } catch {
      return;
    }
    if (cut) editor.executeEdits('contextmenu', [{ range, text: '' }]);
    editor.focus();
  };
  const group = '9_cutcopypaste';
  editor.addAction({ id: 'shipshape.cut', label: words.cut, contextMenuGroupId: group, contextMenuOrder: 1, run: () => copy(true) });
  editor.addAction({ id: 'shipshape.copy', label: words.copy, contextMenuGroupId: group, contextMenuOrder: 2, run: () => copy(false) });
  editor.addAction({
    id: 'shipshape.paste',
    label: words.paste,
    contextMenuGroupId: group,
    contextMenuOrder: 3,
    run: async () => {
      let text: string;
      try {
        text = await navigator.clipboard.readText();
      } catch {
        return;
      }
      editor.focus();
      editor.trigger('contextmenu', 'paste', { text });
    },
  });
}
