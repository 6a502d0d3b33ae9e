import type { CaseProblem } from './case-problems';
import type { CaseFacts } from './case';
import { parseCaseFacts } from './check-case-facts';

/**
 * Case facts in a link, so a team lead can send "this case" to an agent: `v1.` followed by
 * the facts as base64url JSON (UTF-8, so any buyer name survives). Reading a link never
 * throws: a damaged, outdated or newer link gives a reason a person can act on.
 */

export const FACTS_LINK_VERSION = 1;

export type FactsLinkProblem = 'damaged' | 'outdated' | 'newer' | 'invalid';

/** Why a link cannot be opened: `details` in words for a person reading the console or the command line; a case with invalid facts also gives its problems as codes (`issues`), which a page says in its own language. */
export type DecodedFacts =
  | { ok: true; facts: CaseFacts }
  | { ok: false; problem: Exclude<FactsLinkProblem, 'invalid'>; details: string[] }
  | { ok: false; problem: 'invalid'; details: string[]; issues: CaseProblem[] };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new Error('not base64url');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The link code for a case's facts (the value of the `case` URL parameter). */
export function encodeFacts(facts: CaseFacts | Record<string, unknown>): string {
  return `v${FACTS_LINK_VERSION}.${toBase64Url(JSON.stringify(facts))}`;
}

export function decodeFacts(code: string): DecodedFacts {
  const match = /^v(\d+)\.(.*)$/s.exec(code.trim());
  if (!match) return { ok: false, problem: 'damaged', details: ['the link code does not start with a version such as "v1."'] };
  const version = Number(match[1]);
  if (version < FACTS_LINK_VERSION) return { ok: false, problem: 'outdated', details: [`link version ${version}, this site reads version ${FACTS_LINK_VERSION}`] };
  if (version > FACTS_LINK_VERSION) return { ok: false, problem: 'newer', details: [`link version ${version}, this site reads version ${FACTS_LINK_VERSION}`] };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(match[2]!));
  } catch {
    return { ok: false, problem: 'damaged', details: ['the facts in the link cannot be read: part of the link may be missing'] };
  }
  const parsed = parseCaseFacts(data);
  return parsed.ok ? { ok: true, facts: parsed.facts } : { ok: false, problem: 'invalid', details: parsed.problems, issues: parsed.issues };
}

/** Case facts as flat answers by path (`order.price`), the shape the forms edit. */
export function answersOf(facts: CaseFacts): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (typeof v !== 'object') out[`${key}.${k}`] = v as string | number | boolean;
    } else if (key !== 'kind' && value !== undefined) out[key] = value as string | number | boolean;
  }
  return out;
}
