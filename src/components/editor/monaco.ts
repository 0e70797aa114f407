/**
 * The one place Monaco is imported. Only the editor core, the three grammars we need and the
 * features a learner uses on exercise-sized files are pulled in: the full package would add
 * megabytes of language workers to the site. Folding and word highlighting are left out (about
 * 14 KB gzip): exercise files are a screen long, and the checks list already points at lines.
 * Monaco's hover is left out too (55 KB gzip with its quick fixes, inlay hints and colour pickers):
 * src/ui/marker-hover.ts shows the checks' messages under the pointer instead. So is its clipboard
 * feature (29 KB gzip): src/ui/editor-clipboard.ts puts Cut, Copy and Paste in the context menu.
 * Its diff editor's worker (90 KB gzip) is left out: the Compare dialog draws its own diff
 * (src/ui/solution-diff.ts).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import './codicon.css';
import { apparmorConfiguration, apparmorLanguageId, apparmorMonarch } from './apparmor-language';
import { jsonConfiguration, jsonLanguageId, jsonMonarch } from './json-language';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// No feature loaded here needs Monaco's worker (its diff, links and word completions are left
// out), so the site ships none; a feature added later that asks for one fails loudly here.
window.MonacoEnvironment = {
  getWorker: (_id, label) => {
    throw new Error(`Monaco asked for a "${label}" worker, and the site ships none: see src/components/editor/monaco.ts`);
  },
};

monaco.languages.register({ id: apparmorLanguageId, aliases: ['AppArmor'] });
monaco.languages.setMonarchTokensProvider(apparmorLanguageId, apparmorMonarch);
monaco.languages.setLanguageConfiguration(apparmorLanguageId, apparmorConfiguration);
monaco.languages.register({ id: jsonLanguageId, aliases: ['JSON'] });
monaco.languages.setMonarchTokensProvider(jsonLanguageId, jsonMonarch);
monaco.languages.setLanguageConfiguration(jsonLanguageId, jsonConfiguration);

/**
 * Themes that match the site and pass WCAG AA contrast (axe checks the editor too): Monaco's own
 * line numbers and a few token colours fall just below 4.5:1, so those are set here.
 */
monaco.editor.defineTheme('shipshape-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '5c6672' },
    { token: 'type', foreground: '1d6a84' },
    { token: 'number', foreground: '0b6e4f' },
    { token: 'regexp', foreground: '8b1a1a' },
    { token: 'attribute.name', foreground: 'b3261e' },
    { token: 'attribute.value', foreground: '0b4fa8' },
    { token: 'tag', foreground: '7a1f1f' },
    { token: 'variable', foreground: '0a3a8c' },
    { token: 'delimiter', foreground: '1b1f24' },
    { token: 'operator', foreground: '1b1f24' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#5c6672',
    'editorLineNumber.activeForeground': '#1b1f24',
  },
});
monaco.editor.defineTheme('shipshape-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '9aa5b1' },
    { token: 'delimiter', foreground: 'd4d4d4' },
  ],
  colors: {
    'editor.background': '#1e242c',
    'editorLineNumber.foreground': '#9aa5b1',
    'editorLineNumber.activeForeground': '#e7eaee',
  },
});

export { monaco };
