import { message } from '../message';
import type { ReplyCheck } from './reply-check-types';
import {
  benefit,
  ci,
  clauseGap,
  de,
  fr,
  feedbackEn,
  feedbackWord,
  positiveEn,
  positiveFeedbackDe,
  positiveFeedbackFr,
  restOfWord,
  topStarsEn,
  topStarsFr,
  wordEnd,
  wordStart,
} from './reply-words';

/**
 * Feedback and reviews (FB-4, AZ-9): a seller may ask for feedback in neutral words, and, once
 * the problem is solved, politely ask the buyer to remove negative feedback. Asking for a good
 * rating, asking only happy buyers, asking to change a rating, and paying for any of it are
 * manipulation, which both platforms forbid.
 */

const gap2 = clauseGap(2);
const gap3 = clauseGap(3);
const gap4 = clauseGap(4);

/** Thanks and apologies before "for": "thank you for leaving a review" is no offer. */
const notThanksFor = String.raw`(?<!\b(?:thank\s+you|thanks|thank\s+you\s+(?:so|very)\s+much|thanks\s+(?:so\s+much|a\s+lot)|grateful|sorry|apologi[sz]e)\s+for)`;

// ---- Asking for a good rating ------------------------------------------------------------

const askPositiveEn = [
  // "leave us positive feedback", "give us five stars", "write a 5-star review", "leave a positive one"
  // (not "thank you for taking the time to leave …", nor "our customers often give us good reviews")
  String.raw`\b(?:leave|give|post|write|submit|drop|award|consider\s+(?:leaving|giving|writing|posting))(?<!\b(?:time|chance|moment)\s+to\s+\w+|\b(?:customers|buyers|people|they|who|many|most|others)\s+(?:\w+\s+)?\w+)\s+(?:(?:us|me)\s+)?(?:(?:a|an|some|your|the)\s+)?(?:(?:really|truly|very|quick|short|little|nice)\s+)?${positiveEn}[\s-]*(?:(?:seller|product|shop|store|customer)\s+)?(?:feedback|reviews?|ratings?|comments?|testimonials?|stars?|one|marks)\b`,
  // "click 5 stars", "select five stars"
  String.raw`\b(?:click|select|choose|tap|tick|pick)\s+(?:on\s+)?(?:the\s+)?${topStarsEn}`,
  // "would you mind leaving us positive feedback" (not "thank you for leaving …")
  String.raw`\b(?:leaving|giving|writing|posting|submitting|dropping)(?<!\b(?:for|after|about)\s+\w+)\s+(?:(?:us|me)\s+)?(?:(?:a|an|some|your|the)\s+)?(?:(?:really|truly|very|quick|short|little|nice)\s+)?${positiveEn}[\s-]*(?:(?:seller|product|shop|store|customer)\s+)?(?:feedback|reviews?|ratings?|comments?|testimonials?|stars?|one|marks)\b`,
  // "A good rating helps small sellers", "positive reviews help us a lot"
  String.raw`\b(?:a|an|any|every|each)\s+${positiveEn}[\s-]*(?:(?:seller|product)\s+)?(?:feedback|review|rating)\s+(?:really\s+|truly\s+|greatly\s+)?(?:helps|means|matters|makes)\b`,
  String.raw`\b${positiveEn}[\s-]*(?:reviews|ratings)\s+(?:really\s+|truly\s+|greatly\s+)?(?:help|mean|matter)\b`,
  // "A five-star review would mean a lot."
  String.raw`\b${positiveEn}[\s-]*(?:(?:seller|product)\s+)?(?:feedback|reviews?|ratings?|stars)\s+(?:from\s+you\s+)?(?:would|could|will)\s+(?:really\s+|truly\s+|greatly\s+|so\s+)?(?:mean|help|be|make)\b`,
  // "We would appreciate a positive review", "we hope for five stars" (not "we appreciate your …")
  String.raw`\b(?:appreciate|welcome|love|hope\s+for|count\s+on|ask\s+(?:you\s+)?for|request|grateful\s+for|thankful\s+for)\s+(?:(?:a|an|some)\s+)?(?:(?:really|truly|very|quick|short|little)\s+)?${positiveEn}[\s-]*(?:(?:seller|product)\s+)?(?:feedback|reviews?|ratings?|stars?)\b`,
  // "rate us 5 stars", "rate the kettle highly"
  String.raw`\brate\s+(?:(?:us|me|it|(?:our|the|this)\s+\w+)\s+)?(?:with\s+)?(?:positively|highly|well|favou?rably|top\s+marks|full\s+marks|${topStarsEn})`,
];

const askPositiveDe = [
  // "eine positive Bewertung", "über 5 Sterne", "um eine gute Rezension", not "… gegeben haben"
  String.raw`${wordStart}(?:eine[nmr]?|ein|um|über)\s+(?:(?:sehr|wirklich|kurze[nmr]?|kleine[nmr]?)\s+)?${positiveFeedbackDe}(?![^.!?]{0,40}?(?:gegeben|geschrieben|vergeben|gepostet|hinterlassen\s+(?:haben|hat|hatten)))`,
  // "Hinterlassen Sie uns bitte eine positive Bewertung", "Geben Sie uns 5 Sterne"
  String.raw`\b(?:hinterlassen|geben|schreiben|vergeben|schenken)\s+Sie\s+(?:(?:uns|mir|bitte|doch|gerne)\s+){0,3}(?:(?:eine[nmr]?|ein)\s+)?(?:(?:sehr|wirklich)\s+)?${positiveFeedbackDe}`,
  // "Könnten Sie uns 5 Sterne geben?", "eine gute Bewertung zu hinterlassen"
  String.raw`\b${positiveFeedbackDe}\s+(?:zu\s+)?(?:geben|hinterlassen|schreiben|vergeben|schenken|abgeben|dalassen)${wordEnd}(?!\s+(?:haben|hat|hatten))`,
  // "bewerten Sie uns positiv", "mit 5 Sternen bewerten"
  String.raw`\bbewerten\s+Sie\s+(?:uns|unseren\s+Shop|das\s+Produkt|den\s+Artikel)\s+(?:bitte\s+)?(?:positiv|gut|mit\s+(?:5|fünf|vollen)\s+Sternen)\b`,
  String.raw`\b(?:positiv|gut|mit\s+(?:5|fünf|vollen)\s+Sternen)\s+(?:zu\s+)?bewerten${wordEnd}`,
];

const askPositiveFr = [
  // "Merci de nous laisser un avis positif", "Laissez-nous 5 étoiles", "recevoir une bonne note"
  String.raw`${wordStart}(?:laisser|laissez|laissiez|donner|donnez|donniez|mettre|mettez|attribuer|attribuez|accorder|accordez|[ée]crire|[ée]crivez|publier|publiez|poster|postez|recevoir|obtenir|compter\s+sur|comptons\s+sur)(?:\s*-\s*(?:nous|moi))?\s+(?:(?:un|une|des|votre|vos|quelques|le|la|les)\s+|[dl]['’]\s*)?(?:(?:petit|petite|tr[èe]s|vraiment|beau|bel|belle)\s+)?(?:${positiveFeedbackFr})`,
  // "Un avis 5 étoiles nous aiderait beaucoup."
  String.raw`(?:${positiveFeedbackFr})\s+(?:de\s+votre\s+part\s+)?(?:nous\s+)?(?:aiderai(?:t|ent)|serai(?:t|ent)|ferai(?:t|ent))${wordEnd}`,
  // "Notez-nous 5 étoiles", "notez notre boutique positivement"
  String.raw`\bnot(?:er|ez)\s*-?\s*(?:nous|notre\s+\S+|le\s+\S+|la\s+\S+|l['’]\S+)\s+(?:avec\s+)?(?:${topStarsFr}|positivement|favorablement)`,
];

// ---- Asking only happy buyers ------------------------------------------------------------

/** The buyer being happy, as a condition: "if you are satisfied", "wenn Sie zufrieden sind". */
const ifHappy = [
  String.raw`\b(?:if|when|once|as\s+long\s+as|provided)\s+you(?:\s+(?:are|were|feel|have\s+been|felt)|['’]re)\s+(?:(?!not\b)\w+\s+)?(?:happy|satisfied|pleased|delighted|content|glad)\b`,
  // "if you like it" (not "if you like, …", which is "if you wish")
  String.raw`\bif\s+you\s+(?:(?:really|truly)\s+)?(?:like|love|enjoy|liked|loved|enjoyed)\s+(?:it|them|the|your|our|this|these|what)\b`,
  String.raw`\b(?:wenn|falls|sofern|sobald)\s+Sie\s+(?:(?!nicht\b)[^\s.,;:!?]+\s+){0,3}?(?:zufrieden|glücklich|begeistert)${wordEnd}`,
  String.raw`\b(?:wenn|falls|sofern)\s+(?:Ihnen\s+)?(?:(?!nicht\b)[^\s.,;:!?]+\s+){0,3}?(?:gefällt|gefallen\s+hat)${wordEnd}`,
  String.raw`\bsi\s+vous\s+(?:[êe]tes|[ée]tiez)\s+(?:(?!pas\b)\S+\s+)?(?:satisfaite?s?|contente?s?|ravie?s?|heureu(?:x|se|ses))${wordEnd}`,
  String.raw`\bsi\s+(?:le|la|les|votre|vos|ce|cet|cette|l['’])\s*${gap2}vous\s+(?:pla[îi]t|a\s+plu|convient)${wordEnd}`,
].join('|');

/** Any request for feedback, neutral ones too. */
const askFeedback = [
  String.raw`\b(?:leave|give|post|write|submit|share|drop)\s+(?:(?:us|me)\s+)?(?:(?:a|an|some|your|the)\s+)?${gap2}${feedbackEn}\b`,
  String.raw`\b(?:leaving|giving|writing|posting)\s+(?:us\s+)?(?:a|an|some)\s+${gap2}${feedbackEn}\b`,
  String.raw`\brate\s+(?:us|our|the|this|it)\b`,
  String.raw`${wordStart}(?:bewertung|rezension|feedback|sterne)\w*\s+(?:zu\s+)?(?:hinterlassen|geben|schreiben|abgeben|vergeben)${wordEnd}`,
  String.raw`\b(?:hinterlassen|geben|schreiben|vergeben)\s+Sie\s+${gap3}[\w-]*?(?:bewertung|rezension|feedback|sterne)`,
  String.raw`${wordStart}über\s+(?:eine|Ihre)\s+(?:\S+\s+)?[\w-]*?(?:bewertung|rezension)|\bbewerten\s+Sie\b|\b(?:uns|den\s+Artikel|das\s+Produkt)\s+(?:zu\s+)?bewerten\b`,
  String.raw`${wordStart}(?:laiss|donn|[ée]cri|publi|post|partag)${restOfWord}\s*-?\s*(?:nous\s+)?(?:un|une|votre|des|quelques)\s+(?:\S+\s+)?(?:avis|[ée]valuation|commentaire|note|[ée]toiles)|\bnot(?:er|ez)\s*-?\s*nous\b`,
].join('|');

// ---- Asking to change a rating -----------------------------------------------------------

const changeRatingEn = [
  // "update your review to five stars", "change your 1-star rating", "revise your feedback"
  String.raw`\b(?:change|update|revise|edit|amend|raise|improve|upgrade|increase|adjust|modify|reconsider|correct|rethink|bump\s+up)\s+(?:your|the|this|that|it)\s+${gap2}(?:feedback|reviews?|ratings?|stars?|scores?)\b`,
  // "changing your review" (not "thank you for updating your review")
  String.raw`\b(?:chang|updat|revis|edit|amend|rais|improv|upgrad|increas|adjust|modify|reconsider|correct|rethink)ing(?<!\bfor\s+\w+)\s+(?:your|the|this|that|it)\s+${gap2}(?:feedback|reviews?|ratings?|stars?|scores?)\b`,
  String.raw`\bbump(?:ing)?\s+(?:up\s+)?(?:your|the|this|that|it)\s+${gap2}(?:feedback|reviews?|ratings?|stars?|scores?)\b`,
  String.raw`\bturn\s+(?:your|the|it)\s+${gap2}into\s+(?:a\s+)?(?:positive|good|better|5|five)`,
  // "remove the negative feedback and leave a positive one"
  String.raw`\b(?:remove|delete|take\s+down)\s+[^.!?]{0,60}?\band\s+(?:then\s+)?(?:leave|post|write|give)\s+(?:us\s+)?(?:a|an)\s+(?:new|better|positive|higher|good|5|five)\b`,
];
const changeRatingDe = [
  // "Ihre Bewertung auf 5 Sterne ändern", "Ihre Bewertung noch einmal zu überdenken"
  String.raw`\b(?:Ihre|Ihr|Ihren|deine|dein)\s+(?:\S+\s+)?[\w-]*?(?:bewertung|rezension|feedback)\s+${gap4}(?:zu\s+)?(?:ändern|abändern|anpassen|aktualisieren|überarbeiten|korrigieren|erhöhen|hochstufen|anheben|überdenken|revidieren|hochsetzen)${wordEnd}(?!\s+(?:haben|hat|wurde|werden))`,
  String.raw`${wordStart}(?:ändern|aktualisieren|überarbeiten|korrigieren|verbessern|erhöhen|überdenken|anpassen)\s+Sie\s+(?:bitte\s+)?(?:Ihre|Ihr|die)\s+(?:\S+\s+)?[\w-]*?(?:bewertung|rezension|feedback)`,
  String.raw`\bauf\s+(?:5|fünf|4|vier|volle)\s+Sterne\s+(?:zu\s+)?(?:ändern|erhöhen|setzen|anheben|hochsetzen|aktualisieren|korrigieren)${wordEnd}`,
];
const changeRatingFr = [
  // "modifier votre avis", "revoir votre note", "mettre à jour votre évaluation" (not "changer d'avis")
  String.raw`${wordStart}(?:(?:modifi|chang|r[ée]vis|revoi|revoy|am[ée]lior|augment|corrig|rehauss|reconsid[ée]r)${restOfWord}|mett(?:re|ez)\s+[àa]\s+jour)\s+(?:(?:votre|vos|ton|ta|la|le|cet|cette)\s+|l['’]\s*)(?:\S+\s+)?(?:avis|[ée]valuations?|notes?|commentaires?|[ée]toiles)${wordEnd}`,
  // "passer votre note à 5 étoiles"
  String.raw`\b(?:passer|passez|mettre|mettez|augmenter|augmentez|monter|remonter|modifier|modifiez|changer|changez)\s+${gap3}(?:[àa]|en)\s+(?:5|cinq|4|quatre)\s*[ée]toiles${wordEnd}`,
];

// ---- A reward for a review ---------------------------------------------------------------

/** The buyer's review as the condition or the price of a benefit in the same sentence. */
const forReview = [
  // "if you leave us 5 stars", "once you post your review", "if you rate us"
  String.raw`\b(?:if|once|when|after|as\s+soon\s+as|provided|as\s+long\s+as)\s+you\s+${gap3}(?:leave|give|post|write|submit|share|rate|left|gave|posted|wrote|submitted|rated|change|update|raise|revise|upgrade|edit)\s+${gap4}(?:feedback|reviews?|ratings?|stars?|testimonials?)\b`,
  String.raw`\b(?:if|once|when|after|as\s+soon\s+as|provided|as\s+long\s+as)\s+you\s+${gap3}(?:rate|rated)\s+(?:us|it|our|the|this)\b`,
  // "leave us 5-star feedback and we will send", "write a review to receive"
  String.raw`\b(?:leave|give|post|write|submit)\s+${gap4}(?:feedback|reviews?|ratings?|stars?)\b[^.!?]{0,60}?\b(?:and|then|to)\s+(?:(?:we|I)\b|you(?:['’]ll|\s+will)?\s+(?:get|receive|earn|win)\b|(?:get|receive|claim|earn|win|enjoy)\b)`,
  String.raw`\brate\s+(?:us|it)\b[^.!?]{0,60}?\b(?:and|then)\s+(?:we|I|you(?:['’]ll|\s+will)?\s+(?:get|receive))\b`,
  // "a discount for customers who leave a review"
  String.raw`\b(?:customers|buyers|everyone|anyone|those|people|every\s+(?:customer|buyer)|each\s+(?:customer|buyer)|all\s+(?:customers|buyers))\s+who\s+(?:\S+\s+)?(?:leaves?|gives?|posts?|writes?|submits?|shares?|left|rates?)\s+${gap3}(?:feedback|reviews?|ratings?|stars?|us)\b`,
  String.raw`\b(?:customers|buyers|everyone|anyone|those|people|every\s+(?:customer|buyer)|each\s+(?:customer|buyer)|all\s+(?:customers|buyers))\s+who\s+(?:reviews?|rates?|reviewed|rated)\b`,
  // "review our product and get a refund"
  String.raw`\b(?:review|rate)\s+(?:us|it|(?:our|the|this)\s+\w+)\b[^.!?]{0,60}?\b(?:and|then|to)\s+(?:(?:we|I)\b|you(?:['’]ll|\s+will)?\s+(?:get|receive)\b|(?:get|receive|claim|earn|win|enjoy)\b)`,
  // "a gift card for every review", "in exchange for a positive review"
  String.raw`\b(?:for|in\s+exchange\s+for|in\s+return\s+for)${notThanksFor}\s+(?:a|an|every|each|any|one|leaving|giving|writing|posting|submitting|sharing)\s+${gap2}(?:feedback|reviews?|ratings?|stars?)\b`,
  String.raw`\bin\s+(?:exchange|return)\s+for\s+(?:your|the)\s+${gap2}(?:feedback|reviews?|ratings?|stars?)\b`,
  // German: "Wenn Sie uns 5 Sterne geben", "für eine positive Bewertung", "im Gegenzug für Ihre Bewertung"
  String.raw`\b(?:wenn|sobald|falls|sofern)\s+Sie\s+${clauseGap(5)}(?:[\w-]*?(?:bewertung|rezension|feedback|sterne)n?\s+${gap2}(?:hinterlassen|geben|schreiben|vergeben|abgeben|posten|veröffentlichen|ändern|anpassen|erhöhen)|bewerten)${wordEnd}`,
  String.raw`\bfür(?<!\b(?:dank|danke|danken|bedanken\s+uns|entschuldigen\s+uns|entschuldigung|leid)\s+für)\s+(?:eine[nm]?|ein|jede[nmrs]?|\d|fünf|vier)\s+${gap2}[\w-]*?(?:bewertung|rezension|feedback|sterne)`,
  String.raw`\b(?:im\s+Gegenzug|als\s+Gegenleistung|gegen)\s+(?:für\s+)?(?:eine[nm]?|ein|Ihre)\s+${gap2}[\w-]*?(?:bewertung|rezension|feedback|sterne)`,
  String.raw`\b(?:hinterlassen|geben|schreiben|vergeben)\s+Sie\s+${gap4}[\w-]*?(?:bewertung|rezension|feedback|sterne)[^.!?]{0,60}?\b(?:und|dann)\s+(?:wir|ich|erhalten|bekommen|sichern)\b`,
  String.raw`\bbewerten\s+Sie\s+[^.!?]{0,60}?\b(?:und|dann)\s+(?:wir|ich|erhalten|bekommen|sichern)\b`,
  // French: "si vous nous laissez un avis positif", "pour un avis 5 étoiles", "et recevez"
  String.raw`(?:\b(?:si|une\s+fois\s+que|d[èe]s\s+que|lorsque|quand|apr[èe]s\s+que|pourvu\s+que|a\s+condition\s+que)|à(?<![A-Za-z\u00C0-\u024F]à)\s+condition\s+que)\s+vous\s+${gap4}(?:laiss|donn|mett|attribu|[ée]criv|[ée]cri|publi|post|not|modifi|chang|am[ée]lior)${restOfWord}\s+${gap3}(?:avis|[ée]valuation|commentaire|note|[ée]toile)`,
  String.raw`\bpour(?<!\bmerci\s+pour|\bd[ée]sol[ée]e?s?\s+pour|\bexcuses\s+pour)\s+(?:un|une|chaque|tout|toute)\s+${gap2}(?:avis|[ée]valuation|commentaire|note|[ée]toiles)`,
  String.raw`\b(?:en\s+[ée]change|en\s+contrepartie|contre)\s+(?:d['’]\s*|de\s+)?(?:un|une|votre|vos|chaque)\s+${gap2}(?:avis|[ée]valuation|commentaire|note|[ée]toiles)`,
  String.raw`(?:\b(?:laiss|donn|mett|attribu|ecri|publi|not)|é(?<![A-Za-z\u00C0-\u024F]é)cri)${restOfWord}\s*-?\s*(?:nous\s+)?${gap3}(?:avis|[ée]valuation|commentaire|[ée]toiles?|note)[^.!?]{0,60}?\bet\s+(?:nous|je|recev|obten|profit|gagn|vous\s+(?:recevrez|obtiendrez|aurez|b[ée]n[ée]ficierez|gagnerez))`,
].join('|');

/** The benefit has already gone out, unconditionally: what follows is a separate request. */
const alreadyGiven = String.raw`\b(?:have|has|had|['’]ve|already|just)\s+(?:already\s+|just\s+)?(?:been\s+)?(?:sent|refunded|reimbursed|issued|processed)\b`;

export const feedbackChecks: readonly ReplyCheck[] = [
  {
    kind: 'feedback-request',
    ruleId: 'FB-4',
    severity: 'error',
    scope: 'match',
    near: ci(feedbackWord),
    patterns: [...askPositiveEn.map((source) => ci(source)), ...askPositiveDe.map((source) => de(source)), ...askPositiveFr.map((source) => fr(source))],
    explanation: message('reply.explanation.feedback-request-good-rating'),
    why: message('reply.why.feedback-request-good-rating'),
    fix: message('reply.fix.feedback-request-good-rating'),
  },
  {
    kind: 'feedback-request',
    ruleId: 'FB-4',
    severity: 'error',
    scope: 'sentence',
    // The feedback word first: the scan for it is shared with the checks above.
    patterns: [ci(feedbackWord), ci(ifHappy), ci(askFeedback)],
    explanation: message('reply.explanation.feedback-request-happy-only'),
    why: message('reply.why.feedback-request-happy-only'),
    fix: message('reply.fix.feedback-request-happy-only'),
  },
  {
    kind: 'feedback-request',
    ruleId: 'FB-4',
    severity: 'error',
    scope: 'match',
    near: ci(feedbackWord),
    patterns: [
      // "Please don't leave negative feedback", "instead of leaving a review, message us", "before leaving a bad review, contact us".
      ci(String.raw`\b(?:do\s+not|don['’]?t|never)\s+(?:leave|give|post|write)\s+(?:us\s+)?(?:an?\s+)?(?:negative|bad|poor|low|neutral|1-star|one-star)\b`),
      ci(String.raw`\binstead\s+of\s+(?:leaving|giving|posting|writing)\s+(?:us\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:feedback|review|rating)\b`),
      ci(
        String.raw`\bbefore\s+(?:you\s+)?(?:leave|leaving|give|giving|post|posting|write|writing)\s+(?:us\s+)?(?:an?\s+)?(?:negative|bad|poor|low|neutral|1-star|one-star)\s+(?:feedback|review|rating)\b`,
      ),
    ],
    explanation: message('reply.explanation.feedback-request-not-negative'),
    why: message('reply.why.feedback-request-not-negative'),
    fix: message('reply.fix.feedback-request-not-negative'),
  },
  {
    kind: 'feedback-change',
    ruleId: 'FB-4',
    severity: 'error',
    scope: 'match',
    near: ci(feedbackWord),
    patterns: [...changeRatingEn.map((source) => ci(source)), ...changeRatingDe.map((source) => de(source)), ...changeRatingFr.map((source) => fr(source))],
    explanation: message('reply.explanation.feedback-change'),
    why: message('reply.why.feedback-change'),
    fix: message('reply.fix.feedback-change'),
  },
  {
    kind: 'incentive',
    ruleId: 'AZ-9',
    severity: 'error',
    scope: 'sentence',
    patterns: [ci(benefit), ci(forReview)],
    unless: [ci(alreadyGiven)],
    explanation: message('reply.explanation.incentive-review'),
    why: message('reply.why.incentive-review'),
    fix: message('reply.fix.incentive-review'),
  },
];
