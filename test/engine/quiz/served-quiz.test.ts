import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAttemptOf, moduleOfQuiz } from '../../../src/course/module-check';
import { courseModule, type CourseModule } from '../../../src/course/schema';
import { servedModules } from '../../../src/course/served-modules';
import { checkSettings } from '../../../src/course/status';
import type { Marketplace } from '../../../src/engine/policy/team-schema';
import { drawingPlatform, generateQuiz, quizIdOf, quizSettings, unservedMarketplace, type Quiz, type QuizSettings } from '../../../src/engine/quiz';
import { seedArbitrary, settingsArbitrary } from './settings-arbitrary';
import { policy } from '../../../src/engine/loaded-policy';
import { sayBoth } from '../../../src/i18n/say-both';

/** A quiz for a team that serves Amazon only (team.yaml `marketplaces: [amazon]`). */
const amazonOnly: Marketplace[] = ['amazon'];
const course: CourseModule[] = (parse(readFileSync('src/content/course.yaml', 'utf8')) as unknown[]).map((m) => courseModule.parse(m));

/** What of a quiz is about eBay: an item for eBay, or about the eBay area. */
const ebayItems = (q: Quiz): string[] => q.items.filter((i) => i.platform === 'ebay' || i.area === 'ebay').map((i) => i.id);

describe('a quiz for the marketplaces the team serves', () => {
  it('names the marketplace a link asks about that the team does not serve', () => {
    expect(unservedMarketplace(policy, { platform: 'ebay', areas: [] }, amazonOnly)).toBe('ebay');
    expect(unservedMarketplace(policy, { platform: 'both', areas: ['ebay'] }, amazonOnly)).toBe('ebay');
    expect(unservedMarketplace(policy, { platform: 'amazon', areas: ['ebay'] }, amazonOnly)).toBe('ebay');
    expect(unservedMarketplace(policy, { platform: 'amazon', areas: ['returns'] }, ['ebay'])).toBe('amazon');
  });

  it('accepts what the team serves, and areas of which one is served', () => {
    expect(unservedMarketplace(policy, { platform: 'amazon', areas: [] }, amazonOnly)).toBeNull();
    expect(unservedMarketplace(policy, { platform: 'both', areas: [] }, amazonOnly)).toBeNull();
    expect(unservedMarketplace(policy, { platform: 'both', areas: ['ebay', 'returns'] }, amazonOnly)).toBeNull();
    expect(unservedMarketplace(policy, { platform: 'both', areas: ['messages'] }, ['ebay'])).toBeNull();
    for (const platform of ['amazon', 'ebay', 'both'] as const) expect(unservedMarketplace(policy, { platform, areas: ['ebay'] }, ['amazon', 'ebay'])).toBeNull();
  });

  it('narrows "both" to the one marketplace served, and leaves it for a team that serves both', () => {
    expect(drawingPlatform('both', amazonOnly)).toBe('amazon');
    expect(drawingPlatform('both', ['ebay'])).toBe('ebay');
    expect(drawingPlatform('both', ['amazon', 'ebay'])).toBe('both');
    expect(drawingPlatform('amazon', amazonOnly)).toBe('amazon');
  });

  it('refuses to draw a quiz about a marketplace the team does not serve', () => {
    expect(() => generateQuiz(policy, quizSettings(policy, { seed: 'x', platform: 'ebay' }), { served: amazonOnly, say: sayBoth })).toThrow(
      /ebay, a marketplace the team does not serve/,
    );
    expect(() => generateQuiz(policy, quizSettings(policy, { seed: 'x', areas: ['ebay'] }), { served: amazonOnly, say: sayBoth })).toThrow(RangeError);
    expect(generateQuiz(policy, quizSettings(policy, { seed: 'x', platform: 'ebay' }), { served: ['amazon', 'ebay'], say: sayBoth }).items.length).toBeGreaterThan(0);
  });

  it('without the team’s list, a quiz on both marketplaces has eBay items (the guard below has something to catch)', () => {
    const found = ['a', 'b', 'c', 'd'].some((seed) => ebayItems(generateQuiz(policy, quizSettings(policy, { seed, count: 20 }), { say: sayBoth })).length > 0);
    expect(found).toBe(true);
  });

  it('never puts an eBay item in an Amazon-only team’s quiz, and keeps the quiz’s settings and ID', () => {
    const fitting = settingsArbitrary.filter((s) => unservedMarketplace(policy, s, amazonOnly) === null);
    fc.assert(
      fc.property(fitting, (settings: QuizSettings) => {
        const quiz = generateQuiz(policy, settings, { served: amazonOnly, say: sayBoth });
        expect(ebayItems(quiz)).toEqual([]);
        expect(quiz.settings).toEqual(settings);
        expect(quiz.id).toBe(quizIdOf(settings));
      }),
      { numRuns: 30 },
    );
  });

  it('fills a default ("both") quiz with Amazon items for an Amazon-only team, over many seeds', () => {
    fc.assert(
      fc.property(seedArbitrary, (seed) => {
        const quiz = generateQuiz(policy, quizSettings(policy, { seed, count: 10 }), { served: amazonOnly, say: sayBoth });
        expect(ebayItems(quiz)).toEqual([]);
        expect(quiz.items.length).toBe(10);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the course for a team that serves one marketplace', () => {
  it('leaves out the eBay module for an Amazon-only team, and keeps every module for a team that serves both', () => {
    expect(servedModules(course, amazonOnly).map((m) => m.id)).toEqual(course.filter((m) => m.id !== 'ebay').map((m) => m.id));
    expect(servedModules(course, ['amazon', 'ebay'])).toEqual(course);
  });

  it('draws each module check it keeps from Amazon only, and the check is still its module’s', () => {
    const kept = servedModules(course, amazonOnly).filter((m) => 'areas' in m.check);
    expect(kept.length).toBeGreaterThan(0);
    for (const module of kept)
      for (const attempt of [1, 2, 3]) {
        const settings = quizSettings(policy, checkSettings(module, attempt)!);
        expect(unservedMarketplace(policy, settings, amazonOnly), module.id).toBeNull();
        const quiz = generateQuiz(policy, settings, { served: amazonOnly, say: sayBoth });
        expect(ebayItems(quiz), module.id).toEqual([]);
        expect(checkAttemptOf(module, quiz.settings), module.id).toBe(attempt);
        expect(moduleOfQuiz(kept, quiz.settings)?.id).toBe(module.id);
      }
  });

  it('refuses the left-out eBay module’s check for an Amazon-only team', () => {
    const ebay = course.find((m) => m.id === 'ebay')!;
    expect(unservedMarketplace(policy, quizSettings(policy, checkSettings(ebay, 1)!), amazonOnly)).toBe('ebay');
  });
});
