/**
 * Runs inline in <head>, before first paint, so the page never flashes the wrong theme. Kept as a
 * string so the layout can both inline it and put its hash into the Content-Security-Policy.
 *
 * It also keeps the keys pressed before the page's modules have loaded (a learner who presses `/` or
 * `t` the moment the page appears): the shortcuts module takes them over and acts on them.
 */
export const THEME_BOOT = `(function(){var s=null;try{s=localStorage.getItem('shipshape:theme')}catch(e){}var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.dataset.theme=d?'dark':'light';try{if(localStorage.getItem('shipshape:presenter')==='on')document.documentElement.dataset.presenter='on'}catch(e){}var q=[];function k(e){q.push(e)}addEventListener('keydown',k,true);window.shipshapeEarlyKeys=function(){removeEventListener('keydown',k,true);return q}})();`;

declare global {
  interface Window {
    /** Set by the inline boot script: stops keeping keys and hands over those pressed so far. */
    shipshapeEarlyKeys?: () => KeyboardEvent[];
  }
}

/** The keys pressed before this call, once; later calls (and pages without the boot script) get none. */
export function takeEarlyKeys(): KeyboardEvent[] {
  const take = window.shipshapeEarlyKeys;
  window.shipshapeEarlyKeys = undefined;
  return take ? take() : [];
}
