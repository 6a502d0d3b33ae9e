import { describe, expect, it } from 'vitest';
import { fillCount, words } from '../../../src/engine/simulator/words';

describe('fillCount', () => {
  it('says one check, two checks: no "check(s)"', () => {
    expect(fillCount(words.wastedTime, 1).en).toBe('1 check the case did not need.');
    expect(fillCount(words.wastedTime, 2).en).toBe('2 checks the case did not need.');
    expect(fillCount(words.skippedChecks, 1, { points: 5 }).en).toBe('1 check or question the rules needed was skipped: 5 policy points off.');
    expect(fillCount(words.skippedChecks, 3, { points: 15 })['zh-cn']).toBe('遗漏了 3 项规则要求的调查或询问：合规得分扣 15 分。');
  });

  it('leaves no "(s)" in any count sentence', () => {
    for (const forms of [words.wastedTime, words.skippedChecks, words.hintsUsed]) for (const form of [forms.one, forms.other]) expect(form.en).not.toContain('(s)');
  });
});
