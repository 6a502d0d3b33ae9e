import type { CaseFacts, CaseFactsInput } from './case-fields';
import { caseKinds } from './case-kinds';

/**
 * What a case is: its facts, typed from the field data in case-fields.ts, and the kinds there
 * are. One validator checks facts from any source (check-case-facts.ts): the tools, the
 * command line and the scenario files all use it.
 */

export type { CaseFacts, CaseFactsInput };
export type CaseKind = CaseFacts['kind'];
export { caseKinds };
