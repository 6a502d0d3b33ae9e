import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Decision, Scenario } from '../../src/engine/simulator';
import { damagedKettle } from './simulator/fixtures/authored';
import { sayBoth } from '../../src/i18n/say-both';

/**
 * One figure changed in the team's file reaches every part together: the handbook's inline
 * figure, the rule page, the quiz's answer, the simulator's score and the tools. Each part is
 * loaded afresh with CASEBOOK_TEAM naming a fixture that raises PROD-1's reship price limit from
 * 30 to 50 USD; the damaged kettle (42.99 USD, severe once the photos are in) sits between the two.
 */

const changed = 'test/fixtures/team/changed-figure.yaml';

async function engineWith(teamFile: string | undefined) {
  vi.resetModules();
  if (teamFile) vi.stubEnv('CASEBOOK_TEAM', teamFile);
  else vi.stubEnv('CASEBOOK_TEAM', '');
  const [{ policy, figureOf }, { formatFigure }, { readableRuleOf }, quiz, sim, { advise }, { loadTeamSettings }] = await Promise.all([
    import('../../src/engine/loaded-policy'),
    import('../../src/engine/figures'),
    import('../../src/engine/readable-rule'),
    import('../../src/engine/quiz'),
    import('../../src/engine/simulator'),
    import('../../src/engine/advise'),
    import('../../src/engine/policy/rule-files'),
  ]);
  const kettle = ((): Scenario => {
    // The kettle in stock, so that only the price limit decides whether a reship is right.
    const inStock = { ...damagedKettle, hidden: damagedKettle.hidden?.filter((h) => h.by !== 'check-stock') };
    const parsed = sim.parseScenario(policy, inStock);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    return parsed.scenario;
  })();
  // The best path with its first remedy replaced by a reship, then the rules finish the case.
  const best = sim.bestPath(policy, kettle);
  const at = best.findIndex((d) => d.type === 'resolve' && d.action.type !== 'ask-photos');
  let state = sim.initialState(kettle);
  const path: Decision[] = [...best.slice(0, at), { type: 'resolve', action: { type: 'reship' } }];
  for (const d of path) state = sim.step(policy, kettle, state, d).state;
  for (let i = 0; i < 50 && state.phase !== 'closed'; i++) {
    const d: Decision = state.phase === 'reply' ? { type: 'pick-draft', draft: 0 } : { type: 'resolve', action: { type: 'apologize' } };
    state = sim.step(policy, kettle, state, d).state;
    path.push(d);
  }
  const settings = quiz.quizSettingsSchemaOf(policy).parse({ seed: 'team-settings', kinds: ['fact'] });
  const figureItem = quiz
    .factQuestions(policy, () => 0.5, settings, sayBoth)
    .find((item) => item.source.ask === 'figure' && item.source.rule === 'PROD-1' && 'figure' in item.source && item.source.figure === 'reshipPriceLimit');
  const severe = { ...kettle.facts, damage: 'severe' } as typeof kettle.facts;
  const advice = advise(policy, severe);
  return {
    team: loadTeamSettings(),
    handbookFigure: formatFigure(figureOf('PROD-1', 'reshipPriceLimit'), 'en'),
    rulePageText: readableRuleOf(policy, 'PROD-1').text,
    quizAnswer: figureItem?.answer,
    reshipScore: sim.scoreTrace(policy, kettle, path),
    reshipAdvice: advice.wrong.some((i) => i.key === 'reship') ? 'wrong' : advice.recommended.some((i) => i.key === 'reship') ? 'recommended' : 'acceptable',
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('a figure set in team.yaml', () => {
  it('changes the handbook, the rule page, the quiz, the simulator and the tools together', async () => {
    const playbook = await engineWith(undefined);
    const team = await engineWith(changed);

    expect(playbook.team.name).toBe('Casebook team');
    expect(team.team).toMatchObject({ name: 'Northwind After-Sales', marketplaces: ['amazon'] });

    // The handbook's inline figure and the rule page.
    expect(playbook.handbookFigure).toMatch(/^30 USD/);
    expect(team.handbookFigure).toMatch(/^50 USD/);
    for (const lang of ['en', 'zh-cn'] as const) {
      expect(playbook.rulePageText[lang]).toContain(lang === 'en' ? 'of 30 USD' : '不超过 30 美元');
      expect(team.rulePageText[lang]).toContain(lang === 'en' ? 'of 50 USD' : '不超过 50 美元');
    }

    // The quiz: the figure question's right answer is the team's value.
    expect(playbook.quizAnswer).toEqual(['value-30']);
    expect(team.quizAnswer).toEqual(['value-50']);

    // The tools: reshipping the 42.99 USD kettle is wrong under 30, allowed under 50.
    expect(playbook.reshipAdvice).toBe('wrong');
    expect(team.reshipAdvice).not.toBe('wrong');

    // The simulator: the same play scores as a never-do under 30 and passes under 50.
    expect(playbook.reshipScore.passed).toBe(false);
    expect(playbook.reshipScore.neverDo).toContainEqual(expect.objectContaining({ ruleId: 'PROD-1' }));
    expect(team.reshipScore.neverDo.filter((n) => n.ruleId === 'PROD-1')).toEqual([]);
    expect(team.reshipScore.total).toBeGreaterThan(playbook.reshipScore.total);
  }, 120_000);

  it('the high-value line: a 500 USD item is high value under the playbook’s line and not under a team’s 1,000 USD line', async () => {
    const judged = async (teamFile: string | undefined) => {
      vi.resetModules();
      vi.stubEnv('CASEBOOK_TEAM', teamFile ?? '');
      const [{ policy }, { isHighValue }, { highValueRuleLine, highValueWords }, { advise }, { returnRequest, order }] = await Promise.all([
        import('../../src/engine/loaded-policy'),
        import('../../src/engine/high-value'),
        import('../../src/engine/high-value-words'),
        import('../../src/engine/advise'),
        import('./fixtures'),
      ]);
      const advice = advise(policy, returnRequest({ order: order({ price: 500, currency: 'USD' }) }));
      return {
        highValue: isHighValue(policy, { price: 500, currency: 'USD' }),
        ruleLine: highValueRuleLine(policy, 'zh-cn'),
        words: highValueWords(policy, { price: 500, currency: 'USD' }, 'en'),
        checksReturnCost: advice.recommended.some((i) => i.key.startsWith('check-return-cost')),
      };
    };
    const playbook = await judged(undefined);
    const team = await judged('test/fixtures/team/high-value-line.yaml');
    expect([playbook.highValue, team.highValue]).toEqual([true, false]);
    expect(playbook.ruleLine).toContain('200 美元');
    expect(team.ruleLine).toContain('1,000 美元');
    expect(team.words).toMatch(/^High-value item: no — the price, 500 USD, is not above the team’s line of 1,000 USD/);
    // RET-4: weigh the return cost of a high-value item; a low-value one may be refunded without it.
    expect([playbook.checksReturnCost, team.checksReturnCost]).toEqual([true, false]);
  }, 60_000);

  it('fails the load naming the file and the field when a value is bad', async () => {
    vi.resetModules();
    vi.stubEnv('CASEBOOK_TEAM', 'test/fixtures/team/bad-figure.yaml');
    await expect(import('../../src/engine/loaded-policy')).rejects.toThrow(
      'test/fixtures/team/bad-figure.yaml: figures.PROD-1.reshipPriceLimit.USD: expected a positive number',
    );
  });
});
