/**
 * Runs inline in <head>, before first paint, so the page never flashes the wrong theme. Kept as a
 * string so the layout can both inline it and put its hash into the Content-Security-Policy.
 */
export const THEME_BOOT = `(function(){var s=null;try{s=localStorage.getItem('shipshape:theme')}catch(e){}var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.dataset.theme=d?'dark':'light';try{if(localStorage.getItem('shipshape:presenter')==='on')document.documentElement.dataset.presenter='on'}catch(e){}})();`;
