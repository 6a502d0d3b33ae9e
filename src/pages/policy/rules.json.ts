import type { APIRoute } from 'astro';
import { loadRules } from '../../engine/policy/rule-files';

/** The rules as the engine reads them in the browser (fetched-rules.ts): both languages, one file, cached across pages. */
export const GET: APIRoute = () => new Response(JSON.stringify(loadRules()), { headers: { 'Content-Type': 'application/json' } });
