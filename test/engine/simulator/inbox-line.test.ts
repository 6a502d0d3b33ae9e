import { describe, expect, it } from 'vitest';
import { firstWords, inboxLine } from '../../../src/components/simulator/inbox-line';
import { factLabels } from '../../../src/engine/fact-labels';
import { sayBoth } from '../../../src/i18n/say-both';
import { generateShift } from '../../../src/engine/simulator';
import { policy } from '../../../src/engine/loaded-policy';

describe('a shift inbox line', () => {
  it('before triage shows the buyer’s first words and the marketplace, never the kind of case', () => {
    const shift = generateShift(policy, 7);
    for (const { scenario } of shift.cases) {
      const line = inboxLine(scenario, false, 'en');
      const kind = sayBoth(factLabels.kind!.values![scenario.facts.kind]!);
      expect(line.text).not.toContain(kind.en);
      expect(scenario.messages[0]!.text.replace(/\s+/g, ' ')).toContain(line.text.replace(/…$/, ''));
      expect(line).toMatchObject({ lang: 'en', triaged: false, place: 'marketplace' in scenario.facts ? scenario.facts.marketplace : `eBay ${scenario.facts.site}` });
      // Once triaged, the line names the kind, in the page's language.
      expect(inboxLine(scenario, true, 'zh-cn')).toMatchObject({ triaged: true, lang: 'zh-cn' });
      expect(inboxLine(scenario, true, 'zh-cn').text).toContain(kind['zh-cn']);
    }
  });

  it('cuts a long first message at a word, with an ellipsis, and leaves a short one whole', () => {
    expect(firstWords('Where is   my parcel?')).toBe('Where is my parcel?');
    const cut = firstWords('I placed an order for the Bluetooth earbuds by mistake. Can you cancel it before it ships, please?');
    expect(cut).toBe('I placed an order for the Bluetooth earbuds by mistake. Can…');
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(firstWords('x'.repeat(80))).toBe(`${'x'.repeat(60)}…`);
  });
});
