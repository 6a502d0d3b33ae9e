import { describe, expect, it } from 'vitest';
import { typedFigure } from '../../src/handbook/remark-handbook';

// A page may say when a platform published a rule ("in 2020") without typing a policy figure.
describe('a calendar year in prose', () => {
  it('passes after a month or "in/since/of", and before 年', () => {
    for (const text of ['as published by Amazon in 2020', 'in force since November 2020.', 'In 2020, Amazon tightened them', '亚马逊于 2020 年发布', '2020年起生效'])
      expect(typedFigure(text), text).toBeNull();
  });

  it('does not open a gap for figures: a number with a unit, a bare number or a year-sized amount is still refused', () => {
    for (const text of [
      'in 2020 days',
      'in 2020 hours',
      'of 2020 USD',
      'in 2020%',
      'in 2020.5',
      'reply in 24 hours',
      'a limit of 1000',
      'costs 2000 USD',
      'refund 2020 today',
    ])
      expect(typedFigure(text), text).toMatch(/typed figure/);
  });
});
