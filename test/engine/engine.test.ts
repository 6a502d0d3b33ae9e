import { describe, expect, it } from 'vitest';
import { simulator } from '../../src/engine';
import type { CaseFactsInput } from '../../src/engine/case';
import { createEngine } from '../../src/engine/engine';
import { engine as app, policy as appPolicy, rules } from '../../src/engine/loaded-engine';
import { createPolicy } from '../../src/engine/policy/policy';
import type { Figure, Rule } from '../../src/engine/policy/types';
import type { Decision } from '../../src/engine/simulator';
import { facts } from './fixtures';
import { damagedKettle } from './simulator/fixtures/authored';

/**
 * The engine reads only the rules it is handed: an engine made from a copy of the rules with
 * one figure changed (the way team.yaml changes PROD-1's reship limit) follows the copy, and the
 * app's engine, made from the loaded rules, keeps the playbook's figure, whichever runs first.
 */

/** The rules with one figure of one rule replaced; every other rule is the same object. */
function rulesWith(ruleId: string, name: string, change: (figure: Figure) => Figure): Rule[] {
  return rules.map((rule) => (rule.id === ruleId ? { ...rule, figures: { ...rule.figures, [name]: change(rule.figures![name]!) } } : rule));
}

/** PROD-1's reship price limit raised from 30 to 50 in every currency, as test/fixtures/team/changed-figure.yaml sets it. */
const reshipUpTo50 = rulesWith('PROD-1', 'reshipPriceLimit', (figure) => ({
  ...figure,
  value: 50,
  amounts: { USD: 50, GBP: 40, EUR: 45, CAD: 70, AUD: 75, JPY: 7500, MXN: 950 },
}));

/** MSG-2's time to answer an Amazon buyer message, 24 hours in the playbook, made 48. */
const replyIn48Hours = rulesWith('MSG-2', 'replyWithin', (figure) => ({ ...figure, value: 48 }));

// The damaged kettle (42.99 USD), severely damaged: a reship is wrong under a 30 USD limit, not under 50.
const severeKettle = facts({ ...damagedKettle.facts, damage: 'severe' } as CaseFactsInput);
const reshipVerdict = (advice: ReturnType<typeof app.advise>) =>
  advice.wrong.some((i) => i.key === 'reship') ? 'wrong' : advice.recommended.some((i) => i.key === 'reship') ? 'recommended' : 'not wrong';
const replyDue = (deadlines: ReturnType<typeof app.deadlinesFor>) => deadlines.find((d) => d.ruleId === 'MSG-2' && d.key === 'reply')?.closesAt;

describe('createEngine', () => {
  it('advises from the rules it is handed, and the app engine from the loaded rules', () => {
    const team = createEngine(createPolicy(reshipUpTo50));
    // The handed-in engine first, then the app's: no table of one leaks into the other.
    expect(reshipVerdict(team.advise(severeKettle))).not.toBe('wrong');
    expect(reshipVerdict(app.advise(severeKettle))).toBe('wrong');
    expect(team.judge(severeKettle, { type: 'reship' }).verdict).not.toBe('wrong');
    expect(app.judge(severeKettle, { type: 'reship' }).verdict).toBe('wrong');
    // The rule's own words say its engine's figure.
    expect(team.readableRuleOf('PROD-1').text.en).toContain('of 50 USD');
    expect(app.readableRuleOf('PROD-1').text.en).toContain('of 30 USD');
    expect(team.fillFigures('{reshipPriceLimit}', 'PROD-1', 'en', 'USD')).toBe('50 USD');
    expect(app.fillFigures('{reshipPriceLimit}', 'PROD-1', 'en', 'USD')).toBe('30 USD');
  });

  it('counts deadlines from the rules it is handed', () => {
    const app24 = replyDue(app.deadlinesFor(severeKettle, severeKettle.asOf!));
    const team = createEngine(createPolicy(replyIn48Hours));
    const team48 = replyDue(team.deadlinesFor(severeKettle, severeKettle.asOf!));
    expect(app24).toBe('2026-03-03T08:15:00.000Z');
    expect(team48).toBe('2026-03-04T08:15:00.000Z');
    // Asked again after the other engine ran, the app engine still answers from its own rules.
    expect(replyDue(app.deadlinesFor(severeKettle, severeKettle.asOf!))).toBe(app24);
  });

  it('scores the simulator by the rules it is handed', () => {
    const team = createEngine(createPolicy(reshipUpTo50));
    // The kettle in stock, its first remedy a reship, then the best decisions: a never-do under 30 USD, none under 50.
    const reshipPlay = (engine: typeof app) => {
      const inStock = { ...damagedKettle, hidden: damagedKettle.hidden?.filter((h) => h.by !== 'check-stock') };
      const parsed = engine.simulator.parseScenario(inStock);
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      const kettle = parsed.scenario;
      const best = engine.simulator.bestPath(kettle);
      const at = best.findIndex((d) => d.type === 'resolve' && d.action.type !== 'ask-photos');
      const path: Decision[] = [...best.slice(0, at), { type: 'resolve', action: { type: 'reship' } }];
      let state = simulator.initialState(kettle);
      for (const d of path) state = engine.simulator.step(kettle, state, d).state;
      for (let i = 0; i < 50 && state.phase !== 'closed'; i++) {
        const d = engine.simulator.bestDecision(kettle, state)!;
        state = engine.simulator.step(kettle, state, d).state;
        path.push(d);
      }
      return engine.simulator.scoreTrace(kettle, path);
    };
    const underTeam = reshipPlay(team);
    const underPlaybook = reshipPlay(app);
    expect(underPlaybook.neverDo).toContainEqual(expect.objectContaining({ ruleId: 'PROD-1' }));
    expect(underTeam.neverDo.filter((n) => n.ruleId === 'PROD-1')).toEqual([]);
    expect(underTeam.total).toBeGreaterThan(underPlaybook.total);
  });

  it('keeps the policy it was made from', () => {
    const policy = createPolicy(reshipUpTo50);
    expect(createEngine(policy).policy).toBe(policy);
    expect(app.policy).toBe(appPolicy);
    expect(policy.figureOf('PROD-1', 'reshipPriceLimit').value).toBe(50);
    expect(appPolicy.figureOf('PROD-1', 'reshipPriceLimit').value).toBe(30);
  });

  it('refuses a rule that is not in the rules it is handed, naming it', () => {
    const withoutMsg2 = createEngine(createPolicy(rules.filter((rule) => rule.id !== 'MSG-2')));
    expect(() => withoutMsg2.policy.ruleOf('MSG-2')).toThrow('unknown rule MSG-2');
    // HEALTH-1's text reads MSG-2's reply time: its words cannot be made without it.
    expect(() => withoutMsg2.readableRules()).toThrow(/rule HEALTH-1 text \(en\): \{MSG-2\.replyWithin\} names no figure of MSG-2/);
    expect(replyDue(app.deadlinesFor(severeKettle, severeKettle.asOf!))).toBeDefined();
  });
});

describe('the engine object', () => {
  /** Whether a function's first parameter is the policy, read from its source. */
  const takesPolicy = (f: unknown) => typeof f === 'function' && /^(async\s+)?(function\s*\*?\s*[\w$]*\s*)?\(\s*policy\b/.test(Function.prototype.toString.call(f));
  /** The names the engine gives the two schema makers. */
  const renamed: Record<string, string> = { scenarioSchemaOf: 'scenarioSchema', quizSettingsSchemaOf: 'settingsSchema' };
  /** Functions of an API that take the policy but that the engine does not offer bound. */
  const unbound = (api: object, part: object) =>
    Object.entries(api)
      .filter(([name, f]) => name !== 'createEngine' && takesPolicy(f))
      .map(([name]) => name)
      .filter((name) => !((renamed[name] ?? name) in part));

  it('offers every function of the API that reads the rules, bound to its policy', async () => {
    const index = await import('../../src/engine');
    expect(Object.values(index.simulator).filter(takesPolicy).length).toBeGreaterThan(10);
    expect(unbound(index, app)).toEqual([]);
    expect(unbound(index.simulator, app.simulator)).toEqual([]);
    expect(unbound(index.quiz, app.quiz)).toEqual([]);
    // The check bites: an API with one more such function is caught.
    expect(unbound({ ...index.quiz, redrawQuiz: (policy: unknown) => policy }, app.quiz)).toEqual(['redrawQuiz']);
  });
});
