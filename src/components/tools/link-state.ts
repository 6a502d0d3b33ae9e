import { answersOf, decodeFacts, encodeFacts, type FactsLinkProblem } from '../../engine/facts-link';
import type { CaseForm } from '../facts-form/case-form';
import type { CaseFacts } from '../../engine/case';
import type { CaseProblem } from '../../engine/case-problems';

/** The URL parameter that carries a case's facts between people and across reloads. */
export const CASE_PARAM = 'case';

export type LinkedCase = { form: CaseForm; asOf?: string } | { problem: FactsLinkProblem; issues: CaseProblem[] } | null;

/** The case in the page's address, if any: a form to show, or why the link cannot be read. */
export function caseFromLocation(search: string): LinkedCase {
  const code = new URLSearchParams(search).get(CASE_PARAM);
  if (code === null) return null;
  const decoded = decodeFacts(code);
  if (!decoded.ok) return { problem: decoded.problem, issues: decoded.problem === 'invalid' ? decoded.issues : [] };
  const carried = answersOf(decoded.facts);
  const { asOf, ...answers } = carried;
  return { form: { kind: decoded.facts.kind, answers, carried }, ...(typeof asOf === 'string' && { asOf }) };
}

/** This page's address with the facts in it. */
export function linkTo(facts: CaseFacts, href: string): string {
  const url = new URL(href);
  url.search = `?${CASE_PARAM}=${encodeFacts(facts)}`;
  url.hash = '';
  return url.href;
}
