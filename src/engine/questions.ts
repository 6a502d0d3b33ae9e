import { caseFields, fieldsByPath, type ScalarField } from './case-fields';
import type { CaseKind } from './case-kinds';
import { parseCaseFacts, type ParseResult } from './check-case-facts';
import { dateFallback } from './clock';
import { factsRead, kindsOf, settles } from './conditions';
import { viewOf } from './facts-view';
import type { Policy } from './policy/policy';
import type { Condition } from './policy/types';
import type { CaseFacts } from './case';

/**
 * What to ask about a case: the questions a form shows for a case kind, worked out from the
 * case's field data (case-fields.ts) and the rules, never listed by hand. A question is asked
 * when the field is required, or when a rule (or a clock) that can still apply to the answers
 * so far reads it.
 */

export type AnswerInput = 'choice' | 'yes-no' | 'number' | 'date';
export type Answer = string | number | boolean;
/** Answers by path: `topic`, `order.price`, `tracking.state`, `receivedAt`. */
export type Answers = Record<string, Answer | undefined>;

export interface Question {
  path: string;
  input: AnswerInput;
  options?: readonly string[];
  /** The facts need an answer (a form pre-fills one). */
  required: boolean;
  /** The field's default, when it has one. */
  fallback?: Answer;
}

/** What the questions are for: the decision helper asks what advice needs; the clock only what deadlines need. */
export type Purpose = 'advice' | 'clock';

/** Facts of the view that come from another place in the case (or from a date). */
const pathOfViewFact: Record<string, string> = {
  price: 'order.price',
  currency: 'order.currency',
  highValue: 'order.highValue',
  inStock: 'order.inStock',
  bulky: 'order.bulky',
  shipped: 'order.shippedAt',
  eddPassed: 'order.estimatedDeliveryAt',
  daysSinceOrder: 'order.orderedAt',
  tracking: 'tracking.state',
  carrierRecognized: 'tracking.carrierRecognized',
  hoursSinceReceived: 'receivedAt',
  daysSinceFeedback: 'feedbackLeftAt',
  daysSinceClaim: 'claimOpenedAt',
  daysSinceReturnAuthorized: 'returnAuthorizedAt',
  daysSinceCaseOpened: 'caseOpenedAt',
};
const pathOf = (fact: string) => pathOfViewFact[fact] ?? fact;

/** The fact of the rules' view that a form's path feeds (`order.price` → `price`), for labels. */
export const viewFactOfPath: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(pathOfViewFact).map(([fact, path]) => [path, fact]));

/** Free text and identifiers: useful in a case file, never a question of policy. */
const notAsked = new Set(['kind', 'asOf', 'buyerName', 'order.id', 'order.item', 'tracking.number']);
/** Where the case happens: always asked first. */
const placePaths = new Set(['marketplace', 'site']);

/** Free text and the kind itself are never a question. */
function questionOf(path: string, field: ScalarField): Question | null {
  if (field.type === 'kind' || field.type === 'text') return null;
  const fallback = field.default;
  const base = { path, required: fallback === undefined && !field.optional, ...(fallback !== undefined && { fallback }) };
  return field.type === 'choice' ? { ...base, input: 'choice', options: field.options } : { ...base, input: field.type };
}

const fieldCache = new Map<CaseKind, Question[]>();

/** Every question the fields of a kind allow, places first, then the kind's own, then order and tracking. */
export function fieldsOf(kind: CaseKind): Question[] {
  const cached = fieldCache.get(kind);
  if (cached) return cached;
  const out: Question[] = [];
  for (const [path, field] of fieldsByPath(caseFields[kind])) {
    if (notAsked.has(path)) continue;
    const question = questionOf(path, field);
    if (question) out.push(question);
  }
  const ordered = [...out.filter((q) => placePaths.has(q.path)), ...out.filter((q) => !placePaths.has(q.path))];
  fieldCache.set(kind, ordered);
  return ordered;
}

interface Reader {
  owner: string;
  when: Condition;
  /** For a clock: the dates it counts from (the date, then what stands in for it), asked whenever the clock can apply. */
  from?: string[];
}

/** The conditions that can apply to a kind: clocks always, rule branches for advice. */
function readersOf(policy: Policy, kind: CaseKind, purpose: Purpose): Reader[] {
  const forKind = (c: Condition) => kindsOf(c)?.includes(kind) ?? true;
  const always: Condition = { all: [] };
  return policy.rules
    .flatMap((rule) => [
      ...(rule.deadlines ?? []).map((d) => ({ owner: rule.id, when: d.when ?? always, from: [d.from, ...(dateFallback[d.from] ? [dateFallback[d.from]!] : [])] })),
      ...(purpose === 'advice' ? (rule.branches ?? []).map((b) => ({ owner: rule.id, when: b.when })) : []),
    ])
    .filter((r) => forKind(r.when));
}

/** Puts flat answers into the nested shape of case facts. */
export function nest(kind: CaseKind, answers: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = { kind, order: {}, tracking: {} };
  for (const [path, value] of Object.entries(answers)) {
    if (value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value))) continue;
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else (out[head] as Record<string, unknown>)[tail] = value;
  }
  return out;
}

/**
 * The questions to show for a kind, given the answers so far. Answers to questions that are
 * not shown are ignored, so a hidden question never changes the outcome.
 */
export function questionsFor(policy: Policy, kind: CaseKind, answers: Answers, purpose: Purpose): Question[] {
  const fields = fieldsOf(kind);
  const byPath = new Map(fields.map((q) => [q.path, q]));
  const shown = new Set(fields.filter((q) => placePaths.has(q.path) || (purpose === 'advice' && q.required)).map((q) => q.path));
  const readers = readersOf(policy, kind, purpose);
  for (let changed = true; changed;) {
    changed = false;
    const view = viewOf(policy, nest(kind, pick(answers, shown)) as unknown as CaseFacts);
    const unknown = new Set<string>();
    for (const r of readers) for (const fact of factsRead(r.when)) if (byPath.has(pathOf(fact)) && !shown.has(pathOf(fact))) unknown.add(fact);
    for (const r of readers) {
      if (settles(policy, r.when, view, unknown, r.owner) === false) continue;
      for (const path of [...factsRead(r.when).map(pathOf), ...(r.from ?? [])]) {
        if (byPath.has(path) && !shown.has(path)) {
          shown.add(path);
          changed = true;
        }
      }
    }
  }
  return fields.filter((q) => shown.has(q.path));
}

const pick = (answers: Answers, paths: ReadonlySet<string>): Answers => Object.fromEntries(Object.entries(answers).filter(([path]) => paths.has(path)));

/** A neutral answer for a required question the form did not ask (only the clock skips any). */
function filler(q: Question, dates: string[]): Answer {
  if (q.input === 'choice') return q.options![0]!;
  if (q.input === 'yes-no') return false;
  if (q.input === 'number') return 1;
  return [...dates].sort()[0] ?? '1970-01-01';
}

/**
 * The case facts for a form's answers: only the shown questions count; required questions
 * the form did not ask get a neutral answer that no shown clock or rule reads.
 */
export function factsFromAnswers(policy: Policy, kind: CaseKind, answers: Answers, purpose: Purpose, asOf?: string, carried: Answers = {}): ParseResult {
  const shown = questionsFor(policy, kind, answers, purpose);
  const paths = new Set(shown.map((q) => q.path));
  // What a shared link carried stands for every question the form does not show, so the case
  // shared on is the case that came in; the shown questions' answers win.
  const picked = { ...Object.fromEntries(Object.entries(carried).filter(([path]) => !paths.has(path))), ...pick(answers, paths) };
  const dates = shown
    .filter((q) => q.input === 'date')
    .map((q) => picked[q.path])
    .filter((d): d is string => typeof d === 'string' && d !== '');
  for (const q of fieldsOf(kind)) if (q.required && !paths.has(q.path) && !(q.path in picked)) picked[q.path] = filler(q, dates);
  return parseCaseFacts({ ...nest(kind, picked), ...(asOf && { asOf }) });
}
