import type { Finding, RuleMeta } from '../checker/core/types';
import type { Locale } from '../i18n/locales';

/** Words findings in the locale. English is how the checker words them, so only another language loads its tables. */
export async function findingLocalizer(locale: Locale, ruleById: (id: string) => RuleMeta | undefined): Promise<(finding: Finding) => Finding> {
  if (locale === 'en') return (finding) => finding;
  const { localizeFinding } = await import('../checker/i18n/localize');
  return (finding) => localizeFinding(finding, locale, ruleById);
}
