import { describe, expect, it } from 'vitest';
import { platformTodayMark, quickCard, type QuickCardLine } from '../../src/components/handbook/quick-card';
import { rules } from '../../src/engine/loaded-policy';
import { provenanceOf } from '../../src/engine/policy/provenance';
import type { PlatformToday, Rule, RuleProvenance } from '../../src/engine/policy/types';

const keyOf = (line: QuickCardLine) => `${line.rule.id}.${'clock' in line ? `clock:${line.clock.key}` : line.name}`;
const keys = (platform: 'amazon' | 'ebay', list: readonly Rule[] = rules) => quickCard(list, platform).flatMap((a) => a.lines.map(keyOf));
/** A figure is on a card when a line names it, or a clock on that card counts with it. */
const figuresShown = (platform: 'amazon' | 'ebay') =>
  new Set(
    quickCard(rules, platform).flatMap((a) =>
      a.lines.flatMap((l) =>
        'clock' in l ? [l.clock.closes, ...(l.clock.opens ? [l.clock.opens] : [])].map((ref) => `${ref.rule ?? l.rule.id}.${ref.figure}`) : [`${l.rule.id}.${l.name}`],
      ),
    ),
  );

describe('the quick cards', () => {
  it.each(['amazon', 'ebay'] as const)('the %s card shows every figure and every clock of the rules of that platform alone', (platform) => {
    const own = rules.filter((r) => r.platform === platform);
    const shown = figuresShown(platform);
    const card = keys(platform);
    expect(own.flatMap((r) => Object.keys(r.figures ?? {}).map((name) => `${r.id}.${name}`)).filter((f) => !shown.has(f))).toEqual([]);
    expect(own.flatMap((r) => (r.deadlines ?? []).map((d) => `${r.id}.clock:${d.key}`)).filter((c) => !card.includes(c))).toEqual([]);
  });

  it('keeps a rule of both platforms off the card whose cases its clock never runs in', () => {
    expect(keys('amazon')).toContain('MSG-2.clock:reply');
    expect(keys('ebay').filter((k) => k.startsWith('MSG-2.'))).toEqual([]);
    expect(keys('ebay').filter((k) => /^(AZ|RET|FB|CB|CLAIM|HEALTH|PROD)-/.test(k))).toEqual([]);
    expect(keys('amazon').filter((k) => k.startsWith('EBAY-') || k.startsWith('MSG-12.'))).toEqual([]);
  });

  it('shows a figure once: on its clock when a clock counts with it, otherwise on a line of its own', () => {
    const amazon = keys('amazon');
    expect(amazon).toContain('AZ-2.clock:respond-to-claim');
    expect(amazon).not.toContain('AZ-2.respondWithin');
    expect(amazon).toContain('PROD-1.maxCompensation');
    expect(new Set(amazon).size).toBe(amazon.length);
  });

  it('groups the lines by area in the playbook order', () => {
    expect(quickCard(rules, 'amazon').map((a) => a.area)).toEqual(['health', 'messages', 'shipping', 'product', 'returns', 'atoz', 'claims', 'chargebacks', 'feedback']);
    expect(quickCard(rules, 'ebay').map((a) => a.area)).toEqual(['messages', 'shipping', 'ebay']);
  });

  it('fails when a figure is added to a rule: a new figure lands on its card at once (the guard bites)', () => {
    const extra: Rule = {
      ...rules.find((r) => r.id === 'EBAY-7')!,
      figures: { ...rules.find((r) => r.id === 'EBAY-7')!.figures, escalateAfter: { value: 1, unit: 'days', label: { en: 'x', 'zh-cn': 'x' } } },
    };
    const list = rules.map((r) => (r.id === 'EBAY-7' ? extra : r));
    expect(keys('ebay', list)).toContain('EBAY-7.escalateAfter');
    expect(keys('ebay')).not.toContain('EBAY-7.escalateAfter');
    // A clock of a rule of both platforms that runs only in eBay cases stays off the Amazon card.
    const both: Rule = {
      ...rules.find((r) => r.id === 'MSG-6')!,
      figures: { answerWithin: { value: 2, unit: 'days', label: { en: 'y', 'zh-cn': 'y' } } },
      deadlines: [
        { key: 'answer', type: 'due', from: 'receivedAt', closes: { figure: 'answerWithin' }, label: { en: 'y', 'zh-cn': 'y' }, when: { fact: 'kind', is: ['ebay-message'] } },
      ],
    };
    const withBoth = rules.map((r) => (r.id === 'MSG-6' ? both : r));
    expect(keys('ebay', withBoth)).toContain('MSG-6.clock:answer');
    expect(keys('amazon', withBoth).filter((k) => k.startsWith('MSG-6.'))).toEqual([]);
  });
});

describe('the quick cards mark a rule the platform has moved on from', () => {
  const lines = (platform: 'amazon' | 'ebay') => quickCard(rules, platform).flatMap((a) => a.lines);
  const marked = (platform: 'amazon' | 'ebay', provenance: (id: string) => RuleProvenance = provenanceOf) =>
    lines(platform)
      .filter((l) => platformTodayMark(provenance(l.rule.id)) !== null)
      .map((l) => l.rule.id);

  it('marks each line of a rule with a platform-today note, and no other line', () => {
    const withNote = new Set(rules.filter((r) => provenanceOf(r.id).platformToday).map((r) => r.id));
    const all = [...lines('amazon'), ...lines('ebay')];
    expect(all.some((l) => withNote.has(l.rule.id))).toBe(true);
    for (const line of all) expect(platformTodayMark(provenanceOf(line.rule.id)) !== null, line.rule.id).toBe(withNote.has(line.rule.id));
  });

  it('says which version the team follows, and when the platform forbids it for everyone', () => {
    const base = provenanceOf('PROD-1');
    expect(base.platformToday).toBeUndefined();
    expect(platformTodayMark(base)).toBeNull();
    const today: PlatformToday = { note: { en: 'n', 'zh-cn': 'n' }, confidence: 'likely', checked: '2026-01-01', links: [] };
    expect(platformTodayMark({ ...base, platformToday: today, follows: 'playbook' })).toBe('see-rule');
    expect(platformTodayMark({ ...base, platformToday: today })).toBe('see-rule');
    expect(platformTodayMark({ ...base, platformToday: today, follows: 'platform' })).toBe('followed');
    expect(platformTodayMark({ ...base, platformToday: { ...today, forbids: true }, follows: 'platform' })).toBe('forbids');
  });

  it('marks a line once a note is added to its rule (the guard bites)', () => {
    const today: PlatformToday = { note: { en: 'n', 'zh-cn': 'n' }, confidence: 'unsure', checked: '2026-01-01', links: [] };
    expect(marked('amazon')).not.toContain('PROD-1');
    expect(marked('amazon', (id) => (id === 'PROD-1' ? { platformToday: today } : provenanceOf(id)))).toContain('PROD-1');
  });
});
