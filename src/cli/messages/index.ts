import type { Locale } from '../../i18n/locales';
import { cliEn, type CliMessages } from './en';
import { cliZhCn } from './zh-cn';

export type { CliMessages };

const CATALOGUES: Record<Locale, CliMessages> = { en: cliEn, 'zh-cn': cliZhCn };

export function cliMessages(locale: Locale): CliMessages {
  return CATALOGUES[locale];
}
