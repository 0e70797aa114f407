import type { monaco as Monaco } from '../components/editor/monaco';
import './marker-hover.css';

type MonacoApi = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;

const SHOW_AFTER_MS = 300;
const HIDE_AFTER_MS = 300;

/**
 * Shows the messages of the checks under the mouse pointer, in place of Monaco's hover: the site's
 * only hover content is its own markers, and Monaco's hover brings quick fixes, inlay hints and colour
 * pickers with it (55 KB gzip). As WCAG 1.4.13 asks, the box stays while the pointer is over it (its
 * rule link can be followed) and Escape closes it. From the keyboard the same words are in the checks
 * list beside the editor and behind F8 (next problem).
 */
export function showMarkersOnHover(monaco: MonacoApi, editor: Editor, owner: string): void {
  const box = document.createElement('div');
  box.className = 'marker-hover';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  document.body.append(box);

  let shown = '';
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };
  const hide = () => {
    cancel();
    box.hidden = true;
    shown = '';
  };
  const hideSoon = () => {
    cancel();
    hideTimer = setTimeout(hide, HIDE_AFTER_MS);
  };

  const markersAt = (position: Monaco.Position): Monaco.editor.IMarker[] => {
    const model = editor.getModel();
    if (!model) return [];
    return monaco.editor.getModelMarkers({ owner, resource: model.uri })
      .filter((m) => new monaco.Range(m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn).containsPosition(position));
  };

  const render = (markers: Monaco.editor.IMarker[]) => {
    box.replaceChildren(...markers.map((marker) => {
      const item = document.createElement('div');
      item.className = 'marker';
      const message = document.createElement('p');
      message.className = 'message';
      message.textContent = marker.message;
      item.append(message);
      const code = typeof marker.code === 'object' ? marker.code : undefined;
      if (marker.source || code) {
        const source = document.createElement('p');
        source.className = 'source';
        source.textContent = marker.source ?? '';
        if (code) {
          const link = document.createElement('a');
          link.href = code.target.toString(true);
          link.textContent = code.value;
          source.append(marker.source ? ' · ' : '', link);
        }
        item.append(source);
      }
      return item;
    }));
  };

  const place = (x: number, y: number) => {
    box.style.left = '0px';
    box.style.top = '0px';
    const { width, height } = box.getBoundingClientRect();
    const below = y + 18;
    box.style.left = `${Math.max(4, Math.min(x, window.innerWidth - width - 4))}px`;
    box.style.top = `${below + height > window.innerHeight - 4 ? Math.max(4, y - height - 8) : below}px`;
  };

  editor.onMouseMove((event) => {
    const position = event.target.position;
    const onText = event.target.type === monaco.editor.MouseTargetType.CONTENT_TEXT;
    const markers = onText && position ? markersAt(position) : [];
    if (markers.length === 0) {
      if (!box.hidden) hideSoon();
      else clearTimeout(showTimer);
      return;
    }
    const key = markers.map((m) => `${m.startLineNumber}:${m.startColumn}:${m.message}`).join('|');
    clearTimeout(hideTimer);
    if (key === shown && !box.hidden) return;
    const { clientX, clientY } = event.event.browserEvent;
    clearTimeout(showTimer);
    showTimer = setTimeout(() => {
      render(markers);
      box.hidden = false;
      shown = key;
      place(clientX, clientY);
    }, SHOW_AFTER_MS);
  });
  editor.onMouseLeave(() => {
    if (box.hidden) clearTimeout(showTimer);
    else hideSoon();
  });
  box.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  box.addEventListener('mouseleave', hideSoon);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !box.hidden) hide();
  };
  document.addEventListener('keydown', onKey, true);
  editor.onMouseDown(hide);
  editor.onContextMenu(hide);
  editor.onDidChangeModelContent(hide);
  editor.onDidScrollChange(hide);
  editor.onDidChangeModel(hide);
  editor.onDidDispose(() => {
    hide();
    box.remove();
    document.removeEventListener('keydown', onKey, true);
  });
}
