import { describe, expect, it } from 'vitest';
import { leftoverPlaceholder } from '../../src/engine/placeholders';
import { searchIndexFromFiles } from '../../src/search/from-files';

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

describe('the search index', () => {
  it('shows rule titles and texts with their figures filled, in both languages', () => {
    const index = searchIndexFromFiles();
    for (const file of Object.values(index)) {
      expect(file.sections.ruleIds.some((ids) => ids.length > 0)).toBe(true);
      expect(stringsIn(file).filter((text) => leftoverPlaceholder.test(text))).toEqual([]);
    }
  }, 60_000);
});
