import { describe, expect, it } from 'vitest';
import type { CaseKind } from '../../src/engine/case';
import { checkReply, type FindingKind, type ReplyContext } from '../../src/engine/reply-check';
import catchSet from './fixtures/reply-catch.json';
import cleanSet from './fixtures/reply-clean.json';

/**
 * The catch set and the clean set, in English, German and French (buyers on amazon.de and
 * amazon.fr are written to in their language). Every catch draft must raise an error of its
 * kind; every clean draft must raise no error, on either platform. Suggestions (a missing
 * apology and the like) are not the point here.
 */

interface CatchRow {
  lang: 'en' | 'de' | 'fr';
  kind: FindingKind;
  draft: string;
  caseKind?: CaseKind;
}
interface CleanRow {
  lang: 'en' | 'de' | 'fr';
  draft: string;
  caseKind?: CaseKind;
}

const catches = catchSet as CatchRow[];
const cleans = cleanSet as CleanRow[];
const contexts = (caseKind?: CaseKind): ReplyContext[] => (['amazon', 'ebay'] as const).map((platform) => ({ platform, ...(caseKind ? { caseKind } : {}) }));
const errors = (draft: string, ctx: ReplyContext) => checkReply(draft, ctx).filter((f) => f.severity === 'error');
const describeFindings = (draft: string, ctx: ReplyContext) =>
  checkReply(draft, ctx)
    .filter((f) => f.severity !== 'suggestion')
    .map((f) => `${f.kind}/${f.severity}: "${f.text}"`);

describe('reply checker: the catch set and the clean set', () => {
  it('are large enough, the clean set at least as large as the catch set, in all three languages', () => {
    expect(catches.length).toBeGreaterThanOrEqual(80);
    expect(cleans.length).toBeGreaterThanOrEqual(catches.length);
    for (const lang of ['en', 'de', 'fr'] as const) {
      expect(cleans.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
      // Every new kind of fault, and the old ones that read words, is caught in every language.
      for (const kind of ['feedback-request', 'feedback-change', 'incentive', 'phone', 'off-platform', 'blame'] as const) {
        expect(
          catches.some((r) => r.lang === lang && r.kind === kind),
          `${lang} ${kind}`,
        ).toBe(true);
      }
    }
  });

  it.each(catches.map((r) => [`${r.lang} ${r.kind}: ${r.draft.slice(0, 70)}`, r] as const))('catches %s', (_, row) => {
    for (const ctx of contexts(row.caseKind)) {
      const found = errors(row.draft, ctx);
      expect(
        found.some((f) => f.kind === row.kind),
        `${ctx.platform}: ${JSON.stringify(describeFindings(row.draft, ctx))}`,
      ).toBe(true);
      for (const f of found) expect(row.draft.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it.each(cleans.map((r) => [`${r.lang}: ${r.draft.slice(0, 70)}`, r] as const))('lets through %s', (_, row) => {
    for (const ctx of contexts(row.caseKind)) {
      expect(
        errors(row.draft, ctx).map((f) => `${f.kind}: "${f.text}"`),
        ctx.platform,
      ).toEqual([]);
    }
  });
});
