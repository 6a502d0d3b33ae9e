import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as quiz from '../../../src/engine/quiz';
import type { ItemOutcome } from '../../../src/engine/quiz';

const { boxIntervalsDays, dueRules, emptyQueue, recordResult, reviewQueueSchema, TOP_BOX } = quiz;

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 2, 9);
const outcome = (rules: string[], correct: boolean): ItemOutcome => ({ itemId: rules.join('+'), kind: 'fact', area: 'atoz', rules, correct });
const result = (...items: ItemOutcome[]) => ({ items });

describe('the review queue', () => {
  it('takes in missed rules only, due at once', () => {
    const queue = recordResult(emptyQueue(), result(outcome(['AZ-2'], false), outcome(['RET-3'], true)), t0);
    expect(Object.keys(queue.rules)).toEqual(['AZ-2']);
    expect(dueRules(queue, t0, 10)).toEqual(['AZ-2']);
  });

  it('counts a rule as missed when any item testing it was missed', () => {
    const queue = recordResult(emptyQueue(), result(outcome(['AZ-2', 'AZ-9'], true), outcome(['AZ-9'], false)), t0);
    expect(Object.keys(queue.rules)).toEqual(['AZ-9']);
  });

  it('serves a rule just missed before one answered right since', () => {
    let queue = recordResult(emptyQueue(), result(outcome(['AZ-2'], false), outcome(['RET-3'], false)), t0);
    queue = recordResult(queue, result(outcome(['AZ-2'], true), outcome(['RET-3'], false)), t0 + DAY);
    expect(dueRules(queue, t0 + DAY, 10)).toEqual(['RET-3']);
    // Once both are due, the weaker one still comes first.
    expect(dueRules(queue, t0 + 30 * DAY, 10)).toEqual(['RET-3', 'AZ-2']);
  });

  it('makes a rule wait longer each time it is answered right, and starts over after a miss', () => {
    let queue = recordResult(emptyQueue(), result(outcome(['FB-1'], false)), t0);
    let now = t0;
    const waits: number[] = [];
    for (let i = 0; i < TOP_BOX + 1; i++) {
      now = Date.parse(queue.rules['FB-1']!.due);
      queue = recordResult(queue, result(outcome(['FB-1'], true)), now);
      waits.push(Date.parse(queue.rules['FB-1']!.due) - now);
    }
    for (let i = 1; i < TOP_BOX - 1; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    expect(waits.at(-1)).toBe(boxIntervalsDays.at(-1)! * DAY);
    expect(dueRules(queue, now + DAY, 10)).toEqual([]);
    queue = recordResult(queue, result(outcome(['FB-1'], false)), now + DAY);
    expect(queue.rules['FB-1']).toMatchObject({ box: 1, lapses: 2, reviews: TOP_BOX + 3 });
    expect(dueRules(queue, now + DAY, 10)).toEqual(['FB-1']);
  });

  it('puts the most overdue first among equals, and keeps to the limit', () => {
    let queue = recordResult(emptyQueue(), result(outcome(['MSG-4'], false)), t0);
    queue = recordResult(queue, result(outcome(['MSG-6'], false)), t0 + 1000);
    queue = recordResult(queue, result(outcome(['MSG-10'], false)), t0 + 2000);
    expect(dueRules(queue, t0 + 3000, 2)).toEqual(['MSG-4', 'MSG-6']);
    expect(dueRules(queue, '2026-03-02T09:00:01.500Z', 5)).toEqual(['MSG-4', 'MSG-6']);
  });

  it('stays plain JSON that its schema reads back', () => {
    const outcomes = fc.array(fc.record({ rules: fc.subarray(['AZ-2', 'RET-3', 'FB-1', 'MSG-4'], { minLength: 1 }), correct: fc.boolean() }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(outcomes, fc.integer({ min: 0, max: 90 * DAY })), { maxLength: 8 }), (quizzes) => {
        let queue = emptyQueue();
        for (const [items, offset] of quizzes) queue = recordResult(queue, result(...items.map((o) => outcome(o.rules, o.correct))), t0 + offset);
        const stored = JSON.parse(JSON.stringify(queue));
        expect(reviewQueueSchema.parse(stored)).toEqual(queue);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a stored queue that is not one', () => {
    expect(reviewQueueSchema.safeParse({ version: 1, rules: { 'AZ-2': { box: 0, due: 'soon', lapses: -1, reviews: 0, lastReviewed: '2026-03-02' } } }).success).toBe(false);
    expect(reviewQueueSchema.safeParse({ version: 2, rules: {} }).success).toBe(false);
  });
});
