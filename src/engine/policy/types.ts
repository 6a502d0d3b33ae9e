import type { ActionType, appealGrounds, closeReasons, payers } from '../actions';
import type { L10n } from '../text';
import type { MoneyCurrency, MoneyTable } from './money-currencies';

/**
 * A rule is data: an ID from the playbook, text in both languages, the figures it owns,
 * and for decision rules, conditions and verdicts. Nothing here is code, so a page can
 * print "applies when: severe damage and price above 30" straight from the rule.
 */

export const areas = ['health', 'messages', 'shipping', 'product', 'returns', 'atoz', 'claims', 'chargebacks', 'feedback', 'ebay'] as const;
export type Area = (typeof areas)[number];

export const units = ['percent', 'hours', 'days', 'money', 'count', 'rounds'] as const;
export type Unit = (typeof units)[number];

/** A policy figure. It is typed once, here, and read everywhere else. */
export interface Figure {
  /** For money: the amount in `currency`. */
  value: number;
  unit: Unit;
  label: L10n;
  /** Money only: the currency `value` is in. */
  currency?: MoneyCurrency;
  /** Money only: the same limit in every currency (money.ts); absent for a figure fixed in `currency`. */
  amounts?: MoneyTable;
  /**
   * A figure the playbook leaves to the seller: the team may set it in team.yaml. Read when the
   * settings are applied (team-settings.ts); the rules handed on carry no such field.
   */
  seller?: true;
}

/** Which version of a rule the team follows (team.yaml `follow`), where the platform has moved on from the sources. */
export type Follows = 'playbook' | 'platform';

/** A figure owned by this rule, or by another rule when `rule` is given. */
export interface FigureRef {
  figure: string;
  rule?: string;
}

export type Scalar = string | number | boolean;

/** Conditions over the facts view (see facts-view.ts): plain data, evaluated by `holds`. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; is: Scalar | Scalar[] }
  | { fact: string; above: number | FigureRef }
  | { fact: string; atMost: number | FigureRef }
  | { fact: string; present: boolean };

/** Which actions a verdict speaks about. Absent parameters match any value. */
export interface ActionPattern {
  type: ActionType;
  /** Percentage limits for a partial refund. */
  percentAtMost?: FigureRef;
  percentAbove?: FigureRef;
  payer?: (typeof payers)[number];
  reason?: (typeof closeReasons)[number][];
  ground?: (typeof appealGrounds)[number][];
}

export type VerdictLevel = 'recommended' | 'acceptable' | 'wrong';

export interface Verdict {
  action: ActionPattern;
  verdict: VerdictLevel;
  why: L10n;
  /** Where the sources accept two approaches: when this one fits. */
  fits?: L10n;
}

/** One branch of a decision rule: when it applies, and what it says about actions. */
export interface Branch {
  key: string;
  when: Condition;
  verdicts: Verdict[];
}

/** The case dates a deadline can run from. */
export const dateFacts = [
  'order.orderedAt',
  'order.paidAt',
  'order.shippedAt',
  'order.estimatedDeliveryAt',
  'receivedAt',
  'claimOpenedAt',
  'noticeReceivedAt',
  'disputeOpenedAt',
  'feedbackLeftAt',
  'caseOpenedAt',
  'returnAuthorizedAt',
] as const;
export type DateFact = (typeof dateFacts)[number];

/**
 * A clock the rule starts. `due`: something the seller must do by then. `window`: a period
 * in which something may happen (it opens at `opens`, closes at `closes`). `expected`:
 * when the platform usually decides.
 */
export interface DeadlineSpec {
  key: string;
  type: 'due' | 'window' | 'expected';
  from: DateFact;
  closes: FigureRef;
  opens?: FigureRef;
  label: L10n;
  when?: Condition;
}

/** How sure the record of a platform's current rule is: read on its own pages, read elsewhere, or not confirmed. */
export const confidences = ['confirmed', 'likely', 'unsure'] as const;
export type Confidence = (typeof confidences)[number];

/** A page of the platform's (or a report of it) that a platform note rests on. */
export interface PlatformLink {
  /** The page's own title, as the platform gives it. */
  title: string;
  url: string;
}

/**
 * Where the platform's published rules have moved on from the sources: what it says now, as far
 * as its pages show, how sure that is, when it was read, and where. `figures`: the rule's figures
 * as the platform sets them, for a team that follows the platform rather than the playbook.
 */
export interface PlatformToday {
  note: L10n;
  confidence: Confidence;
  /** YYYY-MM-DD, the day the pages were read. */
  checked: string;
  links: PlatformLink[];
  figures?: Record<string, { value: number }>;
  /** The platform now forbids a practice the sources recommend: its rule applies to every team, whatever team settings say. */
  forbids?: boolean;
}

export interface Rule {
  id: string;
  area: Area;
  platform: 'amazon' | 'ebay' | 'both';
  /** Source documents, by their number in playbook/sources. */
  sources: string[];
  /** Widely known platform knowledge that the team's sources do not state. */
  general?: boolean;
  title: L10n;
  /** The rule in a few sentences; `{name}` stands for a figure of this rule. */
  text: L10n;
  figures?: Record<string, Figure>;
  branches?: Branch[];
  deadlines?: DeadlineSpec[];
  /** An order of work: cases matching an earlier entry come first; cases matching none, last. */
  workOrder?: { when: Condition; label: L10n }[];
  /** The handbook page (slug) and section anchor that explain the rule. */
  handbook: { page: string; anchor: string };
}

/**
 * How current a rule is: for the rule boxes and quick cards the server draws (provenance.ts).
 * The engine never reads it, so the rules the browser is sent (/policy/rules.json) leave it out.
 */
export interface RuleProvenance {
  /** YYYY-MM-DD: the day the rule was last checked against the platform's published pages. */
  checked?: string;
  /** What the platform says today, where it differs from the sources. */
  platformToday?: PlatformToday;
  /** Set from team.yaml on a rule with `platformToday`: which version the team follows. */
  follows?: Follows;
}

/** A rule as its file and the team's settings give it: the rule the engine reads, and its provenance. */
export type RuleRecord = Rule & RuleProvenance;
