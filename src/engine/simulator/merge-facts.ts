/**
 * Laying revealed facts over a case's facts: used by the scenario schema (scenario.ts), which
 * checks every combination of hidden facts, and by play (scenario-facts.ts), which reads the
 * scenario's type; a file of its own keeps the two from importing each other.
 */

type Patch = Record<string, unknown>;
const nested = ['order', 'tracking'] as const;

/** Facts with patches laid over them; `order` and `tracking` merge one level deep. */
export function mergeFacts(base: Record<string, unknown>, ...patches: Patch[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const patch of patches) {
    for (const [key, value] of Object.entries(patch)) {
      const under = out[key];
      out[key] =
        (nested as readonly string[]).includes(key) && value && typeof value === 'object' && under && typeof under === 'object'
          ? { ...(under as Patch), ...(value as Patch) }
          : value;
    }
  }
  return out;
}
