import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/simulator';
import { damagedKettle } from './fixtures/authored';
import { policy } from '../../../src/engine/loaded-policy';

const broken = JSON.parse(readFileSync(new URL('./fixtures/broken-scenario.json', import.meta.url), 'utf8'));

describe('parseScenario', () => {
  it('accepts an authored scenario', () => {
    const parsed = parseScenario(policy, damagedKettle);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('rejects the broken fixture, naming every field at fault', () => {
    const parsed = parseScenario(policy, broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = parsed.problems.map((p) => p.split(':')[0]);
    expect(fields).toEqual(
      expect.arrayContaining(['id', 'title.zh-cn', 'difficulty', 'buyer.temperament', 'hidden.0.by', 'facts.damage', 'messages', 'reactions.0.reaction']),
    );
  });

  it('names facts that do not fit the platform, the clock or the order', () => {
    const parsed = parseScenario(policy, {
      ...damagedKettle,
      platform: 'ebay',
      facts: { ...damagedKettle.facts, asOf: undefined, order: { ...damagedKettle.facts.order, item: undefined } },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^platform: /), expect.stringMatching(/^facts\.asOf: /), expect.stringMatching(/^facts\.order\.item: /)]),
    );
  });

  it('checks every combination of hidden facts against the case schema', () => {
    // Shipped before it was ordered, once the carrier check reveals the date.
    const parsed = parseScenario(policy, {
      ...damagedKettle,
      hidden: [...damagedKettle.hidden!, { by: 'contact-carrier', reveals: { order: { shippedAt: '2026-01-01' } }, finding: { en: 'x', 'zh-cn': 'x' } }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.some((p) => p.startsWith('hidden.2.reveals: with contact-carrier revealed') && p.includes('order.shippedAt'))).toBe(true);
  });

  it('refuses a hidden fact that would hide the kind, or two facts behind one check', () => {
    const parsed = parseScenario(policy, {
      ...damagedKettle,
      hidden: [
        { by: 'check-stock', reveals: { kind: 'ebay-inr' }, finding: { en: 'x', 'zh-cn': 'x' } },
        { by: 'check-stock', reveals: {}, finding: { en: 'x', 'zh-cn': 'x' } },
      ],
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual(expect.arrayContaining(['hidden.0.reveals.kind: cannot be hidden', expect.stringMatching(/^hidden\.1\.by: /)]));
  });

  it('reports case-fact problems under facts.', () => {
    const parsed = parseScenario(policy, { ...damagedKettle, facts: { ...damagedKettle.facts, damage: undefined } });
    expect(parsed.ok ? [] : parsed.problems).toContain('facts.damage: required when topic is "damaged"');
  });
});
