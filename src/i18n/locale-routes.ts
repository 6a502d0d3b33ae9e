import { defaultLang, langs, type Lang } from './index';

/**
 * One page file serves both languages: pages live under `src/pages/[...locale]/`, and the
 * `locale` segment is empty for English (`/handbook/`) and `zh-cn` for Chinese (`/zh-cn/handbook/`).
 */

/** The `[...locale]` route segment of a language: none for the default language. */
export const localeParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/** What every page under `[...locale]` receives. */
export interface LocaleProps {
  lang: Lang;
}

/** Static paths of a page with one URL per language. */
export const localeRoutes = () => langs.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } satisfies LocaleProps }));

/** Static paths of a page with one URL per language and item (a handbook page, a course module, a case). */
export async function localeRoutesOf<Params extends Record<string, string | undefined>, Props extends object>(
  pathsIn: (lang: Lang) => { params: Params; props: Props }[] | Promise<{ params: Params; props: Props }[]>,
) {
  const perLang = await Promise.all(
    langs.map(async (lang) => (await pathsIn(lang)).map(({ params, props }) => ({ params: { ...params, locale: localeParam(lang) }, props: { ...props, lang } }))),
  );
  return perLang.flat();
}
