/**
 * The one place Monaco is imported. Only the editor core, the three grammars we need and a few
 * features are pulled in: the full package would add megabytes of language workers to the site.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { apparmorConfiguration, apparmorLanguageId, apparmorMonarch } from './apparmor-language';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: apparmorLanguageId, aliases: ['AppArmor'] });
monaco.languages.setMonarchTokensProvider(apparmorLanguageId, apparmorMonarch);
monaco.languages.setLanguageConfiguration(apparmorLanguageId, apparmorConfiguration);

/** Themes whose background matches the site's code blocks, so the editor reads as part of the page. */
monaco.editor.defineTheme('shipshape-light', {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'comment', foreground: '5c6672' }],
  colors: { 'editor.background': '#f6f8fa' },
});
monaco.editor.defineTheme('shipshape-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '9aa5b1' }],
  colors: { 'editor.background': '#1e242c' },
});

export { monaco };
