import type { CaseKind } from './case';
import type { FindingKind, ReplyCheck, ReplyPattern, Severity } from './policy/reply-check-types';
import { replyChecks } from './policy/reply-checks';
import { languageMarkers } from './policy/reply-words';
import { foldDraft, spanInDraft } from './reply-folding';
import type { Message } from './message';

/**
 * The reply checker: reads a draft to a buyer and points at what the playbook forbids
 * (links, e-mail addresses, phone numbers and other ways off the platform, competitor names,
 * orders, incentives, blame, asking for a good rating or a changed one) and, for a buyer
 * with a problem, at what an apology letter should have. Pure: the same draft and context
 * always give the same findings. The patterns are data, in policy/reply-checks.ts.
 */

export type { FindingKind, Severity } from './policy/reply-check-types';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** UTF-16 indices into the draft, end exclusive; 0 and 0 for missing-* findings. */
  start: number;
  end: number;
  /** The flagged part of the draft, `text.slice(start, end)`. */
  text: string;
  ruleId: string;
  /** What is wrong, opening with the rule ID: a message the catalogs word (engine.reply.explanation.<check>). */
  explanation: Message;
  /** How to put it right (engine.reply.fix.<check>). */
  fix: Message;
}

export interface ReplyContext {
  platform: 'amazon' | 'ebay';
  caseKind?: CaseKind;
  /** The buyer reports a problem; defaults to true for every caseKind except 'amazon-message' and 'ebay-message', else false. */
  problem?: boolean;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };
const generalMessageKinds: readonly (CaseKind | undefined)[] = ['amazon-message', 'ebay-message', undefined];

interface Pattern {
  re: RegExp;
  needs?: RegExp;
  lang?: 'de' | 'fr';
}

interface Compiled {
  check: ReplyCheck;
  patterns: Pattern[];
  unless: Pattern[];
  /**
   * The sentences worth testing are those holding a match of this (global) pattern: a
   * sentence-scope check's first pattern, or a match-scope check's `near`.
   */
  anchor?: RegExp;
}

// Compiled once. Match scope needs 'g' to walk every match; the others only test.
const compile = (p: ReplyPattern, global: boolean): Pattern => ({
  re: new RegExp(p.source, global ? `${p.flags}g` : p.flags),
  ...(p.needs ? { needs: new RegExp(p.needs, p.flags) } : {}),
  ...(p.lang ? { lang: p.lang } : {}),
});
const test = (p: Pattern, text: string) => (!p.needs || p.needs.test(text)) && p.re.test(text);

/**
 * One scan is much cheaper than several: the patterns of a check that share flags (and have
 * no `needs`) become one alternation. Overlapping hits of one check collapse to the first.
 */
function compileAll(patterns: readonly ReplyPattern[], global: boolean): Pattern[] {
  const out: Pattern[] = [];
  const merged = new Map<string, { flags: ReplyPattern['flags']; lang?: 'de' | 'fr'; sources: string[] }>();
  for (const p of patterns) {
    if (p.needs) {
      out.push(compile(p, global));
      continue;
    }
    const key = `${p.flags}/${p.lang ?? ''}`;
    const group = merged.get(key) ?? { flags: p.flags, ...(p.lang ? { lang: p.lang } : {}), sources: [] };
    group.sources.push(`(?:${p.source})`);
    merged.set(key, group);
  }
  for (const { flags, lang, sources } of merged.values()) out.push(compile({ source: sources.join('|'), flags, ...(lang ? { lang } : {}) }, global));
  return out;
}

/** Both languages' marker words in one scan: an English draft is read once, not twice. */
const markers = new RegExp(`(${languageMarkers.de})|(${languageMarkers.fr})`, 'gi');
function languagesOf(text: string): Record<'de' | 'fr', boolean> {
  const found = { de: false, fr: false };
  markers.lastIndex = 0;
  for (let m = markers.exec(text); m && !(found.de && found.fr); m = markers.exec(text)) {
    if (m[1] !== undefined) found.de = true;
    else found.fr = true;
  }
  return found;
}

// Checks that share an anchor share its RegExp, so one draft is scanned for it once.
const anchors = new Map<string, RegExp>();
const anchorOf = (p: ReplyPattern): RegExp => {
  const key = `${p.flags}/${p.source}`;
  if (!anchors.has(key)) anchors.set(key, compile(p, true).re);
  return anchors.get(key)!;
};
const anchorPattern = (check: ReplyCheck): ReplyPattern | undefined => (check.scope === 'sentence' ? check.patterns[0] : check.scope === 'match' ? check.near : undefined);

const compiled: Compiled[] = replyChecks.map((check) => {
  const anchor = anchorPattern(check);
  return {
    check,
    // A sentence must match every one of its patterns, so those stay apart.
    patterns: check.scope === 'sentence' ? check.patterns.map((p) => compile(p, false)) : compileAll(check.patterns, check.scope === 'match'),
    unless: compileAll(check.unless ?? [], false),
    ...(anchor ? { anchor: anchorOf(anchor) } : {}),
  };
});
const order = new Map(compiled.map((c, i) => [c.check.kind, i]));

// ---- Sentences (for checks that need "in the same sentence") ------------------------

const boundary = /[.!?。！？]+["'”’)\]]*(?=\s|$)|\n/g;
/**
 * A full stop after these is not the end of a sentence: "Mr. Smith", "e.g. this", "U.S. law".
 * A letter after "é" or "ü" ends a word ("ouvrés."), not an initial.
 */
const abbreviation = /(?:^|[^\w\u00C0-\u024F])(?:mr|mrs|ms|dr|st|jr|sr|vs|approx|inc|ltd|e\.g|i\.e|[a-z])\.$/i;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000;

/** [start, end) of each sentence, trimmed. */
function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      // "No. 5", "approx. 3": a number right after the stop continues the sentence.
      let next = end;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      const digit = next < text.length && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57;
      if (digit || abbreviation.test(text.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
    }
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

// ---- The checker --------------------------------------------------------------------

const finding = (check: ReplyCheck, text: string, start: number, end: number): Finding => ({
  kind: check.kind,
  severity: check.severity,
  start,
  end,
  text: text.slice(start, end),
  ruleId: check.ruleId,
  explanation: check.explanation,
  fix: check.fix,
});

/**
 * Why an error finding is a never-do, as the simulator's review says it beside the rule's ID:
 * its check's explanation without that ID (engine.reply.why.<check>). Undefined for a warning
 * or a suggestion.
 */
export function neverDoWhy(finding: Pick<Finding, 'explanation'>): Message | undefined {
  return replyChecks.find((check) => check.explanation.code === finding.explanation.code)?.why;
}

/** Every match of a global pattern in `text`, as [start, end) shifted by `offset`. */
function matches(re: RegExp, text: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([offset + m.index, offset + m.index + m[0].length]);
  }
  return out;
}

export function checkReply(draft: string, context: ReplyContext): Finding[] {
  const folded = foldDraft(draft);
  const text = folded.text;
  const problem = context.problem ?? !generalMessageKinds.includes(context.caseKind);
  const found: Finding[] = [];
  let sentences: [number, number][] | undefined;
  const anchorHits = new Map<RegExp, number[]>();
  let languages: Record<'de' | 'fr', boolean> | undefined;
  const reads = (lang: 'de' | 'fr') => (languages ??= languagesOf(text))[lang];
  /** The sentences holding a match of `anchor`, as [start, end). */
  const sentencesNear = (anchor: RegExp): [number, number][] => {
    let hits = anchorHits.get(anchor);
    if (!hits) {
      hits = matches(anchor, text, 0).map(([start]) => start);
      anchorHits.set(anchor, hits);
    }
    if (hits.length === 0) return [];
    sentences ??= splitSentences(text);
    return sentences.filter(([s, e]) => hits.some((h) => h >= s && h < e));
  };

  for (const { check, patterns, unless, anchor } of compiled) {
    if (check.platforms && !check.platforms.includes(context.platform)) continue;
    if (check.scope === 'match') {
      // With an anchor, only the sentences around its matches are searched.
      const parts: [number, number][] = anchor ? sentencesNear(anchor) : [[0, text.length]];
      for (const { re, needs, lang } of patterns) {
        if ((lang && !reads(lang)) || (needs && !needs.test(text))) continue;
        for (const [s, e] of parts) {
          const part = anchor ? text.slice(s, e) : text;
          for (const [start, end] of matches(re, part, s)) found.push(finding(check, text, start, end));
        }
      }
    } else if (check.scope === 'sentence' && anchor) {
      // Only sentences that hold a match of the first pattern are worth testing.
      for (const [s, e] of sentencesNear(anchor)) {
        const sentence = text.slice(s, e);
        if (patterns.every((p) => test(p, sentence)) && !unless.some((p) => test(p, sentence))) {
          found.push(finding(check, text, s, e));
        }
      }
    } else if (check.scope === 'missing' && problem && !patterns.some((p) => test(p, text))) {
      found.push(finding(check, text, 0, 0));
    }
  }

  // Two patterns of one rule can catch the same words ("www.shop.com" is also a bare
  // domain; "help@shop.com" holds "shop.com"): keep the widest.
  const byWidth = found.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of byWidth) {
    const inside = f.end > f.start && kept.some((k) => k.ruleId === f.ruleId && k.end > k.start && k.start <= f.start && f.end <= k.end);
    if (!inside) kept.push(f);
  }
  const inDraft = text === draft ? kept : kept.map((f) => ((start, end) => ({ ...f, start, end, text: draft.slice(start, end) }))(...spanInDraft(folded, f.start, f.end)));
  return inDraft.sort((a, b) => a.start - b.start || severityRank[a.severity] - severityRank[b.severity] || order.get(a.kind)! - order.get(b.kind)! || a.end - b.end);
}
