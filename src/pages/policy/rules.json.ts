import type { APIRoute } from 'astro';
import { loadRules } from '../../engine/policy/rule-files';
import type { Rule } from '../../engine/policy/types';

/**
 * The rules as the engine reads them in the browser (fetched-rules.ts): both languages, one file,
 * cached across pages. Without their provenance (`checked`, `platformToday`, `follows`), which only
 * the server-drawn rule boxes read.
 */
const engineRules = (): Rule[] => loadRules().map(({ checked: _checked, platformToday: _platformToday, follows: _follows, ...rule }) => rule);

export const GET: APIRoute = () => new Response(JSON.stringify(engineRules()), { headers: { 'Content-Type': 'application/json' } });
