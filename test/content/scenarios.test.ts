import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/engine/advise';
import { deadlinesFor } from '../../src/engine/clock';
import { ruleById, policy } from '../../src/engine/loaded-policy';
import { areas } from '../../src/engine/policy/types';
import { bestPath, initialState, parseScenario, play, scoreTrace, stepBound, trueFacts, type Scenario } from '../../src/engine/simulator';

/**
 * The authored cases in src/content/scenarios/: each valid, each with a path to full marks
 * found from the rules, and together covering the playbook.
 */
const dir = 'src/content/scenarios';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const loaded = files.map((file) => {
  const parsed = parseScenario(policy, parse(readFileSync(join(dir, file), 'utf8')));
  return { file, parsed };
});
const scenarios: Scenario[] = loaded.flatMap(({ parsed }) => (parsed.ok ? [parsed.scenario] : []));

/** The rules that speak to a case on their own: its advice and its clocks. */
function rulesOf(scenario: Scenario): Set<string> {
  const facts = trueFacts(scenario, initialState(scenario));
  return new Set([...advise(policy, facts).ruleIds, ...deadlinesFor(policy, facts, facts.asOf!).map((d) => d.ruleId)]);
}

/** The playbook areas a case touches: its own rules, and the outcome rules it declares it teaches. */
const areasOf = (scenario: Scenario): Set<string> => new Set([...rulesOf(scenario), ...scenario.teaches].map((id) => ruleById.get(id)!.area));

describe('authored scenarios', () => {
  it('every file is a valid scenario whose id is its file name', () => {
    const problems = loaded.flatMap(({ file, parsed }) =>
      parsed.ok
        ? parsed.scenario.id === basename(file, '.yaml')
          ? []
          : [`${file}: id "${parsed.scenario.id}" must be the file name`]
        : parsed.problems.map((p) => `${file}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('each has a path, found from the rules, that scores full marks and closes within the step bound', () => {
    const short: string[] = [];
    for (const scenario of scenarios) {
      const path = bestPath(policy, scenario);
      const report = scoreTrace(policy, scenario, path);
      if (report.total !== 100) short.push(`${scenario.id}: best path scores ${report.total}`);
      if (path.length > stepBound(policy, scenario)) short.push(`${scenario.id}: ${path.length} steps, bound ${stepBound(policy, scenario)}`);
      if (play(policy, scenario, path, initialState(scenario)).state.phase !== 'closed') short.push(`${scenario.id}: best path does not close the case`);
    }
    expect(short).toEqual([]);
  });

  it('declare as taught only rules that judge outcomes, or that speak to the case anyway', () => {
    const untrue = scenarios.flatMap((s) =>
      s.teaches
        .filter((id) => {
          const rule = ruleById.get(id)!;
          const decides = (rule.branches?.length ?? 0) > 0 || (rule.deadlines?.length ?? 0) > 0;
          return decides && !rulesOf(s).has(id);
        })
        .map((id) => `${s.id}: teaches ${id}, which does not apply to its facts`),
    );
    expect(untrue).toEqual([]);
  });

  it('the same decisions give the same score', () => {
    for (const scenario of scenarios) expect(scoreTrace(policy, scenario, bestPath(policy, scenario))).toEqual(scoreTrace(policy, scenario, [...bestPath(policy, scenario)]));
  });

  it('cover the playbook: at least 40 cases, 3 per area, 6 on eBay, 10 over several rounds, every difficulty', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    const perArea = Object.fromEntries(areas.map((a) => [a, scenarios.filter((s) => areasOf(s).has(a)).length]));
    expect(
      Object.entries(perArea).filter(([, n]) => n < 3),
      JSON.stringify(perArea),
    ).toEqual([]);
    expect(scenarios.filter((s) => s.platform === 'ebay').length).toBeGreaterThanOrEqual(6);
    const multiRound = scenarios.filter((s) => play(policy, s, bestPath(policy, s), initialState(s)).state.round > 1);
    expect(multiRound.length).toBeGreaterThanOrEqual(10);
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set([1, 2, 3]));
  });
});
