import { en, type Messages } from './en';

export type { Messages };

/** The messages of the site's language. English is the only one so far; a translation swaps this object. */
export const t: Messages = en;

/** The language of the page, for <html lang>. */
export const lang: string = t.lang;
