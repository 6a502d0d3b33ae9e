import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts as parsedFacts } from './fixtures';
import { deadlinesFor, type Deadline } from '../../src/engine/clock';
import { DAY_MS, HOUR_MS, toMs } from '../../src/engine/dates';
import { figureOf, policy } from '../../src/engine/loaded-policy';
import { caseFactsArbitrary } from './case-arbitrary';
import { claim, facts, message, order, returnRequest } from './fixtures';

const validCase = caseFactsArbitrary.map((input) => parsedFacts(input));
const find = (list: Deadline[], ruleId: string, key?: string) => list.find((d) => d.ruleId === ruleId && (!key || d.key === key));
const days = (ruleId: string, name: string) => figureOf(ruleId, name).value;

/** The calendar way: add whole days to year, month and day, independently of the engine. */
const calendarAdd = (iso: string, n: number) => {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds())).toISOString();
};

describe('deadlinesFor', () => {
  it('gives an Amazon message its reply deadline and the A-to-z filing window', () => {
    const list = deadlinesFor(policy, message({ receivedAt: '2026-03-05T10:00:00Z' }), '2026-03-05T12:00:00Z');
    const reply = find(list, 'MSG-2');
    expect(reply?.closesAt).toBe(new Date(toMs('2026-03-05T10:00:00Z') + figureOf('MSG-2', 'replyWithin').value * HOUR_MS).toISOString());
    expect(reply?.status).toBe('due-soon');
    expect(find(list, 'AZ-1')?.type).toBe('window');
  });

  it('moves a due date from open to due-soon to overdue', () => {
    const f = claim({ claimOpenedAt: '2026-03-20T10:00:00Z' });
    const closes = toMs(find(deadlinesFor(policy, f, '2026-03-20T10:00:00Z'), 'AZ-2')!.closesAt);
    expect(find(deadlinesFor(policy, f, new Date(closes - 2 * DAY_MS)), 'AZ-2')?.status).toBe('open');
    expect(find(deadlinesFor(policy, f, new Date(closes - HOUR_MS)), 'AZ-2')?.status).toBe('due-soon');
    expect(find(deadlinesFor(policy, f, new Date(closes)), 'AZ-2')?.status).toBe('due-soon');
    expect(find(deadlinesFor(policy, f, new Date(closes + 1)), 'AZ-2')?.status).toBe('overdue');
  });

  it('answers a return request on the return clock', () => {
    const list = deadlinesFor(policy, returnRequest({ receivedAt: '2026-03-10T10:00:00Z' }), '2026-03-10T10:00:00Z');
    expect(find(list, 'RET-5')?.closesAt).toBe(new Date(toMs('2026-03-10T10:00:00Z') + days('RET-5', 'answerWithin') * HOUR_MS).toISOString());
  });

  it.each([
    ['a leap-year February', '2024-02-25T10:00:00Z'],
    ['a common-year February', '2023-02-25T10:00:00Z'],
    ['a year end', '2025-12-28T23:30:00Z'],
    ['a 31-day month end', '2026-01-31T00:00:00Z'],
    ['29 February itself', '2028-02-29T12:00:00Z'],
  ])('counts the A-to-z response time across %s', (_what, opened) => {
    const due = find(deadlinesFor(policy, claim({ claimOpenedAt: opened, order: order({ orderedAt: '2023-01-01' }) }), opened), 'AZ-2');
    expect(due?.closesAt).toBe(calendarAdd(opened, days('AZ-2', 'respondWithin')));
  });

  it('lands the feedback removal window on the right day around 29 February', () => {
    const left = '2023-12-31T09:00:00Z';
    const f = facts({ kind: 'amazon-feedback', rating: 'negative', feedbackLeftAt: left, order: order({ orderedAt: '2023-12-20' }) });
    const removal = deadlinesFor(policy, f, left).find((d) => d.ruleId === 'FB-1' && d.from === 'feedbackLeftAt');
    expect(removal?.closesAt).toBe(calendarAdd(left, days('FB-1', 'removeWindow')));
  });

  it('opens the eBay INR window on the US site from the estimated delivery date', () => {
    const f = facts({
      kind: 'ebay-inr',
      site: 'US',
      channel: 'ebay',
      order: order({ paidAt: '2026-03-01T10:00:00Z', estimatedDeliveryAt: '2026-03-12T00:00:00Z' }),
    });
    const windows = deadlinesFor(policy, f, '2026-03-05T00:00:00Z').filter((d) => d.ruleId === 'EBAY-4');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.status).toBe('not-yet-open');
    expect(windows[0]!.from).toBe('order.estimatedDeliveryAt');
    expect(windows[0]!.closesAt).toBe(calendarAdd('2026-03-12T00:00:00Z', days('EBAY-4', 'inrClosesUsUk')));
  });

  it('opens the eBay INR window on the German site from the payment date', () => {
    const f = facts({ kind: 'ebay-inr', site: 'DE', channel: 'ebay', order: order({ paidAt: '2026-03-01T10:00:00Z', estimatedDeliveryAt: '2026-03-12' }) });
    const [window] = deadlinesFor(policy, f, '2026-03-05T00:00:00Z').filter((d) => d.ruleId === 'EBAY-4');
    expect(window?.from).toBe('order.paidAt');
    expect(window?.closesAt).toBe(calendarAdd('2026-03-01T10:00:00Z', days('EBAY-4', 'closesAfterPayment')));
  });

  it('leaves out a clock whose starting date the case does not have', () => {
    const f = facts({ kind: 'ebay-inr', site: 'US', channel: 'ebay', order: order() });
    expect(deadlinesFor(policy, f, '2026-03-05T00:00:00Z').filter((d) => d.ruleId === 'EBAY-4')).toEqual([]);
  });
});

describe('deadlinesFor, over 10,000 random valid cases each', { timeout: 120_000 }, () => {
  const runs = { numRuns: 10_000 };
  const instant = fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));

  it('never puts a deadline before the event that starts it', () => {
    fc.assert(
      fc.property(validCase, instant, (f, now) =>
        deadlinesFor(policy, f, now).every((d) => d.closesAt >= d.startsAt && (!d.opensAt || (d.opensAt >= d.startsAt && d.opensAt <= d.closesAt))),
      ),
      runs,
    );
  });

  it('agrees with calendar arithmetic for every whole-day deadline (month ends, year ends, 29 February)', () => {
    fc.assert(
      fc.property(validCase, instant, (f, now) =>
        deadlinesFor(policy, f, now).every((d) => {
          const span = (toMs(d.closesAt) - toMs(d.startsAt)) / DAY_MS;
          return !Number.isInteger(span) || d.closesAt === calendarAdd(d.startsAt, span);
        }),
      ),
      runs,
    );
  });

  it('gives every eBay case exactly one window for opening it', () => {
    fc.assert(
      fc.property(validCase, instant, (f, now) => {
        if (f.kind !== 'ebay-inr' && f.kind !== 'ebay-snad') return true;
        const windows = deadlinesFor(policy, f, now).filter((d) => d.ruleId === 'EBAY-4');
        const startKnown = f.kind === 'ebay-snad' || f.channel === 'paypal' || f.site === 'DE' || f.order.estimatedDeliveryAt !== undefined;
        return windows.length === (startKnown ? 1 : 0);
      }),
      runs,
    );
  });

  it('reports a status that matches the time', () => {
    fc.assert(
      fc.property(validCase, instant, (f, now) =>
        deadlinesFor(policy, f, now).every((d) => {
          const passed = now.getTime() > toMs(d.closesAt);
          if (d.type === 'due') return passed ? d.status === 'overdue' : d.status !== 'overdue' && d.status !== 'closed';
          return passed ? d.status === 'closed' : d.status !== 'closed';
        }),
      ),
      runs,
    );
  });
});
