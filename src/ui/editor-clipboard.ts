import type { monaco as Monaco } from '../components/editor/monaco';
import { t } from '../i18n/page';

/**
 * Cut, Copy and Paste in the editor's context menu. Monaco's clipboard feature would add them with a
 * paste-as widget and drop handling the site never uses (29 KB gzip); the keyboard's Ctrl+X/C/V work
 * without either, through the browser's own clipboard events on the editor's text area.
 */
export function addClipboardMenu(editor: Monaco.editor.IStandaloneCodeEditor): void {
  const words = t.exercise.clipboard;
  const native = (command: 'cut' | 'copy') => () => {
    editor.focus();
    document.execCommand(command);
  };
  editor.addAction({ id: 'shipshape.cut', label: words.cut, contextMenuGroupId: '9_cutcopypaste', contextMenuOrder: 1, run: native('cut') });
  editor.addAction({ id: 'shipshape.copy', label: words.copy, contextMenuGroupId: '9_cutcopypaste', contextMenuOrder: 2, run: native('copy') });
  editor.addAction({
    id: 'shipshape.paste',
    label: words.paste,
    contextMenuGroupId: '9_cutcopypaste',
    contextMenuOrder: 3,
    run: async () => {
      let text: string;
      try {
        text = await navigator.clipboard.readText();
      } catch {
        // The browser refused to read the clipboard (no permission): Ctrl+V still pastes.
        return;
      }
      editor.focus();
      editor.trigger('contextmenu', 'paste', { text });
    },
  });
}
