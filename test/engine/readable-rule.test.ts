import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advise, judge } from '../../src/engine/advise';
import { caseKinds } from '../../src/engine/case-kinds';
import { registryView } from '../../src/engine/cli-commands';
import { parseCaseFacts } from '../../src/engine/check-case-facts';
import { deadlinesFor } from '../../src/engine/clock';
import { fillFigures } from '../../src/engine/figures';
import { leftoverPlaceholder, PlaceholderError } from '../../src/engine/placeholders';
import { ruleOf, rules, policy } from '../../src/engine/loaded-policy';
import type { Rule } from '../../src/engine/policy/types';
import { readableRule, readableRuleOf, readableRules } from '../../src/engine/readable-rule';
import { generateScenario, initialState, trueFacts } from '../../src/engine/simulator';
import { workLabel } from '../../src/engine/simulator/shift';
import { langs, type L10n } from '../../src/engine/text';
import { unknownPlaceholderRule } from '../fixtures/policy/unknown-placeholder-rule';

/** The texts a rule holds that reach a reader, with where each sits. */
function textsOf(rule: Rule): [string, L10n][] {
  const out: [string, L10n][] = [
    ['title', rule.title],
    ['text', rule.text],
  ];
  for (const [name, figure] of Object.entries(rule.figures ?? {})) out.push([`figures.${name}.label`, figure.label]);
  for (const branch of rule.branches ?? [])
    branch.verdicts.forEach((v, i) => {
      out.push([`${branch.key}.${i}.why`, v.why]);
      if (v.fits) out.push([`${branch.key}.${i}.fits`, v.fits]);
    });
  for (const d of rule.deadlines ?? []) out.push([`deadlines.${d.key}.label`, d.label]);
  (rule.workOrder ?? []).forEach((w, i) => out.push([`workOrder.${i}.label`, w.label]));
  return out;
}

/** Every string anywhere in a value, for a sweep that no field is forgotten. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

const left = (texts: string[]) => texts.filter((t) => leftoverPlaceholder.test(t));

describe('rule texts as a reader sees them', () => {
  it('fills every title, text, reason, fits, figure, deadline and work-order label of every rule in both languages, and nothing throws', () => {
    let placeholders = 0;
    for (const rule of rules) {
      const readable = readableRuleOf(policy, rule.id);
      const raw = textsOf(rule);
      const shown = textsOf(readable);
      expect(shown.map(([where]) => where)).toEqual(raw.map(([where]) => where));
      raw.forEach(([where, text], i) => {
        for (const lang of langs) {
          if (leftoverPlaceholder.test(text[lang])) placeholders += 1;
          const filled = fillFigures(policy, text[lang], rule.id, lang);
          expect(leftoverPlaceholder.test(filled), `${rule.id} ${where} (${lang}): ${filled}`).toBe(false);
          expect(shown[i]![1][lang]).toBe(filled);
        }
      });
    }
    // The sweep means something: the registry's texts do name figures.
    expect(placeholders).toBeGreaterThan(50);
    expect(textsOf(ruleOf('MSG-1')).some(([where]) => where.startsWith('workOrder.'))).toBe(true);
    expect(left(stringsIn(readableRules(policy)))).toEqual([]);
  });

  it('CB-1, FB-1, MSG-12, CLAIM-1, CLAIM-2: the reasons on the handbook and rule pages carry figures, not {decisionAfter}, {removeWindow}, {maxRounds}, {replyWithin}, {selfSettleLimit}', () => {
    const raw = (id: string) => stringsIn(ruleOf(id).branches);
    const shown = (id: string) => stringsIn(readableRuleOf(policy, id).branches);
    for (const [id, placeholder] of [
      ['CB-1', '{decisionAfter}'],
      ['FB-1', '{removeWindow}'],
      ['MSG-12', '{maxRounds}'],
      ['CLAIM-1', '{replyWithin}'],
      ['CLAIM-2', '{selfSettleLimit}'],
      ['CLAIM-2', '{CLAIM-1.replyWithin}'],
    ] as const) {
      expect(
        raw(id).some((t) => t.includes(placeholder)),
        `${id} still names ${placeholder}`,
      ).toBe(true);
      expect(shown(id).filter((t) => t.includes(placeholder))).toEqual([]);
    }
    expect(readableRuleOf(policy, 'CB-1').branches![0]!.verdicts[0]!.why.en).toBe(fillFigures(policy, ruleOf('CB-1').branches![0]!.verdicts[0]!.why.en, 'CB-1', 'en'));
  });

  it('CB-1: advice and judgements cite reasons ready to show', () => {
    const facts = parseCaseFacts(JSON.parse(readFileSync('examples/amazon-chargeback.json', 'utf8')));
    if (!facts.ok) throw new Error(facts.problems.join('; '));
    const refund = advise(policy, facts.facts).recommended.find((i) => i.action.type === 'full-refund')!;
    const cb1 = refund.citations.find((c) => c.ruleId === 'CB-1')!;
    expect(cb1.why).toEqual(readableRuleOf(policy, 'CB-1').branches![0]!.verdicts[0]!.why);
    expect(left(stringsIn(judge(policy, facts.facts, { type: 'full-refund' })))).toEqual([]);
  });

  it('leaves no placeholder in what advise, deadlinesFor and the order of work say, for the examples and generated cases of every kind', () => {
    const cases = [
      ...readdirSync('examples').map((file) => JSON.parse(readFileSync(`examples/${file}`, 'utf8')) as unknown),
      ...caseKinds.flatMap((kind) =>
        Array.from({ length: 12 }, (_, seed) => {
          const scenario = generateScenario(policy, { seed, kind });
          return trueFacts(scenario, initialState(scenario));
        }),
      ),
    ];
    for (const input of cases) {
      const parsed = parseCaseFacts(input);
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      const facts = parsed.facts;
      expect(left(stringsIn([advise(policy, facts), deadlinesFor(policy, facts, '2026-03-05T00:00:00Z')]))).toEqual([]);
    }
    for (let rank = 0; rank <= (ruleOf('MSG-1').workOrder?.length ?? 0); rank += 1) expect(left(stringsIn(workLabel(policy, rank)))).toEqual([]);
  });

  it("CB-1: the command line's rules listing shows every reason with its figures", () => {
    const view = registryView(policy);
    expect(left(stringsIn(view))).toEqual([]);
    expect(view.find((r) => r.id === 'CB-1')!.branches![0]!.verdicts[0]!.why).toEqual(readableRuleOf(policy, 'CB-1').branches![0]!.verdicts[0]!.why);
  });
});

describe('a placeholder that names no figure', () => {
  it('fails the filler of the fixture rule, naming the rule, the field and the placeholder', () => {
    expect(() => readableRule(policy, unknownPlaceholderRule)).toThrow(PlaceholderError);
    expect(() => readableRule(policy, unknownPlaceholderRule)).toThrow(/rule FIX-1 branches\[0\]\.verdicts\[0\]\.why \(en\): \{noSuchFigure\} names no figure of FIX-1/);
    const why = unknownPlaceholderRule.branches![0]!.verdicts[0]!.why;
    for (const lang of langs) expect(() => fillFigures(policy, why[lang], 'CB-1', lang)).toThrow(/rule CB-1: \{noSuchFigure\} names no figure of CB-1/);
  });

  it('is refused however it is written, and a rule fills its own figures even outside the registry', () => {
    expect(() => fillFigures(policy, 'within {MSG-2.noSuchFigure}', 'CB-1', 'en')).toThrow(/\{MSG-2\.noSuchFigure\} names no figure of MSG-2/);
    expect(() => fillFigures(policy, 'within {NOPE-9.replyWithin}', 'CB-1', 'en')).toThrow(/names no figure of NOPE-9/);
    expect(() => fillFigures(policy, 'within { decisionAfter }', 'CB-1', 'en')).toThrow(/\{ decisionAfter \} is not a figure placeholder/);
    expect(fillFigures(policy, 'about {decisionAfter}', 'CB-1', 'zh-cn')).toMatch(/^about \d+ 天$/);
    const sound = readableRule(policy, { ...unknownPlaceholderRule, branches: [] });
    expect(sound.text.en).toMatch(/^Decided within \d+ days\.$/);
    expect(sound.text['zh-cn']).toMatch(/^\d+ 天内出结果。$/);
  });
});
