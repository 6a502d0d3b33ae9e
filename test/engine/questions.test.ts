import { describe, expect, it } from 'vitest';
import { caseFields } from '../../src/engine/case-fields';
import { caseKinds } from '../../src/engine/case-kinds';
import { advise } from '../../src/engine/advise';
import { deadlinesFor } from '../../src/engine/clock';
import { factsFromAnswers, fieldsOf, questionsFor, type Answers } from '../../src/engine/questions';
import { settle } from '../../src/components/facts-form/case-form';
import { policy } from '../../src/engine/loaded-policy';

const paths = (kind: Parameters<typeof questionsFor>[1], answers: Answers, purpose: 'advice' | 'clock') => questionsFor(policy, kind, answers, purpose).map((q) => q.path);
const NOW = '2026-11-23T12:00:00Z';

describe('what the forms ask', () => {
  it('the plain list of kinds is the field data’s, in the same order', () => {
    expect([...caseKinds]).toEqual(Object.keys(caseFields));
  });

  it('every kind has questions, and each has an input the forms know', () => {
    for (const kind of caseKinds) {
      const fields = fieldsOf(kind);
      expect(fields.length).toBeGreaterThan(2);
      for (const q of fields) expect(['choice', 'yes-no', 'number', 'date']).toContain(q.input);
    }
  });

  it('asks about damage only when the buyer writes about damage', () => {
    expect(paths('amazon-message', { topic: 'damaged' }, 'advice')).toContain('damage');
    expect(paths('amazon-message', { topic: 'where-is-my-order' }, 'advice')).not.toContain('damage');
    expect(paths('amazon-message', { topic: 'where-is-my-order' }, 'advice')).toContain('tracking.state');
  });

  it('the clock asks for dates and for what decides which clock runs, nothing else', () => {
    expect(paths('ebay-inr', { site: 'US', channel: 'ebay' }, 'clock')).toEqual(expect.arrayContaining(['site', 'channel', 'order.estimatedDeliveryAt']));
    expect(paths('ebay-inr', {}, 'clock')).not.toContain('forwarderCanFind');
    expect(paths('amazon-chargeback', {}, 'clock')).toEqual(['marketplace', 'disputeOpenedAt']);
  });

  it('a hidden question never changes the advice', () => {
    const shown = settle({ kind: 'amazon-message', answers: { topic: 'where-is-my-order', 'order.price': 40 } }, 'advice', NOW);
    const withHidden = { ...shown.answers, damage: 'severe', missingPart: 'main-item' };
    const a = factsFromAnswers(policy, 'amazon-message', shown.answers, 'advice', NOW);
    const b = factsFromAnswers(policy, 'amazon-message', withHidden, 'advice', NOW);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(advise(policy, b.facts)).toEqual(advise(policy, a.facts));
  });

  it('for every kind, starting answers give valid facts and the clock’s skipped questions change no deadline', () => {
    for (const kind of caseKinds) {
      const { answers } = settle({ kind, answers: { 'order.price': 25 } }, 'clock', NOW);
      const clock = factsFromAnswers(policy, kind, answers, 'clock');
      expect(clock.ok, `${kind}: ${clock.ok ? '' : clock.problems.join('; ')}`).toBe(true);
      const full = settle({ kind, answers }, 'advice', NOW);
      // Numbers have no starting answer: a person types them.
      const typed = Object.fromEntries(full.questions.filter((q) => q.input === 'number').map((q) => [q.path, 25]));
      const advice = factsFromAnswers(policy, kind, { ...full.answers, ...typed }, 'advice');
      expect(advice.ok, `${kind}: ${advice.ok ? '' : advice.problems.join('; ')}`).toBe(true);
      if (clock.ok && advice.ok) expect(deadlinesFor(policy, clock.facts, NOW)).toEqual(deadlinesFor(policy, advice.facts, NOW));
    }
  });

  it('a required blank is reported by its path', () => {
    const result = factsFromAnswers(policy, 'amazon-message', { topic: 'unwanted', receivedAt: NOW, 'order.currency': 'USD', 'order.orderedAt': NOW }, 'advice');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.startsWith('order.price:'))).toBe(true);
  });
});
