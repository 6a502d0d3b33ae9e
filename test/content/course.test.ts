import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { courseProblems } from '../../src/course/references';
import { courseModule, type CourseModule } from '../../src/course/schema';
import { areas } from '../../src/engine/policy/types';
import { rules } from '../../src/engine/loaded-policy';

const pagesOf = (lang: string) => {
  const root = join('src/content/handbook', lang);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name)).replace(/\.mdx$/, '')]));
  return new Set(walk(root));
};
const pages = { en: pagesOf('en'), 'zh-cn': pagesOf('zh-cn') };
const scenarioIds = new Set(readdirSync('src/content/scenarios').map((f) => f.replace(/\.yaml$/, '')));
const load = (path: string) => (parse(readFileSync(path, 'utf8')) as unknown[]).map((m) => courseModule.parse(m));

describe('the onboarding course', () => {
  const course: CourseModule[] = load('src/content/course.yaml');

  it('has the nine modules in order, each pointing at pages and cases that exist', () => {
    expect(course.map((m) => m.id)).toEqual(['orientation', 'messages', 'shipping', 'product', 'returns', 'claims', 'chargebacks-feedback', 'ebay', 'final-shift']);
    expect(courseProblems(course, pages, scenarioIds)).toEqual([]);
  });

  it('checks every area of the playbook in some module', () => {
    const checked = new Set(course.flatMap((m) => ('areas' in m.check ? m.check.areas : [])));
    expect(areas.filter((a) => !checked.has(a))).toEqual([]);
  });

  it('gives every quiz-checked module two to four practice cases', () => {
    for (const m of course) if ('areas' in m.check) expect(m.practice.length, m.id).toBeGreaterThanOrEqual(2);
    expect(courseModule.safeParse({ ...course[0], practice: ['one-case'] }).success).toBe(false);
  });

  it('gives module 1 only beginner cases, and a gate a first-day hire can meet', () => {
    const difficulty = (id: string) => (parse(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as { difficulty: number }).difficulty;
    const [first] = course;
    expect(first!.practice.map(difficulty)).toEqual(first!.practice.map(() => 1));
    expect(first!.gate?.practice).toBeLessThanOrEqual(first!.practice.length);
  });

  it('marks a module about one marketplace, whose readings and checked areas are that marketplace’s alone', () => {
    const rulePlatforms = (area: string) => new Set(rules.filter((r) => r.area === area).map((r) => r.platform));
    const marked = course.filter((m) => m.platform);
    expect(marked.map((m) => [m.id, m.platform])).toEqual([['ebay', 'ebay']]);
    for (const m of marked) {
      expect(
        m.reading.every((slug) => slug.startsWith(`${m.platform}/`)),
        m.id,
      ).toBe(true);
      for (const area of 'areas' in m.check ? m.check.areas : []) expect([...rulePlatforms(area)], `${m.id}: ${area}`).toEqual([m.platform]);
    }
    const wrong = courseModule.safeParse({ ...course[0], platform: 'etsy' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['platform']);
  });

  it('names every broken reference in a broken course', () => {
    const problems = courseProblems(load('test/fixtures/course/broken-course.yaml'), pages, scenarioIds);
    expect(problems).toEqual([
      'course.yaml: orientation.reading[0]: no en handbook page "start/no-such-page"',
      'course.yaml: orientation.reading[0]: no zh-cn handbook page "start/no-such-page"',
      'course.yaml: orientation.practice[1]: no written case "no-such-case"',
      'course.yaml: orientation: the module ID is used twice',
      'course.yaml: orientation.check: the last module is the assessed shift',
    ]);
  });
});
