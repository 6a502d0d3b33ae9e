import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../src/engine/case-kinds';
import { parseCaseFacts } from '../../src/engine/check-case-facts';
import { dateProblem } from '../../src/engine/dates';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));

describe('case facts', () => {
  it.each(examples)('accepts the example %s', (file) => {
    const parsed = parseCaseFacts(JSON.parse(readFileSync(examplesDir + file, 'utf8')));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has an example for every case kind', () => {
    const kinds = examples.map((file) => JSON.parse(readFileSync(examplesDir + file, 'utf8')).kind);
    expect(new Set(kinds)).toEqual(new Set(caseKinds));
  });

  it('lists every problem at once, each as path: message', () => {
    const parsed = parseCaseFacts({
      kind: 'amazon-message',
      topic: 'damaged',
      receivedAt: '2026-02-30',
      order: { price: -3, currency: 'XYZ', orderedAt: '2026-03-01' },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^receivedAt: 2026-02-30 is not a date on the calendar/),
        expect.stringMatching(/^order\.price: /),
        expect.stringMatching(/^order\.currency: /),
      ]),
    );
  });

  it('requires what a topic cannot be judged without, and dates in a possible order', () => {
    const parsed = parseCaseFacts({
      kind: 'amazon-message',
      topic: 'damaged',
      receivedAt: '2026-03-05',
      order: { price: 10, currency: 'USD', orderedAt: '2026-03-01', shippedAt: '2026-02-27' },
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['damage: required when topic is "damaged"', 'order.shippedAt: cannot be before order.orderedAt (2026-03-01)']);
  });

  it('rejects fields it does not know, so a typo is not silently ignored', () => {
    const parsed = parseCaseFacts({ kind: 'amazon-chargeback', disputeOpenedAt: '2026-03-05', order: { price: 10, currency: 'USD', orderedAt: '2026-03-01' }, dispute: true });
    expect(parsed.ok ? [] : parsed.problems).toEqual([expect.stringMatching(/Unrecognized key.*dispute/)]);
  });

  it.each([
    ['2024-02-29', null],
    ['2023-02-29', 'not a date'],
    ['2026-04-31T10:00:00Z', 'not a date'],
    ['2026-13-01', 'not a date'],
    ['2026-03-01T24:00:00Z', 'out of range'],
    ['2026-03-01T10:00:00+05:30', null],
    ['yesterday', 'expected an ISO 8601 date'],
  ])('judges %s as a date', (value, problem) => {
    const found = dateProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
