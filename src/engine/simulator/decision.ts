import { isAction, type Action } from '../actions';
import { caseKinds, type CaseKind } from '../case-kinds';
import { hasOwn, isOneOf, isRecord } from '../shape';
import { investigations, urgencies, type Investigation, type Urgency } from './vocabulary';

/** The longest free-text reply the simulator accepts: far beyond any real message. */
export const MAX_REPLY_CHARS = 20_000;

/**
 * One thing the trainee does. A case is played as a list of these; the list (the trace) is
 * all scoring needs, and all a saved game needs to resume.
 */
export type Decision =
  | {
      type: 'triage';
      kind: CaseKind;
      /** `RULE-ID.key` of the most pressing deadline, or null when nothing is due. */
      deadline: string | null;
      urgency: Urgency;
    }
  | { type: 'check'; check: Investigation }
  | { type: 'resolve'; action: Action }
  | { type: 'pick-draft'; draft: number }
  | { type: 'write-reply'; text: string }
  | { type: 'hint' };
export type DecisionType = Decision['type'];

/** Each kind of decision's fields and what each must hold: all are required, and no other may appear. */
const decisionFields: { [T in DecisionType]: Record<Exclude<keyof Extract<Decision, { type: T }>, 'type'>, (value: unknown) => boolean> } = {
  triage: {
    kind: isOneOf(caseKinds),
    deadline: (value) => value === null || (typeof value === 'string' && value.length > 0),
    urgency: isOneOf(urgencies),
  },
  check: { check: isOneOf(investigations) },
  resolve: { action: isAction },
  'pick-draft': { draft: (value) => Number.isInteger(value) && (value as number) >= 0 },
  'write-reply': { text: (value) => typeof value === 'string' && value.length <= MAX_REPLY_CHARS && value.trim().length > 0 },
  hint: {},
};

/** A decision as the simulator accepts it (from the player, a saved game or the command line). */
export function isDecision(input: unknown): input is Decision {
  if (!isRecord(input) || typeof input.type !== 'string' || !hasOwn(decisionFields, input.type)) return false;
  const fields: Record<string, (value: unknown) => boolean> = decisionFields[input.type];
  const keys = Object.keys(input).filter((key) => key !== 'type');
  return keys.length === Object.keys(fields).length && keys.every((key) => hasOwn(fields, key) && fields[key]!(input[key]));
}
