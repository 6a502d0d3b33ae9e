import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDuration, isoDuration, msOfDuration } from '../../src/results';

describe('ISO 8601 durations', () => {
  it('keep any time to the hundredth of a second, in a valid form', () => {
    fc.assert(
      fc.property(fc.nat({ max: 400 * 3_600_000 }), (ms) => {
        const text = isoDuration(ms);
        expect(isIsoDuration(text)).toBe(true);
        expect(msOfDuration(text)).toBe(Math.round(ms / 10) * 10);
      }),
      { numRuns: 1000 },
    );
  });

  it('write minutes and seconds as xAPI shows them', () => {
    expect(isoDuration((12 * 60 + 30) * 1000)).toBe('PT12M30S');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(1_250)).toBe('PT1.25S');
  });

  it('tell a duration from text that is not one', () => {
    for (const text of ['P', 'PT', 'P1DT', '12M', 'PT1.5', 'PT-5S', 'T5M', 'PT5S ', '']) expect(isIsoDuration(text)).toBe(false);
    for (const text of ['P1D', 'PT0S', 'P1Y2M3DT4H5M6.5S', 'P2W']) expect(isIsoDuration(text)).toBe(true);
  });
});
