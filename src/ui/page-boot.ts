/**
 * Runs inline in <head>, before first paint, so the page never flashes the wrong theme. Kept as a
 * string so the layout can both inline it and put its hash into the Content-Security-Policy.
 *
 * It also keeps what a learner does before the page's modules have set up (they load after the first
 * paint, and a lesson's editor later still): keys pressed, and clicks on buttons and submits of forms
 * marked `data-needs-script` that their module has not yet marked `data-script-ready`. Without it a
 * click on "Export progress" or "Check answer" in that window did nothing, or sent the form as a
 * plain page load. The modules take them over and act on them once they are ready.
 */
export const PAGE_BOOT = [
  '(function(){',
  "var s=null;try{s=localStorage.getItem('shipshape:theme')}catch(e){}",
  "var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;",
  "document.documentElement.dataset.theme=d?'dark':'light';",
  "try{if(localStorage.getItem('shipshape:presenter')==='on')document.documentElement.dataset.presenter='on'}catch(e){}",
  'var q=[];function k(e){q.push(e)}',
  "addEventListener('keydown',k,true);",
  "window.shipshapeEarlyKeys=function(){removeEventListener('keydown',k,true);return q};",
  'var a=[];',
  'function c(e){',
  "var t=e.target,b=t&&t.closest?t.closest('[data-needs-script]'):null;",
  "if(!b||b.hasAttribute('data-script-ready')||(e.type==='submit')!==(b.tagName==='FORM'))return;",
  'e.preventDefault();e.stopImmediatePropagation();if(a.indexOf(b)<0)a.push(b)}',
  "addEventListener('click',c,true);addEventListener('submit',c,true);",
  'window.shipshapeEarlyAction=function(b){var i=a.indexOf(b);if(i<0)return false;a.splice(i,1);return true};',
  '})();',
].join('');

declare global {
  interface Window {
    /** Set by the inline boot script: stops keeping keys and hands over those pressed so far. */
    shipshapeEarlyKeys?: () => KeyboardEvent[];
    /** Set by the inline boot script: whether this element was clicked (or submitted) before it was ready; forgets it. */
    shipshapeEarlyAction?: (element: Element) => boolean;
  }
}

/** The keys pressed before this call, once; later calls (and pages without the boot script) get none. */
export function takeEarlyKeys(): KeyboardEvent[] {
  const take = window.shipshapeEarlyKeys;
  window.shipshapeEarlyKeys = undefined;
  return take ? take() : [];
}

/**
 * Marks controls whose listeners are now attached: clicks reach them from here on, and one made
 * before (kept by the boot script) is acted on after the current task, once the caller has finished
 * setting up.
 */
export function scriptReady(...controls: (Element | null | undefined)[]): void {
  for (const control of controls) {
    if (!control) continue;
    control.setAttribute('data-script-ready', '');
    if (!window.shipshapeEarlyAction?.(control)) continue;
    setTimeout(() => {
      if (control instanceof HTMLFormElement) control.requestSubmit();
      else if (control instanceof HTMLElement) control.click();
    }, 0);
  }
}
