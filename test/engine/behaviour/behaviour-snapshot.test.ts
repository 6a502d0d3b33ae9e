import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/engine/advise';
import { parseCaseFacts } from '../../../src/engine/check-case-facts';
import { deadlinesFor } from '../../../src/engine/clock';
import { checkReply, type ReplyContext } from '../../../src/engine/reply-check';
import { caseKinds, type CaseFacts } from '../../../src/engine/case';
import { bestPath, initialState, play, scoreTrace, step, type Scenario } from '../../../src/engine/simulator';
import { rules, policy } from '../../../src/engine/loaded-policy';
import { readableRule } from '../../../src/engine/readable-rule';
import { inBothLangs } from '../../../src/i18n/say-both';
import { caseFactsArbitrary } from '../case-arbitrary';
import { authoredScenarios } from '../simulator/authored-scenarios';
import { choiceArbitrary, decisionFor, scenarioSweep } from '../simulator/walk';
import catchRows from '../fixtures/reply-catch.json';
import cleanRows from '../fixtures/reply-clean.json';

/**
 * The engine's behaviour, pinned: what `advise`, `deadlinesFor`, `scoreTrace` and `checkReply`
 * return over a few thousand fixed-seed cases, and every rule as data and as read, one short hash per case in behaviour.json.
 * A refactor of how the rules are stored or handed over must leave every line alone; a change
 * of behaviour shows which case moved. Rewrite the file only for a change meant to alter
 * behaviour: UPDATE_BEHAVIOUR=1 npx vitest run test/engine/behaviour.
 */
const snapshotFile = new URL('./behaviour.json', import.meta.url);
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function factsCases(): CaseFacts[] {
  const inputs = fc.sample(caseFactsArbitrary, { seed: 16, numRuns: 2500 });
  return inputs.flatMap((input) => {
    const parsed = parseCaseFacts(input);
    return parsed.ok ? [parsed.facts] : [];
  });
}

/** A generated case played by the rules, and the same case played by a fixed random walk. */
function traces(scenario: Scenario, seed: number): unknown[][] {
  const best = bestPath(policy, scenario);
  const choices = fc.sample(fc.array(choiceArbitrary, { minLength: 1, maxLength: 8 }), { seed, numRuns: 1 })[0]!;
  const walk: unknown[] = [];
  let state = initialState(scenario);
  for (const choice of choices) {
    if (state.phase === 'closed') break;
    const decision = decisionFor(state, choice);
    walk.push(decision);
    state = step(policy, scenario, state, decision).state;
  }
  return [best, walk, best.slice(0, Math.ceil(best.length / 2))];
}

function replyContexts(): ReplyContext[] {
  const out: ReplyContext[] = [{ platform: 'amazon' }, { platform: 'ebay' }, { platform: 'amazon', problem: true }];
  for (const kind of caseKinds) out.push({ platform: kind.startsWith('ebay') ? 'ebay' : 'amazon', caseKind: kind });
  return out;
}

function behaviour(): Record<string, string> {
  const out: Record<string, string> = {};
  // The rules themselves, as data and as a reader sees them (money in every currency, and in one).
  for (const rule of rules) out[`rule ${rule.id}`] = hash([rule, readableRule(policy, rule), readableRule(policy, rule, 'EUR')]);
  factsCases().forEach((facts, i) => {
    out[`advise ${i}`] = hash(advise(policy, facts));
    const asOf = typeof facts.asOf === 'string' ? facts.asOf : '2026-03-01T09:00:00.000Z';
    out[`deadlinesFor ${i}`] = hash([deadlinesFor(policy, facts, asOf), deadlinesFor(policy, facts, '2026-03-01T09:00:00.000Z')]);
  });
  const scenarios = [...authoredScenarios, ...scenarioSweep(12)];
  scenarios.forEach((scenario, i) => {
    out[`scoreTrace ${i} ${scenario.id}`] = hash(
      // The score's messages said through both catalogs: what the engine wrote in both languages itself before its words moved there.
      traces(scenario, 1000 + i).map((trace) => [inBothLangs(scoreTrace(policy, scenario, trace)), play(policy, scenario, trace, initialState(scenario)).state]),
    );
  });
  const drafts = [...catchRows, ...cleanRows] as { draft: string }[];
  const contexts = replyContexts();
  drafts.forEach((row, i) => {
    // The findings' explanations and fixes said through both catalogs, as for the score.
    out[`checkReply ${i}`] = hash(contexts.map((ctx) => inBothLangs(checkReply(row.draft, ctx))));
  });
  return out;
}

describe('the engine’s behaviour', () => {
  it('is what behaviour.json recorded, case by case', () => {
    const now = behaviour();
    expect(Object.keys(now).length).toBeGreaterThan(3000);
    if (process.env.UPDATE_BEHAVIOUR === '1') writeFileSync(snapshotFile, JSON.stringify(now, null, 0).replace(/,"/g, ',\n"') + '\n');
    // A missing record is a failure, not a fresh start: the guard only guards what it compares.
    expect(existsSync(snapshotFile), `${snapshotFile} is missing: record it with UPDATE_BEHAVIOUR=1`).toBe(true);
    const recorded = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, string>;
    const moved = Object.keys({ ...recorded, ...now }).filter((key) => recorded[key] !== now[key]);
    expect(moved.slice(0, 20)).toEqual([]);
  }, 300_000);
});
