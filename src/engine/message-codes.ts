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

/**
 * The facts' names and their values' (`factLabels`): `fact.<fact>`, `fact.<fact>.<value>`, and
 * `fact.yes` and `fact.no`, the values of every yes/no fact.
 */
export const factCodes = [
  'fact.kind',
  'fact.kind.amazon-message',
  'fact.kind.amazon-return',
  'fact.kind.amazon-atoz',
  'fact.kind.amazon-property-claim',
  'fact.kind.amazon-chargeback',
  'fact.kind.amazon-feedback',
  'fact.kind.ebay-message',
  'fact.kind.ebay-inr',
  'fact.kind.ebay-snad',
  'fact.platform',
  'fact.platform.amazon',
  'fact.platform.ebay',
  'fact.topic',
  'fact.topic.where-is-my-order',
  'fact.topic.delivered-not-received',
  'fact.topic.invalid-tracking',
  'fact.topic.lost-parcel',
  'fact.topic.long-transit',
  'fact.topic.cancel-before-shipping',
  'fact.topic.cancel-after-shipping',
  'fact.topic.address-change',
  'fact.topic.damaged',
  'fact.topic.not-working',
  'fact.topic.not-as-pictured',
  'fact.topic.not-as-described',
  'fact.topic.missing-part',
  'fact.topic.wrong-item',
  'fact.topic.unwanted',
  'fact.topic.cannot-operate',
  'fact.topic.warranty',
  'fact.topic.shipping-cost-dispute',
  'fact.topic.invoice',
  'fact.topic.cancellation',
  'fact.topic.other',
  'fact.damage',
  'fact.damage.minor',
  'fact.damage.severe',
  'fact.fault',
  'fact.fault.seller',
  'fact.fault.buyer',
  'fact.fault.unclear',
  'fact.faultConfirmed',
  'fact.yes',
  'fact.no',
  'fact.missingPart',
  'fact.missingPart.generic',
  'fact.missingPart.product-specific',
  'fact.missingPart.main-item',
  'fact.addressChangeable',
  'fact.price',
  'fact.highValue',
  'fact.inStock',
  'fact.bulky',
  'fact.shipped',
  'fact.tracking',
  'fact.tracking.none',
  'fact.tracking.updating',
  'fact.tracking.stalled',
  'fact.tracking.invalid',
  'fact.tracking.delivered',
  'fact.tracking.lost',
  'fact.carrierRecognized',
  'fact.hasTrackingNumber',
  'fact.eddPassed',
  'fact.hoursSinceReceived',
  'fact.daysSinceOrder',
  'fact.daysSinceFeedback',
  'fact.daysSinceClaim',
  'fact.daysSinceReturnAuthorized',
  'fact.daysSinceCaseOpened',
  'fact.buyerReachable',
  'fact.reason',
  'fact.reason.damaged',
  'fact.reason.defective',
  'fact.reason.not-as-described',
  'fact.reason.wrong-item',
  'fact.reason.unwanted',
  'fact.reason.other',
  'fact.reason.not-received',
  'fact.reason.damaged-on-arrival',
  'fact.reason.broke-after-use',
  'fact.reason.size',
  'fact.reason.return-dispute',
  'fact.returnAddress',
  'fact.returnAddress.china',
  'fact.returnAddress.buyer-country',
  'fact.sellerAtFault',
  'fact.solutionGiven',
  'fact.solutionGiven.none',
  'fact.solutionGiven.cancelled',
  'fact.solutionGiven.reshipped',
  'fact.solutionGiven.awaiting-reply',
  'fact.solutionGiven.refunded',
  'fact.solutionGiven.refund-without-return',
  'fact.returnAuthorizedAt',
  'fact.returnArrived',
  'fact.returnedCondition',
  'fact.returnedCondition.good',
  'fact.returnedCondition.damaged',
  'fact.sizeInListing',
  'fact.evidenceProductFine',
  'fact.filedWithoutContact',
  'fact.outcome',
  'fact.outcome.withdrawn',
  'fact.outcome.refunded-by-seller',
  'fact.outcome.granted-seller-funded',
  'fact.outcome.closed-for-seller',
  'fact.claimType',
  'fact.claimType.property-damage',
  'fact.claimType.personal-injury',
  'fact.claimAmountUsd',
  'fact.compliantAndInsured',
  'fact.rating',
  'fact.rating.negative',
  'fact.rating.neutral',
  'fact.rating.positive',
  'fact.breaksGuidelines',
  'fact.problemSolved',
  'fact.site',
  'fact.channel',
  'fact.channel.ebay',
  'fact.channel.paypal',
  'fact.roundsSoFar',
  'fact.buyerAbusive',
  'fact.forwarderCanFind',
  'fact.damaged',
  'fact.order.orderedAt',
  'fact.order.paidAt',
  'fact.order.shippedAt',
  'fact.order.estimatedDeliveryAt',
  'fact.receivedAt',
  'fact.claimOpenedAt',
  'fact.noticeReceivedAt',
  'fact.disputeOpenedAt',
  'fact.feedbackLeftAt',
  'fact.caseOpenedAt',
  'fact.asOf',
  'fact.marketplace',
  'fact.buyerName',
  'fact.order.id',
  'fact.order.item',
  'fact.order.currency',
  'fact.tracking.number',
] as const;

/** The actions' names (`actionLabels`). */
export const actionCodes = [] as const;

/** The reply checker's explanations and fixes (policy/reply-checks*.ts). */
export const replyCodes = [] as const;

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
