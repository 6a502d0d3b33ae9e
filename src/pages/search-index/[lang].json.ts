import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../engine/text';
import { searchIndexFromFiles } from '../../search/from-files';

/** One search index file per language, fetched on the first search and cached. */
export const getStaticPaths: GetStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(searchIndexFromFiles()[params.lang as Lang]), { headers: { 'Content-Type': 'application/json' } });
