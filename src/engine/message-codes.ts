/**
 * Every code the engine says something by, as data: the words are in the catalogs
 * (src/i18n/en.ts, zh-cn.ts) under `engine.<code>`, never here. A code whose sentence is about
 * a count (`n`) has two keys there, `engine.<code>.one` and `engine.<code>.other`: the form each
 * language's plural rules pick. A type check fails when a catalog lacks a code's key.
 */

/** The simulator's own sentences: rejected decisions, hints, the review, the score's notes. */
export const simulatorCodes = [
  // rejected decisions
  'sim.closed',
  'sim.malformed',
  'sim.notNow',
  'sim.checkedAlready',
  'sim.investigationIsCheck',
  'sim.percentNeeded',
  'sim.noSuchDraft',
  'sim.noHintsLeft',
  // checks
  'sim.nothingNew',
  // hints
  'sim.hintChecks',
  'sim.hintRules',
  'sim.hintAction',
  'sim.hintReply',
  'sim.hintDraft',
  // review: what was chosen
  'sim.triageChosen',
  'sim.noDeadline',
  'sim.urgency.overdue',
  'sim.urgency.due-soon',
  'sim.urgency.open',
  'sim.urgency.none',
  'sim.draft',
  'sim.ownReply',
  'sim.nothingChosen',
  // review: notes and what was best
  'sim.right',
  'sim.notRight',
  'sim.checkNeeded',
  'sim.checkUseful',
  'sim.checkNeedless',
  'sim.skipCheck',
  'sim.checkSkipped',
  'sim.openCase',
  'sim.unjudgedAction',
  'sim.replyClean',
  'sim.replyErrors',
  'sim.replyWarnings',
  'sim.replyBest',
  'sim.noResolutionNamed',
  // never-dos
  'sim.neverDoAction',
  'sim.neverDoActionUnchecked',
  'sim.neverDoActionUnseen',
  'sim.neverDoReply',
  'sim.neverDoReplyUnquoted',
  'sim.neverDoCap',
  'sim.neverDoCapDay',
  'sim.roundsKept',
  'sim.roundsBroken',
  'sim.roundsBest',
  // dimensions
  'sim.outcome.resolved',
  'sim.outcome.unresolved',
  'sim.outcome.claim',
  'sim.outcome.negative-feedback',
  'sim.outcome.open',
  'sim.policyNote',
  'sim.costNote',
  'sim.deadlineMet',
  'sim.deadlineMissed',
  'sim.noDeadlines',
  'sim.skippedChecks',
  'sim.wastedTime',
  'sim.contribution.late-response',
  'sim.contribution.return-dissatisfaction',
  'sim.contribution.odr',
  'sim.contribution.case-escalated',
  'sim.contribution.negative-feedback',
  'sim.healthClean',
  'sim.band.excellent',
  'sim.band.pass',
  'sim.band.near-miss',
  'sim.band.fail',
] as const;

/** Advice that recommends nothing, in words (the command line and the decision helper). */
export const adviceCodes = ['advice.noRecommendation', 'advice.rulesApply', 'advice.noRule', 'advice.acceptable', 'advice.wrong'] as const;

/** The playbook's areas by name (`areaLabels`). */
export const areaCodes = [
  'area.health',
  'area.messages',
  'area.shipping',
  'area.product',
  'area.returns',
  'area.atoz',
  'area.claims',
  'area.chargebacks',
  'area.feedback',
  'area.ebay',
] as const;

/** The facts' names and their values' (`factLabels`). */
export const factCodes = [] as const;

/** The actions' names (`actionLabels`). */
export const actionCodes = [
  'action.full-refund',
  'action.partial-refund',
  'action.refund-minus-shipping',
  'action.offer-gift',
  'action.reship',
  'action.reship-part',
  'action.send-donor-unit',
  'action.reship-to-new-address',
  'action.suggest-local-repair',
  'action.authorize-return',
  'action.give-return-instructions',
  'action.inspect-return',
  'action.close-return-request',
  'action.refund-without-return',
  'action.claim-lost-return',
  'action.relabel-and-resell',
  'action.dispose-or-bring-back',
  'action.ask-photos',
  'action.ask-details',
  'action.ask-reason',
  'action.ask-check-neighbours',
  'action.ask-wait-until-edd',
  'action.ask-refuse-delivery',
  'action.ask-cancellation-request',
  'action.ask-correct-address',
  'action.ask-claim-withdrawal',
  'action.ask-feedback-removal',
  'action.ask-buyer-close-case',
  'action.contact-buyer-all-channels',
  'action.offer-numbered-choices',
  'action.give-tracking',
  'action.apologize',
  'action.explain-listing',
  'action.explain-shipping-paid',
  'action.send-manual',
  'action.promise-update',
  'action.check-tracking',
  'action.check-stock',
  'action.check-listing',
  'action.check-order-date',
  'action.confirm-with-product-team',
  'action.contact-carrier',
  'action.contact-logistics-team',
  'action.review-return-history',
  'action.check-return-cost',
  'action.cancel-order',
  'action.ask-platform-address-change',
  'action.appeal-claim',
  'action.submit-solution-to-amazon',
  'action.request-feedback-removal',
  'action.contact-platform-support',
  'action.mark-no-response-needed',
  'action.reply-from-order-page',
  'action.update-listing',
  'action.wait-for-decision',
  'action.tie-refund-to-withdrawal',
  'action.escalate',
  'action.reason.cancelled-at-buyer-request',
  'action.reason.reshipped-no-return-needed',
  'action.reason.technical-issue-awaiting-reply',
  'action.reason.refund-without-return',
  'action.reason.already-refunded',
  'action.ground.proof-of-delivery',
  'action.ground.edd-not-passed',
  'action.ground.product-fine',
  'action.ground.return-then-refund',
  'action.ground.contact-attempts',
  'action.upTo',
  'action.above',
  'action.payer.seller',
  'action.payer.buyer',
  'action.or',
  'action.details',
  'action.withDetails',
  'action.withPercent',
] as const;

/**
 * The reply checker's explanations and fixes (policy/reply-checks*.ts), named by the check (a kind
 * with several checks has a suffix per check); an error's reason in the simulator's never-do list
 * (`why`); two explanations on two lines (the quiz's fix-the-reply answer).
 */
export const replyCodes = [
  'reply.explanation.email',
  'reply.why.email',
  'reply.fix.link-or-email',
  'reply.explanation.link',
  'reply.why.link',
  'reply.explanation.competitor-paypal-ebay',
  'reply.why.competitor-paypal-ebay',
  'reply.fix.competitor-paypal-ebay',
  'reply.explanation.competitor-elsewhere',
  'reply.why.competitor-elsewhere',
  'reply.fix.competitor-elsewhere',
  'reply.explanation.order-tone',
  'reply.fix.order-tone',
  'reply.explanation.incentive-withdrawal',
  'reply.why.incentive-withdrawal',
  'reply.fix.incentive-withdrawal',
  'reply.explanation.blame',
  'reply.why.blame',
  'reply.fix.blame',
  'reply.explanation.feedback-request-good-rating',
  'reply.why.feedback-request-good-rating',
  'reply.fix.feedback-request-good-rating',
  'reply.explanation.feedback-request-happy-only',
  'reply.why.feedback-request-happy-only',
  'reply.fix.feedback-request-happy-only',
  'reply.explanation.feedback-request-not-negative',
  'reply.why.feedback-request-not-negative',
  'reply.fix.feedback-request-not-negative',
  'reply.explanation.feedback-change',
  'reply.why.feedback-change',
  'reply.fix.feedback-change',
  'reply.explanation.incentive-review',
  'reply.why.incentive-review',
  'reply.fix.incentive-review',
  'reply.explanation.phone',
  'reply.why.phone',
  'reply.fix.phone',
  'reply.explanation.off-platform',
  'reply.why.off-platform',
  'reply.fix.off-platform',
  'reply.explanation.missing-apology',
  'reply.fix.missing-apology',
  'reply.explanation.missing-solution',
  'reply.fix.missing-solution',
  'reply.explanation.missing-choices',
  'reply.fix.missing-choices',
  'reply.explanation.missing-timeframe',
  'reply.fix.missing-timeframe',
  'reply.lines',
] as const;

/**
 * Lists: a message of one of these codes has a param `items`, said one after the other, each
 * pair joined as the catalog's `{a}, {b}` (`{a}、{b}` in Chinese) says, so each language keeps its
 * own marks and spacing.
 */
export const listCodes = ['list.comma', 'list.semicolon', 'list.sentences'] as const;

/** Codes whose sentence is about a count `n` (catalog keys `.one` and `.other`). */
export const countCodes = ['sim.skippedChecks', 'sim.wastedTime'] as const satisfies readonly MessageCode[];

export const messageCodes = [...simulatorCodes, ...adviceCodes, ...areaCodes, ...factCodes, ...actionCodes, ...replyCodes, ...listCodes] as const;
export type MessageCode = (typeof messageCodes)[number];
export type CountCode = (typeof countCodes)[number];
export type ListCode = (typeof listCodes)[number];

export const isCountCode = (code: string): code is CountCode => (countCodes as readonly string[]).includes(code);
export const isListCode = (code: string): code is ListCode => (listCodes as readonly string[]).includes(code);
