import { z } from 'zod';
import { crossFieldProblems } from '../../src/engine/case-cross-checks';
import { caseProblemMessage } from '../../src/engine/case-problems';
import { caseFields, MAX_CASE_NUMBER, type CaseFacts, type CaseFactsInput, type Field, type Fields } from '../../src/engine/case-fields';
import { caseKinds } from '../../src/engine/case-kinds';
import { isoDate } from '../../src/engine/iso-date-schema';

/**
 * A second reading of case-fields.ts, as a zod schema: the oracle the case validator
 * (src/engine/check-case-facts.ts, the product's only one) is held to by the property tests in
 * check-case-facts.test.ts. Built from the same field data by zod's own rules, so a validator
 * that misreads the data, drops a default or words a problem differently disagrees with it.
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
  for (const problem of crossFieldProblems(facts)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: caseProblemMessage(problem) });
});

export const caseFactsOracle = checkedUnion as unknown as z.ZodType<CaseFacts, z.ZodTypeDef, CaseFactsInput>;
