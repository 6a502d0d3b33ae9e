import type { ReplyPattern } from './reply-check-types';

/**
 * The pieces the reply checks are built from: how a pattern is written, and the words buyers
 * on amazon.com, .de and .fr are written to with (English, German, French). Plain strings of
 * regular-expression source; the rules in the header of reply-checks.ts apply to all of them.
 */

export const ci = (source: string, needs?: string): ReplyPattern => (needs ? { source, flags: 'i', needs } : { source, flags: 'i' });
export const cs = (source: string, needs?: string): ReplyPattern => (needs ? { source, flags: '', needs } : { source, flags: '' });
/** German or French words: tried only on a draft with words of that language. */
export const de = (source: string): ReplyPattern => ({ source, flags: 'i', lang: 'de' });
export const fr = (source: string): ReplyPattern => ({ source, flags: 'i', lang: 'fr' });

/**
 * Short words that nearly every German or French sentence holds and English ones do not: a
 * draft holding one is read in that language too. A false "yes" only costs time.
 */
export const languageMarkers: Record<'de' | 'fr', string> = {
  de: String.raw`\b(?:Sie|Ihnen|Ihre?[mnrs]?|und|wir|uns|bitte|nicht|eine?[mnrs]?|ist|der|die|das|den|dem|zu|mit|auf|Sterne|Bewertung)\b`,
  fr: String.raw`\b(?:(?:vous|nous|votre|vos|notre|est|les|des|une?|pour|merci|et|le|la|si|avis)\b|[nldjcs]['’]|qu['’])`,
};

/** A word's letters in the three languages: `\b` knows only ASCII, so it fails next to "é" or "ä". */
const letter = String.raw`A-Za-z0-9_\u00C0-\u024F`;
/** No letter right before: `\b` for a word that may begin with "é", "ä", "à". */
export const wordStart = `(?<![${letter}])`;
/** No letter right after: `\b` for a word that may end with "é" or "ü". */
export const wordEnd = `(?![${letter}])`;
/** Letters, accented ones too: the rest of a word after its stem. */
export const restOfWord = `[${letter}]*`;

/**
 * Up to `n` words inside one clause: no comma or full stop in them, so a phrase never reaches
 * into the next sentence. Each word ends with a space its body cannot match.
 */
export const clauseGap = (n: number): string => String.raw`(?:[^\s.,;:!?]+\s+){0,${n}}?`;

// ---- Feedback, reviews, ratings --------------------------------------------------------

/** What a buyer leaves about an order or a product. */
export const feedbackEn = String.raw`(?:feedback|reviews?|ratings?|testimonials?)`;
export const feedbackDe = String.raw`(?:bewertung|rezension|feedback|beurteilung|sterne)`;
export const feedbackFr = String.raw`(?:avis|[ée]valuations?|commentaires?|notes?|[ée]toiles)`;

/**
 * A word every feedback request or rating change holds, in one of the three languages: the
 * feedback checks search only the sentences that have one.
 */
export const feedbackWord = String.raw`feedback|review|\brat(?:e|ed|es|ing|ings)\b|\bstars?\b|★|testimonial|\bmarks\b|\bscores?\b|bewert|rezension|sterne|kommentar|beurteil|\bavis\b|valuation|\bnot(?:e|es|ez|er)\b|toile|commentaire|critique|\bretours?\b|appr[ée]ciation`;

/** A top rating in stars: "5 stars", "five-star", "fünf Sterne", "5 étoiles". */
export const topStarsEn = String.raw`(?:5|five|full)[\s-]*stars?\b`;
export const topStarsFr = String.raw`(?:5|cinq)\s*[ée]toiles${wordEnd}`;

/** Words that make feedback a good one. "Honest" is not among them: a neutral request is allowed. */
export const positiveEn = String.raw`(?:positive|good|great|nice|excellent|glowing|favou?rable|perfect|top|high|outstanding|amazing|wonderful|awesome|stellar|(?:5|five|full)(?:[\s-]*stars?|\s*★)?|★{4,5})`;
export const positiveDe = String.raw`(?:positiv(?:e[nmrs]?)?|gut(?:e[nmrs]?)?|sehr\s+gut(?:e[nmrs]?)?|toll(?:e[nmrs]?)?|super|ausgezeichnet(?:e[nmrs]?)?|hervorragend(?:e[nmrs]?)?|exzellent(?:e[nmrs]?)?|beste[nmrs]?|volle[nmrs]?|top|5|fünf)`;
/** A good rating in German: "positive Bewertung", "5-Sterne-Bewertung", "gutes Feedback". */
export const positiveFeedbackDe = String.raw`${positiveDe}[\s-]*(?:kunden|produkt|sterne-?)?(?:bewertung(?:en)?|rezension(?:en)?|feedback|beurteilung(?:en)?|kommentare?|sterne(?:n)?)${wordEnd}`;
/** A good rating in French: "avis positif", "bonne note", "5 étoiles" (adjectives on either side). */
export const positiveFeedbackFr =
  String.raw`(?:(?:bon(?:ne)?s?|tr[èe]s\s+bon(?:ne)?s?|excellent(?:e)?s?|super|meilleur(?:e)?s?|belle?s?)\s+(?:avis|[ée]valuations?|commentaires?|notes?|critiques?|appr[ée]ciations?)${wordEnd}` +
  String.raw`|${wordStart}(?:avis|[ée]valuations?|commentaires?|notes?|critiques?|retours?|appr[ée]ciations?)\s+(?:tr[èe]s\s+|vraiment\s+)?(?:positi(?:f|ve)s?|favorables?|[ée]logieu(?:x|se|ses)|excellent(?:e)?s?|maximale?s?|parfaite?s?|(?:[àa]\s+|de\s+)?(?:5|cinq)\s*[ée]toiles)${wordEnd}` +
  String.raw`|${topStarsFr})`;

// ---- Benefits ---------------------------------------------------------------------------

/**
 * Something of value for the buyer. Stems without `\b` in front also find German compounds
 * ("Rückerstattung", "Rabattcode"). "Feel free to …" offers nothing.
 */
export const benefit = [
  String.raw`\b(?:refund\w*|reimburs\w*|money\s+back|gift\w*|discount\w*|coupons?|vouchers?|compensat\w*|rebates?|cash\w*|bonus\w*|rewards?|prizes?|promo(?:tion(?:al)?)?\s+codes?|store\s+credit|percent\s+off)\b`,
  String.raw`\d\s*%\s*off\b`,
  // A sum of money, or paying the buyer: "10 dollars back", "$10", "we will pay you".
  String.raw`[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|pounds?|bucks|yen|usd|eur|gbp|cad|aud|jpy|mxn)\b|\b(?:pay|give|send)\s+you\b(?!\s+(?:an?\s+|the\s+)?(?:update|answer|reply|tracking|information|details|instructions))`,
  String.raw`\bfree\b(?<!\bfeel\s+free)(?!\s+to\b)`,
  String.raw`(?:erstatt|gutschein|rabatt|geschenk|gratis|kostenlos|umsonst|entsch[äa]dig|gutschrift|preisnachlass|pr[äa]mie|geld\s+zur[üu]ck|belohn)`,
  String.raw`(?:rembours|bons?\s+d['’]achat|bons?\s+de\s+r[ée]duction|r[ée]duction|\bremises?\b|code\s+promo|cadeau|gratuit|offert|d[ée]dommag|geste\s+commercial|r[ée]compens)`,
].join('|');

// ---- Numbers that are not phone numbers -------------------------------------------------

/**
 * Before a digit: not inside a longer run of digits and separators (order IDs, tracking
 * numbers, dates). `\b` goes first: it lets the engine skip to the digits quickly, and the
 * look-behind is tried only there.
 */
export const numberStart = String.raw`\b(?<![+\-./]|\d[\s.\-/])`;
export const numberEnd = String.raw`(?![\w\-/]|[\s.\-/]\d)`;
