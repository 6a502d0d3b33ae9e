import { htmlLang, type Lang } from '../../i18n';

/** A YYYY-MM-DD day as the reader's language writes it (3 December 2026, 2026年12月3日). */
export const formatDay = (day: string, lang: Lang): string =>
  new Intl.DateTimeFormat(htmlLang(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
