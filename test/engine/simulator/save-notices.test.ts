import { describe, expect, it } from 'vitest';
import { noticesAfterSave } from '../../../src/components/simulator/save-notices';

const words = { noStorage: 'not kept', otherTab: 'other tab' };

describe('what a player says after a save', () => {
  it('says once that the browser keeps nothing, keeping what it said before', () => {
    const first = noticesAfterSave(['kept aside at k'], words, { kept: false, otherTab: false });
    expect(first).toEqual(['kept aside at k', 'not kept']);
    expect(noticesAfterSave(first, words, { kept: false, otherTab: false })).toBe(first);
  });

  it('says another tab went further only after the save that found it', () => {
    const found = noticesAfterSave([], words, { kept: true, otherTab: true });
    expect(found).toEqual(['other tab']);
    expect(noticesAfterSave(found, words, { kept: true, otherTab: false })).toEqual([]);
  });
});
