import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/policy/rule-files';

const noted = loadRules().filter((rule) => rule.platformToday);

describe('platform-today notes', () => {
  it('are recorded for the rules the platforms have moved on from', () => {
    expect(noted.map((rule) => rule.id)).toEqual(expect.arrayContaining(['AZ-2', 'AZ-11', 'EBAY-7', 'RET-5', 'FB-3', 'SHIP-11', 'HEALTH-5']));
  });

  it.each(noted.map((rule) => [rule.id, rule] as const))('%s: says it in both languages, dated, with an https link', (_id, rule) => {
    const today = rule.platformToday!;
    expect(today.note.en.trim().length).toBeGreaterThan(40);
    expect(today.note['zh-cn'].trim().length).toBeGreaterThan(20);
    // Hedged as what it is: each language says when the pages were read.
    expect(today.note.en).toContain(today.checked);
    expect(today.note['zh-cn']).toContain(`${today.checked} 查阅`);
    expect(today.links.some((link) => link.url.startsWith('https://'))).toBe(true);
    // A rule with a platform note was checked against the platform's pages, that day or later.
    expect(rule.checked).toBeDefined();
    expect(rule.checked! >= today.checked).toBe(true);
  });

  it('mark the practices the platform now forbids, which no team setting can bring back', () => {
    expect(noted.filter((rule) => rule.platformToday!.forbids).map((rule) => rule.id)).toEqual(expect.arrayContaining(['AZ-11', 'FB-3', 'SHIP-11', 'HEALTH-5']));
    for (const rule of noted.filter((r) => r.platformToday!.forbids)) expect(rule.platformToday!.figures, rule.id).toBeUndefined();
  });

  it('give a platform figure only for a figure the rule has', () => {
    for (const rule of noted) for (const name of Object.keys(rule.platformToday!.figures ?? {})) expect(rule.figures?.[name], `${rule.id}.${name}`).toBeDefined();
  });
});
