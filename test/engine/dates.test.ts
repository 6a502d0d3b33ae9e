import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblem, toIso, toMs } from '../../src/engine/dates';

describe('dateProblem', () => {
  it.each(['2026-03-01T10:00:00+99:99', '2026-03-01T10:00:00-24:00', '2026-03-01T10:00:00+23:60', '2026-03-01T10:00+24:00'])(
    'refuses %s, whose offset no clock reads',
    (value) => {
      expect(dateProblem(value)).toContain('offset');
    },
  );

  it.each(['2026-03-01T10:00:00+23:59', '2026-03-01T10:00:00-23:59', '2026-03-01T10:00:00+00:00'])('accepts %s', (value) => {
    expect(dateProblem(value)).toBeNull();
  });

  const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
  const isoLike = fc
    .tuple(digits(4), digits(2), digits(2), fc.option(fc.tuple(digits(2), digits(2), fc.option(digits(2)), fc.constantFrom('Z', '+', '-'), digits(2), digits(2))))
    .map(([y, mo, d, time]) => {
      if (!time) return `${y}-${mo}-${d}`;
      const [h, mi, s, sign, oh, om] = time;
      return `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}`}${sign === 'Z' ? 'Z' : `${sign}${oh}:${om}`}`;
    });

  it('every date it accepts is one the clock can compute and print', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string()), (value) => {
        if (dateProblem(value) !== null) return;
        expect(Number.isFinite(toMs(value))).toBe(true);
        expect(() => toIso(toMs(value))).not.toThrow();
        expect(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(toMs(value))).not.toThrow();
      }),
      { numRuns: 5000 },
    );
  });
});
