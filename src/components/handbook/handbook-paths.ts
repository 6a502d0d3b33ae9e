import { getCollection } from 'astro:content';
import { splitEntryId } from '../../handbook/nav';
import type { Lang } from '../../i18n';

/** Static paths for the handbook pages of one language. */
export async function handbookPaths(lang: Lang) {
  const entries = await getCollection('handbook', (entry) => splitEntryId(entry.id).lang === lang);
  return entries.map((entry) => ({ params: { slug: splitEntryId(entry.id).slug }, props: { entry } }));
}
