import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { amazonAtoz, amazonChargeback, amazonFeedback, amazonMessage, amazonPropertyClaim, amazonReturn, ebayInr, ebayMessage, ebaySnad } from '../../src/engine/case';
import * as api from '../../src/engine/index';

const doc = readFileSync(fileURLToPath(new URL('../../docs/engine.md', import.meta.url)), 'utf8');
const kinds = [amazonMessage, amazonReturn, amazonAtoz, amazonPropertyClaim, amazonChargeback, amazonFeedback, ebayMessage, ebayInr, ebaySnad];

/** Field names of an object schema, looking through defaults and optionals. */
function fieldsOf(schema: z.ZodTypeAny): string[] {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner instanceof z.ZodDefault ? inner._def.innerType : inner.unwrap();
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

describe('docs/engine.md', () => {
  it('documents every field of the case-facts JSON', () => {
    const fields = new Set<string>();
    for (const kind of kinds) {
      for (const [name, schema] of Object.entries(kind.shape)) {
        fields.add(name);
        for (const nested of fieldsOf(schema as z.ZodTypeAny)) fields.add(nested);
      }
    }
    expect([...fields].filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });

  it('documents every function of the public API', () => {
    const functions = [...Object.entries(api), ...Object.entries(api.simulator)].filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const undocumented = functions.filter((name) => !doc.includes(`\`${name}(`) && !doc.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
