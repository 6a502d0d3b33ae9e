import { z } from 'zod';
import { crossFieldProblems } from './case-cross-checks';
import { caseFields, MAX_CASE_NUMBER, type CaseFacts, type CaseFactsInput, type Field, type Fields } from './case-fields';
import { caseKinds } from './case-kinds';
import { formatIssues } from './issues';
import { isoDate } from './iso-date-schema';

/**
 * The zod schema of case facts, for the server side: the command line, the scenario files'
 * schema (`simulator/scenario.ts`) and the tests. It is built from the field data in
 * case-fields.ts, so it has nothing of its own to keep in step; the browser validates with
 * the zod-free `parseCaseFacts` (check-case-facts.ts) instead and never loads this file.
 */

function zodOfField(field: Field): z.ZodTypeAny {
  const type = zodOfValue(field);
  if (field.type === 'kind') return type;
  if (field.default !== undefined) return type.default(field.default);
  return field.optional ? type.optional() : type;
}

function zodOfValue(field: Field): z.ZodTypeAny {
  switch (field.type) {
    case 'kind':
      return z.literal(field.value);
    case 'choice':
      return z.enum(field.options);
    case 'yes-no':
      return z.boolean();
    case 'number':
      return field.bounds.reduce(
        (n, bound) => (bound === 'int' ? n.int() : bound === 'positive' ? n.positive() : bound === 'amount' ? n.max(MAX_CASE_NUMBER) : n.nonnegative()),
        z.number(),
      );
    case 'date':
      return isoDate;
    case 'text':
      return z.string().min(1);
    case 'group':
      return z.object(shapeOf(field.fields)).strict();
  }
}

const shapeOf = (fields: Fields): z.ZodRawShape => Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, zodOfField(field)]));

/** The object schema of one kind (`kind` is already first in the data, so the spread keeps the field order). */
const kindSchema = (fields: Fields & { kind: Field }) => z.object({ kind: zodOfField(fields.kind), ...shapeOf(fields) }).strict();

const [firstKind, ...otherKinds] = caseKinds.map((kind) => kindSchema(caseFields[kind]));
const caseUnion = z.discriminatedUnion('kind', [firstKind!, ...otherKinds]);

const checkedUnion = caseUnion.superRefine((facts, ctx) => {
  for (const problem of crossFieldProblems(facts)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: problem.message });
});

/**
 * The schema's static types are those case-fields.ts reads from the same data: zod cannot
 * infer them from a schema built in a loop. The property test in
 * test/engine/check-case-facts.test.ts checks what this schema accepts and returns.
 */
export const caseFactsSchema = checkedUnion as unknown as z.ZodType<CaseFacts, z.ZodTypeDef, CaseFactsInput>;

export type { CaseFacts, CaseFactsInput };
export type CaseKind = CaseFacts['kind'];
export { caseKinds, formatIssues };
