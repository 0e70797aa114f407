import { BANNER, HELP_TEXT } from './help';
import { BANNER_ZH_CN, HELP_TEXT_ZH_CN } from './help.zh-cn';

/** The languages the simulator's own words come in (what real tools print is never translated). */
export type SimLanguage = 'en' | 'zh-cn';

/**
 * What the simulator says in its own voice, per language. A new message of the simulator's own goes
 * here under a new key, in every language; the type makes a missing translation a compile error.
 */
export interface SimWords {
  banner: string;
  help: string;
}

export const SIM_WORDS: Record<SimLanguage, SimWords> = {
  en: { banner: BANNER, help: HELP_TEXT },
  'zh-cn': { banner: BANNER_ZH_CN, help: HELP_TEXT_ZH_CN },
};
