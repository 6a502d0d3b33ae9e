import type { APIRoute, GetStaticPaths } from 'astro';
import { rulesInLang } from '../../engine/policy/rules-in-lang';
import { loadRules } from '../../engine/policy/rule-files';
import { langs, type Lang } from '../../engine/text';

/** The rules, one file per language with that language's texts only: fetched once by the browser and cached across pages. */
export const getStaticPaths: GetStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(rulesInLang(loadRules(), params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
