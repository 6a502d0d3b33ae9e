import { describe, expect, it } from 'vitest';
import { rules } from '../../src/engine/loaded-policy';
import { loadRules } from '../../src/engine/policy/rule-files';
import { GET } from '../../src/pages/policy/rules.json';

const served = async (): Promise<Record<string, unknown>[]> => JSON.parse(await (await GET({} as never)).text());

describe('the rules the engine reads in the browser (/policy/rules.json)', () => {
  it('are the registry’s rules, both languages, in order, with the team’s figures applied', async () => {
    const file = await served();
    expect(file.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const prod1 = file.find((r) => r.id === 'PROD-1') as { figures: Record<string, unknown>; title: Record<string, string> };
    expect(prod1.figures).toEqual(rules.find((r) => r.id === 'PROD-1')!.figures);
    expect(Object.keys(prod1.title).sort()).toEqual(['en', 'zh-cn']);
  });

  it('leave out what only the server-drawn rule boxes read: when a rule was checked, the platform-today note, which version the team follows', async () => {
    // The rules do carry it, so leaving it out is the file's doing.
    expect(loadRules().some((r) => r.platformToday && r.checked && r.follows)).toBe(true);
    for (const rule of await served()) for (const key of ['checked', 'platformToday', 'follows']) expect(rule, `${String(rule.id)}.${key}`).not.toHaveProperty(key);
  });
});
