import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/engine/issues';
import { handbookFrontmatter } from '../../src/handbook/schema';
import { typedFigure } from '../../src/handbook/remark-handbook';
import { readPage } from './mdx';

// Broken pages kept on purpose: each must fail the check that guards against it.
const root = fileURLToPath(new URL('../fixtures/handbook/', import.meta.url));
const page = (name: string) => readPage(`${root}en/${name}.mdx`, root);

describe('the handbook guards bite', () => {
  it('refuse a figure typed in prose, naming the file and line', () => {
    expect(page('bad-figure').problems).toEqual([expect.stringMatching(/^en\/bad-figure\.mdx:11:\d+: prose holds a typed figure \("3"/)]);
  });

  it('refuse a figure spelled out with its unit, in English and Chinese', () => {
    expect(page('bad-words').problems[0]).toMatch(/^en\/bad-words\.mdx:11:\d+: prose holds a typed figure \("seven days"/);
    expect(typedFigure('请在七天内回复')).toMatch(/七天/);
    expect(typedFigure('Rules such as PROD-1 and AZ-11 are cited by ID.')).toBeNull();
    expect(typedFigure('The apology letter has five parts.')).toBeNull();
  });

  it('refuse a rule ID that does not exist', () => {
    expect(page('bad-rule').problems).toEqual([expect.stringMatching(/^en\/bad-rule\.mdx:11:1: <Rule id="NOPE-9">: no rule has this ID/)]);
  });

  it('refuse broken frontmatter, naming each field', () => {
    const parsed = handbookFrontmatter.safeParse(page('bad-frontmatter').frontmatter);
    expect(parsed.success).toBe(false);
    const problems = parsed.success ? [] : formatIssues(parsed.error);
    expect(problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['description', 'group', 'order', 'lastReviewed']));
  });
});
