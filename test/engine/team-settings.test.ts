import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFiles, rulesDir } from '../../src/engine/policy/rule-files';
import { readTeamFile, TeamFileError } from '../../src/engine/policy/team-file';
import { serves } from '../../src/engine/policy/served';
import { applyTeamSettings } from '../../src/engine/policy/team-settings';
import { areas, type RuleRecord } from '../../src/engine/policy/types';

/** The rules as their files hold them, `seller` markers and all. */
const asWritten = loadRuleFiles(areas.map((area) => ({ area, path: join(rulesDir, `${area}.yaml`) })));
const none = { figures: {}, follow: {} };
const figureOf = (rules: readonly RuleRecord[], id: string, name: string) => rules.find((r) => r.id === id)!.figures![name]!;

/** AZ-2's platform update, given a figure of its own to follow (the one written names none). */
const az2Update = (figures: Record<string, { value: number }>) => (rule: RuleRecord) =>
  rule.id === 'AZ-2' ? { ...rule, platformToday: { ...rule.platformToday!, figures } } : rule;
const withUpdate: RuleRecord[] = asWritten.map(az2Update({ respondWithin: { value: 5 } }));

describe('applyTeamSettings', () => {
  it('with no settings changes no figure, removes only the seller markers and says the team follows the playbook', () => {
    const { rules, problems } = applyTeamSettings(asWritten, none);
    expect(problems).toEqual([]);
    const followsPlaybook = (rule: RuleRecord) => (rule.platformToday && !rule.platformToday.forbids ? { ...rule, follows: 'playbook' } : rule);
    expect(JSON.stringify(rules)).toBe(JSON.stringify(asWritten.map(followsPlaybook)).replace(/"seller":true,/g, ''));
    expect(JSON.stringify(asWritten)).toContain('"seller":true');
  });

  it('marks the figures the playbook leaves to the seller, and only those', () => {
    const marked = asWritten.flatMap((r) => Object.entries(r.figures ?? {}).flatMap(([name, f]) => (f.seller ? [`${r.id}.${name}`] : [])));
    expect(marked).toEqual([
      'SHIP-4.maxCompensation',
      'SHIP-4.highValueCompensation',
      'SHIP-6.highValuePrice',
      'PROD-1.maxCompensation',
      'PROD-1.reshipPriceLimit',
      'PROD-5.keepRefund',
    ]);
  });

  it('sets a percentage and a money figure in every currency', () => {
    const amounts = { USD: 50, GBP: 40, EUR: 45, CAD: 70, AUD: 75, JPY: 7500, MXN: 950 };
    const { rules, problems } = applyTeamSettings(asWritten, { figures: { 'SHIP-4': { maxCompensation: 20 }, 'PROD-1': { reshipPriceLimit: amounts } }, follow: {} });
    expect(problems).toEqual([]);
    expect(figureOf(rules, 'SHIP-4', 'maxCompensation').value).toBe(20);
    expect(figureOf(rules, 'PROD-1', 'maxCompensation').value).toBe(35);
    expect(figureOf(rules, 'PROD-1', 'reshipPriceLimit')).toMatchObject({ value: 50, currency: 'USD', amounts });
  });

  it('names every bad value by its field path', () => {
    const { rules, problems } = applyTeamSettings(asWritten, {
      figures: {
        'PROD-1': { maxCompensation: 120, reshipPriceLimit: { USD: -5, GBP: 25, EUR: 30, CAD: 40, AUD: 45, JPY: 4500, CHF: 30 } },
        'SHIP-4': { highValueCompensation: 'ten' },
        'AZ-2': { respondWithin: 5 },
        'PROD-5': { nothing: 1 },
        'NOPE-1': { x: 1 },
      },
      follow: { 'AZ-3': 'platform', 'ZZ-9': 'playbook' },
    });
    expect(rules).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'figures.AZ-2.respondWithin: not a figure the playbook leaves to the seller; a team may set only those marked seller: true',
        'figures.PROD-5.nothing: PROD-5 has no figure "nothing"',
        'figures.NOPE-1: no rule has this ID',
        'follow.AZ-3: AZ-3 has no platform update to follow (no platformToday)',
        'follow.ZZ-9: no rule has this ID',
      ]),
    );
    // The figures' own values are checked once the names are right.
    const values = applyTeamSettings(asWritten, {
      figures: {
        'PROD-1': { maxCompensation: 120, reshipPriceLimit: { USD: -5, GBP: 25, EUR: 30, CAD: 40, AUD: 45, JPY: 4500, CHF: 30 } },
        'SHIP-4': { highValueCompensation: 'ten' },
      },
      follow: {},
    });
    expect(values.problems).toEqual([
      'figures.SHIP-4.highValueCompensation: expected a positive number',
      'figures.PROD-1.maxCompensation: expected a percentage of at most 100',
      'figures.PROD-1.reshipPriceLimit.USD: expected a positive number',
      'figures.PROD-1.reshipPriceLimit.MXN: required (an amount in this currency)',
      'figures.PROD-1.reshipPriceLimit.CHF: unknown currency; expected USD|GBP|EUR|CAD|AUD|JPY|MXN',
    ]);
  });

  it('follows the playbook by default and the platform when chosen, with the platform’s figures', () => {
    const byDefault = applyTeamSettings(withUpdate, none);
    expect(byDefault.problems).toEqual([]);
    const az2 = byDefault.rules.find((r) => r.id === 'AZ-2')!;
    expect(az2.follows).toBe('playbook');
    expect(az2.figures!.respondWithin!.value).toBe(7);
    expect(byDefault.rules.find((r) => r.id === 'AZ-1')!.follows).toBeUndefined();

    const platform = applyTeamSettings(withUpdate, { figures: {}, follow: { 'AZ-2': 'platform' } });
    expect(platform.problems).toEqual([]);
    const followed = platform.rules.find((r) => r.id === 'AZ-2')!;
    expect(followed.follows).toBe('platform');
    expect(followed.figures!.respondWithin!.value).toBe(5);
  });

  it('refuses a platform update naming a figure its rule does not have', () => {
    const bad: RuleRecord[] = asWritten.map(az2Update({ nope: { value: 5 } }));
    expect(applyTeamSettings(bad, { figures: {}, follow: { 'AZ-2': 'platform' } }).problems).toEqual([
      'follow.AZ-2: the platform update names figure "nope", which AZ-2 does not have',
    ]);
  });

  it('offers no choice where the platform now forbids what the sources advised', () => {
    const forbidding = asWritten.filter((rule) => rule.platformToday?.forbids);
    expect(forbidding.map((rule) => rule.id)).toContain('FB-3');
    expect(applyTeamSettings(asWritten, { figures: {}, follow: { 'FB-3': 'playbook' } }).problems).toEqual([
      'follow.FB-3: the platform now forbids what the sources advised here, so FB-3 holds for every team and offers no choice',
    ]);
    for (const rule of forbidding) expect(applyTeamSettings(asWritten, none).rules.find((r) => r.id === rule.id)!.follows).toBeUndefined();
  });
});

describe('team.yaml', () => {
  it('ships with a neutral name, both marketplaces and the playbook’s figures', () => {
    const team = readTeamFile(join(rulesDir, '../../../../team.yaml'));
    expect(team).toMatchObject({ name: 'Casebook team', marketplaces: ['amazon', 'ebay'], figures: {}, follow: {} });
    expect(team.escalateTo.en && team.escalateTo['zh-cn']).toBeTruthy();
  });

  it('is refused, naming the file and the field, when a field is missing or unknown', () => {
    let error: unknown;
    try {
      readTeamFile('test/fixtures/team/bad-shape.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TeamFileError);
    expect((error as TeamFileError).problems).toEqual([
      'test/fixtures/team/bad-shape.yaml: marketplaces[1]: expected amazon|ebay, got "etsy"',
      'test/fixtures/team/bad-shape.yaml: escalateTo: required (object)',
      'test/fixtures/team/bad-shape.yaml: (the file): unknown field colour',
    ]);
  });
});

describe('serves', () => {
  it('keeps content for a served marketplace, for both, and for none; drops the other', () => {
    expect(serves(['amazon'], 'amazon')).toBe(true);
    expect(serves(['amazon'], 'both')).toBe(true);
    expect(serves(['amazon'], 'start')).toBe(true);
    expect(serves(['amazon'], 'ebay')).toBe(false);
    expect(serves(['amazon', 'ebay'], 'ebay')).toBe(true);
  });
});
