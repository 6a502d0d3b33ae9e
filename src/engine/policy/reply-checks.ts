import { message } from '../message';
import type { ReplyCheck } from './reply-check-types';
import { contactChecks } from './reply-checks-contact';
import { feedbackChecks } from './reply-checks-feedback';
import { benefit, ci, cs, de, fr, restOfWord, wordEnd, wordStart } from './reply-words';

/**
 * What the reply checker looks for in a draft to a buyer: plain data, applied by
 * `checkReply` in ../reply-check.ts. Each check cites the playbook fact it enforces.
 *
 * Scopes:
 * - `match`: every match of any pattern is a finding (span = the match). With `near`, only
 *   the sentences that hold a match of `near` are searched: a long list of phrases is then
 *   tried on a sentence or two instead of on every position of the draft.
 * - `sentence`: a sentence that matches every pattern in `patterns` and none in `unless`
 *   is a finding (span = the sentence).
 * - `missing`: when the buyer reports a problem and no pattern matches anywhere in the
 *   draft, one finding at 0..0.
 *
 * Patterns are regular-expression sources. `flags` is '' or 'i'; the engine adds 'g' where
 * it needs it. Patterns must not backtrack badly: a repeated group always starts or ends
 * with a separator ('.', 'dot', a space) that its body cannot match, and free text is never
 * under two nested quantifiers. A look-behind that can reach back over a run of spaces comes
 * after a word, never first, or it is tried at every position of a long run.
 *
 * Drafts go to buyers in English, German (amazon.de) and French (amazon.fr): the checks that
 * read words read all three. The phone, messaging-app and feedback checks are in
 * reply-checks-contact.ts and reply-checks-feedback.ts; shared words are in reply-words.ts.
 */

// ---- Shared pieces -----------------------------------------------------------------

/** Top-level domains that are not English words: safe to flag as a bare domain. */
const strongTlds =
  'com|net|org|info|biz|edu|gov|shop|store|online|site|xyz|top|vip|club|link|app|dev|io|ai|co|ly|gl|gg|cc|tv|ws|uk|cn|hk|tw|jp|kr|sg|ca|au|nz|ie|de|fr|es|nl|ru|eu|ch|se|pl|br|mx|pt|dk|fi|cz|vn|th|ph';
/** Top-level domains that are also English words ("order.it", "box.in"): only with a path. */
const wordTlds = 'it|in|at|be|to|me|us|is|no|so|do|my|am|as|by|go|id';
/** Case-sensitive TLD: all lower case or all upper case ("COM"), so "item.It" is not a domain. */
const strongTldCased = `(?:${strongTlds}|${strongTlds.toUpperCase()})`;

const urlTail = `[^\\s<>"'()\\[\\]{}]*[^\\s<>"'()\\[\\]{}.,;:!?]`;
/**
 * The local part, taken whole (a look-ahead and a back-reference: the engine cannot give
 * characters back). What may follow it, '@', a space or a bracket, is never part of it, so
 * the whole run is the only split that can match, and a word is not retried letter by letter.
 * The e-mail pattern is compiled on its own (it has `needs`), so the group is its first.
 */
const local = `\\b(?<![\\w.+%-])(?=([\\w.+%-]+))\\1`;
const bracketAtCore = `[(\\[{<]\\s*(?:at|AT|At)\\s*[)\\]}>]`;
const bracketAt = `\\s*${bracketAtCore}\\s*`;
const bracketDot = `\\s*[(\\[{<]\\s*(?:dot|DOT|Dot)\\s*[)\\]}>]\\s*`;
const wordDot = `\\s+(?:dot|DOT|Dot)\\s+`;
const anyDot = `(?:${bracketDot}|${wordDot}|\\s*\\.\\s*)`;
const wordOrBracketDot = `(?:${bracketDot}|${wordDot})`;
const domainLabel = '[A-Za-z0-9-]+';

/**
 * `word` at the start of the text, of a sentence, of a line, or after a colon: where an
 * imperative stands. The word comes first and the look-behind after it, which is much
 * faster than a look-behind tried at every position.
 */
const atSentenceStart = (word: string) => `\\b${word}\\b(?<=(?:^|[.!?。！？]["'”’)]*\\s|\\n|[:;]\\s)\\s*${word})`;
const dont = "(?:do\\s+not|don['’]?t|never)";
/** "Don't worry", "do not hesitate": reassurance, not an order. */
const reassurance = '\\s+(?:hesitate|worry|fret|mind|be\\s+(?:worried|afraid|concerned|alarmed|upset|shy)|feel\\s+(?:bad|obliged|obligated|worried|pressured))\\b';

const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const count = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|a\\s+few|a\\s+couple\\s+of|a|an)';
const span = `(?:the\\s+next\\s+)?${count}(?:\\s*(?:-|–|to|or)\\s*${count})?`;
const unit = '(?:(?:business|working|calendar)\\s+)?(?:hours?|hrs?|days?|weeks?)';

// ---- The checks (their words are the catalogs', src/i18n/en.ts and zh-cn.ts: engine.reply.*) ----------

/** E-mail addresses and links have one fix (MSG-4). */
const linkOrEmailFix = message('reply.fix.link-or-email');

export const replyChecks: readonly ReplyCheck[] = [
  // MSG-4: e-mail addresses, plain and disguised.
  {
    kind: 'email',
    ruleId: 'MSG-4',
    severity: 'error',
    scope: 'match',
    patterns: [
      // One pattern, so the local part is scanned once: what follows it decides the form.
      cs(
        local +
          '(?:' +
          // help@shop.com
          `[@＠]${domainLabel}(?:\\.${domainLabel})*\\.[A-Za-z]{2,}` +
          // help @ shop . com, help@shop(dot)com
          `|\\s*[@＠]\\s*${domainLabel}(?:${anyDot}${domainLabel})*${anyDot}${strongTldCased}(?![\\w-])` +
          // help(at)shop(dot)com, help [at] shop . com
          `|${bracketAt}${domainLabel}(?:${anyDot}${domainLabel})*${anyDot}${strongTldCased}(?![\\w-])` +
          // help at shop dot com: the word "at" needs a spelled-out "dot" and a real TLD,
          // so "look at the box" never matches.
          `|\\s+(?:at|AT)\\s+${domainLabel}(?:${wordOrBracketDot}${domainLabel})*${wordOrBracketDot}${strongTldCased}(?![\\w-])` +
          ')',
        `[@＠]|${bracketAtCore}|\\b(?:dot|DOT|Dot)\\b`,
      ),
    ],
    explanation: message('reply.explanation.email'),
    why: message('reply.why.email'),
    fix: linkOrEmailFix,
  },
  // MSG-4: links, with or without a scheme.
  {
    kind: 'link',
    ruleId: 'MSG-4',
    severity: 'error',
    scope: 'match',
    patterns: [
      ci(`\\bhttps?:\\/\\/${urlTail}`),
      ci(`\\bwww\\.${urlTail}`),
      // Bare domains: labels, then an allowed TLD. Word-like TLDs only with a path ("amzn.to/x").
      cs(
        `\\b(?<![@.\\/])(?:${domainLabel}\\.)+(?:${strongTldCased}(?![\\w-])|(?:${wordTlds})(?=\\/))(?:\\/${urlTail})?`,
        `\\.(?:${strongTldCased}(?![\\w-])|(?:${wordTlds})\\/)`,
      ),
      // Spelled out: "www dot shop dot com", "shop (dot) com", "shop[dot]com". A label of two letters or more, so "a dot net" is not one.
      cs(`\\b(?<![@.\\/])[A-Za-z0-9][A-Za-z0-9-]+(?:${wordOrBracketDot}${domainLabel})*${wordOrBracketDot}${strongTldCased}(?![\\w-])`, `\\b(?:dot|DOT|Dot)\\b`),
    ],
    explanation: message('reply.explanation.link'),
    why: message('reply.why.link'),
    fix: linkOrEmailFix,
  },
  // MSG-5: competitors, Amazon only.
  {
    kind: 'competitor',
    ruleId: 'MSG-5',
    severity: 'error',
    scope: 'match',
    platforms: ['amazon'],
    patterns: [ci('\\bpay[\\s-]*pal\\b'), ci('\\be[\\s-]?bay\\b'), cs('\\bPP\\b|\\bP\\.\\s?P\\.?(?![\\w.])')],
    explanation: message('reply.explanation.competitor-paypal-ebay'),
    why: message('reply.why.competitor-paypal-ebay'),
    fix: message('reply.fix.competitor-paypal-ebay'),
  },
  // MSG-5 beyond its two names: any other place to buy or to pay is a competitor too, and naming it
  // sends the buyer away from Amazon (Seller Central, Prohibited seller activities: attempts to divert
  // buyers). Names that are also plain words (Wish, Target) only as a shop.
  {
    kind: 'competitor',
    ruleId: 'MSG-5',
    severity: 'error',
    scope: 'match',
    platforms: ['amazon'],
    patterns: [
      ci(
        String.raw`\b(?:wal[\s-]?mart|ali[\s-]?express|alibaba|temu|shein|etsy|taobao|tmall|pinduoduo|shopee|lazada|mercado\s?libre|rakuten|newegg|shopify|otto\.de|cdiscount|allegro|venmo|zelle|cash\s?app|western\s+union|moneygram|alipay|payoneer)\b`,
      ),
      cs(String.raw`淘宝|天猫|拼多多|速卖通|支付宝|\bWish(?:\.com|\s+(?:app|store|shop))\b|\b(?:on|at|from)\s+Wish\b`),
    ],
    explanation: message('reply.explanation.competitor-elsewhere'),
    why: message('reply.why.competitor-elsewhere'),
    fix: message('reply.fix.competitor-elsewhere'),
  },
  // MSG-6: ordering instead of asking.
  {
    kind: 'order-tone',
    ruleId: 'MSG-6',
    severity: 'warning',
    scope: 'match',
    patterns: [
      // "please wait" (a question such as "could you please wait" is a request, not an order)
      ci('\\b(?:please|pls|plz|kindly)(?<!\\b(?:could|would|can|will)\\s+you\\s+\\w+)\\s+(?:kindly\\s+)?(?:just\\s+)?wait\\b'),
      // "Wait until it arrives." as a sentence of its own
      ci(`${atSentenceStart('wait')}\\s+(?:until|till|for)\\b`),
      // "Please don't open the box." / "Do not open the box." / "Never …", but not reassurance
      ci(`\\b(?:please|pls|plz|kindly)\\s+(?:kindly\\s+)?${dont}\\b(?!${reassurance})`),
      ci(`${atSentenceStart(dont)}(?!${reassurance})`),
      // "you must / have to / need to / should" — not in questions, conditions, relative
      // clauses or sympathy ("you must be upset", "sorry you have to wait", "you should receive")
      ci(
        "\\byou(?<!\\b(?:if|when|whenever|whether|unless|do|did|does|don['’]t|in\\s+case|anything|everything|something|nothing|nothing\\s+(?:else|more)|whatever|all|what|sorry|sorry\\s+that|shame\\s+that|could|would|will)\\s+you)" +
          "\\s+(?:must(?!\\s+(?:be|feel|have\\s+been|have\\s+felt)\\b|['’]ve)|have\\s+to|need\\s+to|should(?!['’]ve|\\s+(?:have|be|receive|get|see|find|hear|now|already|also|soon|shortly|still|arrive|notice)\\b))\\b",
      ),
      ci("\\b(?:I|we)(?:['’]ll|\\s+(?:really|still|will|do|just))?\\s+need\\s+you\\s+to\\b"),
      // German: "Bitte warten.", "Warten Sie bis Montag", "Öffnen Sie das Paket nicht", "Sie müssen …"
      // (a German request often is "Bitte senden Sie …": that is polite, and not flagged)
      de(String.raw`\bbitte\s+(?:noch\s+)?(?:etwas\s+|kurz\s+)?(?:ab)?warten\b|\bwarten\s+Sie\s+(?:bitte|bis|geduldig|einfach|ab)\b`),
      de(String.raw`${wordStart}(?:öffnen|entsorgen|werfen|senden|schicken|benutzen|verwenden)\s+Sie\s+(?:\S+\s+){0,3}?nicht\b`),
      de(
        String.raw`\bSie(?<!\b(?:wenn|falls|dass|ob|sofern|was)\s+Sie)\s+müssen${wordEnd}(?!\s+(?:sich\s+)?(?:keine|nicht|nichts|sehr|wirklich|ja|enttäuscht|verärgert)${wordEnd})`,
      ),
      // French: "Attendez …", "Veuillez patienter", "Vous devez …", "N'ouvrez pas le colis"
      fr(String.raw`\battendez\b(?<!\bvous\s+attendez)|\b(?:veuillez|merci\s+de)\s+(?:bien\s+vouloir\s+)?(?:patienter|attendre)\b`),
      fr(
        String.raw`\bvous(?<!\b(?:si|que|qu['’]|quand|lorsque)\s*vous)\s+devez\b(?!\s+(?:[êe]tre|avoir|recevoir|s[ûu]rement|certainement|probablement|bient[ôo]t)${wordEnd})|\bil\s+faut\s+que\s+vous\b`,
      ),
      fr(String.raw`\bn['’](?:ouvrez|utilisez|envoyez|jetez)\s+pas\b|\bne\s+(?:jetez|renvoyez|retournez|touchez|d[ée]ballez|montez)\s+pas\b`),
    ],
    explanation: message('reply.explanation.order-tone'),
    fix: message('reply.fix.order-tone'),
  },
  // AZ-9: a benefit tied to withdrawing a claim or changing feedback, in one sentence.
  {
    kind: 'incentive',
    ruleId: 'AZ-9',
    severity: 'error',
    scope: 'sentence',
    patterns: [
      // the benefit
      ci(benefit),
      // the condition that ties them (tested first: it is the cheaper test)
      ci(
        [
          String.raw`\b(?:if|once|after|when|whenever|as\s+soon\s+as|in\s+exchange|in\s+return|provided|providing|as\s+long\s+as|so\s+that|on\s+condition|only\s+if|and\s+you|(?:and|then)\s+(?:then\s+)?(?:we|I)|for\s+(?:withdraw|clos|cancel|remov|delet|chang|revis|updat|edit)\w*)\b`,
          String.raw`\b(?:wenn|sobald|falls|sofern|dann|im\s+Gegenzug|als\s+Gegenleistung|unter\s+der\s+Bedingung|vorausgesetzt|und\s+(?:wir|ich)|dafür,?\s+dass)\b`,
          String.raw`(?:\b(?:si|s['’]il|une\s+fois\s+que|d[èe]s\s+que|lorsque|quand|apr[èe]s|en\s+[ée]change|en\s+contrepartie|a\s+condition|pourvu\s+que|et\s+(?:nous|je))|à(?<![A-Za-z\u00C0-\u024F]à)\s+condition)${wordEnd}`,
        ].join('|'),
      ),
      // the claim or the feedback going away
      ci(
        [
          String.raw`\b(?:withdraw(?:s|n|al|ing)?|withdrew)\b`,
          String.raw`\b(?:close[sd]?|closing|cancel(?:s|led|ed|ling|ing)?|drop(?:s|ped|ping)?|retract\w*)(?:\s+\S+){0,3}?\s+(?:claims?|cases?|a-?to-?z|a-z|atoz|disputes?|chargebacks?)\b`,
          String.raw`\b(?:remov\w*|delet\w*|chang\w*|revis\w*|updat\w*|edit\w*|retract\w*|take\s+down|taking\s+down)(?:\s+\S+){0,3}?\s+(?:feedback|reviews?|ratings?)\b`,
          String.raw`\b(?:claims?|cases?|disputes?|feedback|reviews?|ratings?)\s+(?:is\s+|are\s+|was\s+|gets\s+|has\s+been\s+|have\s+been\s+|will\s+be\s+|being\s+)?(?:withdrawn|closed|cancell?ed|removed|deleted|changed|revised|updated|retracted|gone|taken\s+down)\b`,
          // German: "den A-bis-z-Antrag zurückziehen", "ziehen Sie die Beschwerde zurück", "Bewertung löschen"
          String.raw`(?:antrag|anspruch|beschwerde|reklamation|bewertung|rezension|\bfall|\bfeedback|\ba-bis-z)(?:e|en|es|s)?${wordEnd}(?:\s+\S+){0,3}?\s+(?:zurück(?:zu)?(?:ziehen|nehmen)|zurückgezogen|zurückgenommen|(?:zu\s+)?(?:schließen|löschen|entfernen|ändern|stornieren)|geschlossen|gelöscht|entfernt|geändert|storniert)${wordEnd}`,
          String.raw`\b(?:ziehen|nehmen)\s+Sie\s+[^.!?]{0,60}?\bzurück${wordEnd}`,
          String.raw`(?:\b(?:schließen|löschen|entfernen|stornieren)|ä(?<![A-Za-z\u00C0-\u024F]ä)ndern)\s+Sie\s+(?:\S+\s+){0,3}?[\w-]*?(?:antrag|anspruch|beschwerde|reklamation|bewertung|rezension|fall|feedback)`,
          // French: "retirer la réclamation", "supprimer votre avis", "la réclamation est retirée"
          String.raw`\b(?:retir|annul|cl[ôo]tur|ferm|supprim|modifi|abandonn)${restOfWord}\s+(?:\S+\s+){0,3}?(?:r[ée]clamation|demande\s+de\s+garantie|litige|dossier|garantie|a-[àa]-z|a-z|avis|[ée]valuation|commentaire|note)s?${wordEnd}`,
          String.raw`(?:\b(?:r[ée]clamation|litige|dossier|avis|evaluation)|é(?<![A-Za-z\u00C0-\u024F]é)valuation)s?\s+(?:est|soit|sera|a\s+[ée]t[ée])\s+(?:retir|annul|cl[ôo]tur|ferm|supprim|modifi)[ée]e?s?${wordEnd}`,
        ].join('|'),
      ),
    ],
    // The problem is already solved ("we have refunded …"): asking for a withdrawal now is
    // what AZ-9 recommends.
    unless: [
      ci("\\b(?:have|has|had|['’]ve|already|just)\\s+(?:already\\s+|just\\s+|now\\s+)?(?:been\\s+)?(?:fully\\s+|partially\\s+)?(?:refunded|reimbursed|issued|processed)\\b"),
      ci('\\b(?:I|we)\\s+(?:already\\s+|just\\s+)?(?:refunded|reimbursed)\\b'),
      ci('\\brefund\\s+(?:is|has\\s+been|was|went)\\s+(?:now\\s+)?(?:complete|completed|done|issued|processed|sent|made|through)\\b'),
      ci(
        String.raw`\b(?:haben|hat|wurde|wurden|ist)\s+(?:Ihnen\s+)?(?:bereits\s+|schon\s+)?(?:\S+\s+){0,3}?(?:erstattet|zurückerstattet|gutgeschrieben|veranlasst|ausgezahlt)${wordEnd}`,
      ),
      ci(String.raw`\b(?:avons|a\s+[ée]t[ée]|avez\s+[ée]t[ée]|est)\s+(?:d[ée]j[àa]\s+)?(?:\S+\s+){0,2}?(?:rembours[ée]e?s?|effectu[ée]e?s?|[ée]mise?s?)${wordEnd}`),
    ],
    explanation: message('reply.explanation.incentive-withdrawal'),
    why: message('reply.why.incentive-withdrawal'),
    fix: message('reply.fix.incentive-withdrawal'),
  },
  // MSG-10: blaming the buyer. An error: blame breaks the apology outright.
  {
    kind: 'blame',
    ruleId: 'MSG-10',
    severity: 'error',
    scope: 'match',
    patterns: [
      // "your fault", not "not your fault (at all)"; the look-behind sits after "your".
      ci(
        "\\byour(?<!(?:\\bnot|n['’]t|\\bnever|\\bno|\\bnone\\s+of\\s+(?:this|it)\\s+(?:is|was))(?:\\s+(?:at\\s+all|in\\s+any\\s+way|really|entirely|completely))?\\s+your)\\s+(?:own\\s+)?(?:fault|mistake)\\b",
      ),
      ci(
        String.raw`\byou(?<!\b(?:if|in\s+case|sorry|perhaps|maybe|whether|that)\s+you)\s+(?:\w+ly\s+)?(?:did\s+not|didn['’]?t)\s+(?:\w+ly\s+|even\s+)?(?:read|follow|check|measure|pay\s+attention)\b`,
      ),
      ci(String.raw`\b(?:it\s+is|it['’]s|it\s+was|that\s+is|that['’]s)\s+your\s+(?:own\s+)?responsibility\b`),
      ci(
        "\\byou\\s+should(?:\\s+have|['’]ve)\\b(?!\\s+(?:already\\s+)?(?:received|got|gotten|seen|heard|been\\s+(?:notified|informed|sent|e-?mailed|contacted|refunded|credited|charged|given|told|able|delivered))\\b)",
      ),
      ci('\\byou\\s+(?:have\\s+)?failed\\s+to\\b'),
      ci("\\byou\\s+(?:have\\s+|['’]ve\\s+)?(?:broke|broken|damaged|misused|mishandled)\\b"),
      ci('\\bbecause(?<!\\bnot\\s+because)\\s+of\\s+you\\b'),
      ci('\\byou\\s+(?:ordered|chose|selected|picked|bought)\\s+(?:the\\s+|a\\s+)?wrong\\b'),
      ci("\\bit(?:\\s+is|\\s+was|['’]s)\\s+your\\s+own\\b"),
      // Refusing the problem: "this is not our responsibility", "not our problem".
      ci(String.raw`\b(?:this|that|it)\s+(?:is\s+|was\s+|['’]s\s+)?(?:not|n['’]t)\s+our\s+(?:fault|responsibility|problem)\b|\bnot\s+our\s+problem\b`),
      // German: "Ihr eigener Fehler" (not "nicht Ihr Fehler"), "selbst schuld", "Sie hätten … lesen sollen"
      de(
        String.raw`\b(?:Ihr|Ihre|dein|deine)(?<!\b(?:nicht|kein|keineswegs|keinesfalls|gar\s+nicht|überhaupt\s+nicht|absolut\s+nicht)\s+\w+)\s+(?:eigene[rs]?\s+)?(?:Fehler|Schuld)\b`,
      ),
      de(String.raw`\bselbst\s+schuld\b`),
      de(String.raw`\bSie\s+haben\s+(?:\S+\s+){0,4}?(?:nicht|falsch)\s+(?:richtig\s+|genau\s+|gründlich\s+)?(?:gelesen|beachtet|geprüft|überprüft|gemessen)\b`),
      de(
        String.raw`\bSie\s+hätten\s+(?:\S+\s+){0,5}?(?:lesen|prüfen|überprüfen|kontrollieren|beachten|messen|nachmessen|bestellen|auswählen|aufpassen|achten)\s+(?:sollen|müssen)${wordEnd}`,
      ),
      de(String.raw`\bSie\s+haben\s+(?:die|den|das|eine[nm]?|ein)\s+falsche[nms]?\b`),
      de(
        String.raw`\bSie\s+haben\s+(?:\S+\s+){0,3}?(?:beschädigt|kaputt\s+gemacht|zerbrochen|falsch\s+(?:benutzt|verwendet|bedient|angeschlossen|bestellt))${wordEnd}(?!\s+(?:erhalten|bekommen|vorgefunden|zugestellt))`,
      ),
      de(
        String.raw`\b(?:durch|wegen)\s+Ihre[nrs]?\s+(?:eigene[nrs]?\s+)?(?:Fehler|Schuld|Unachtsamkeit|unsachgemäße\w*|falsche\w*\s+(?:Bedienung|Handhabung|Nutzung|Verwendung))`,
      ),
      // French: "votre faute" (not "pas de votre faute"), "vous n'avez pas lu", "vous auriez dû vérifier"
      fr(String.raw`\bvotre(?<!\b(?:pas|nullement|aucunement|point|jamais)\s+(?:du\s+tout\s+)?(?:de\s+)?votre)\s+(?:propre\s+)?(?:faute|erreur)${wordEnd}`),
      fr(String.raw`\berreur(?<!\b(?:pas|aucune|nullement)\s+(?:d['’]\s*une\s+|une\s+|d['’]\s*)?erreur)\s+de\s+votre\s+part\b`),
      fr(String.raw`\bvous(?<!\bsi\s+vous)\s+n['’]avez\s+pas\s+(?:bien\s+|correctement\s+|attentivement\s+)?(?:lu|v[ée]rifi[ée]|regard[ée]|mesur[ée]|suivi)${wordEnd}`),
      fr(String.raw`\bvous\s+auriez\s+d[ûu]\s+(?!(?:d[ée]j[àa]\s+)?(?:recevoir|[êe]tre|avoir\s+(?:re[çc]u|[ée]t[ée])))`),
      fr(String.raw`\bvous\s+avez\s+(?:\S+\s+)?(?:endommag[ée]|cass[ée]|ab[îi]m[ée]|mal\s+(?:utilis[ée]|lu|branch[ée]|mesur[ée]|install[ée]|mont[ée]|choisi))${wordEnd}`),
      fr(String.raw`\bvous\s+avez\s+(?:command[ée]|choisi|s[ée]lectionn[ée]|pris)\s+(?:la|le|une?)\s+mauvaise?\b`),
      fr(String.raw`[àa]\s+cause\s+de\s+vous\b`),
    ],
    explanation: message('reply.explanation.blame'),
    why: message('reply.why.blame'),
    fix: message('reply.fix.blame'),
  },
  ...feedbackChecks,
  ...contactChecks,
  // Suggestions for a reply to a buyer who reports a problem.
  {
    kind: 'missing-apology',
    ruleId: 'MSG-9',
    severity: 'suggestion',
    scope: 'missing',
    patterns: [ci('\\b(?:sorry|apologi[sz]\\w*|apolog(?:y|ies))\\b')],
    explanation: message('reply.explanation.missing-apology'),
    fix: message('reply.fix.missing-apology'),
  },
  {
    kind: 'missing-solution',
    ruleId: 'MSG-9',
    severity: 'suggestion',
    scope: 'missing',
    patterns: [ci('\\b(?:refund\\w*|replac\\w*|re-?ship\\w*|re-?send\\w*|re-?sent|send\\s+you|new\\s+one|compensat\\w*|discount\\w*|return\\s+label|repair\\w*)\\b')],
    explanation: message('reply.explanation.missing-solution'),
    fix: message('reply.fix.missing-solution'),
  },
  {
    kind: 'missing-choices',
    ruleId: 'MSG-7',
    severity: 'suggestion',
    scope: 'missing',
    patterns: [
      // "1." … "2.": the second marker, on condition that the first is there too
      ci('(?:^|[\\s:])(?:2[.)]|\\(2\\)|②)(?!\\d)', '(?:^|[\\s:])(?:1[.)]|\\(1\\)|①)(?!\\d)'),
      ci('\\boption\\s*(?:2|two|b)\\b', '\\boption\\s*(?:1|one|a)\\b'),
    ],
    explanation: message('reply.explanation.missing-choices'),
    fix: message('reply.fix.missing-choices'),
  },
  {
    kind: 'missing-timeframe',
    ruleId: 'MSG-8',
    severity: 'suggestion',
    scope: 'missing',
    patterns: [
      ci(`\\b(?:within|in)\\s+${span}\\s*${unit}\\b`),
      ci(`\\b(?:by|on|before|until|this|next)\\s+(?:the\\s+end\\s+of\\s+)?(?:this\\s+|next\\s+|the\\s+)?(?:${weekdays}|${months}|tomorrow|tonight|today|week|weekend)\\b`),
      ci('\\b(?:tomorrow|tonight)\\b'),
      ci('\\b\\d+\\s*(?:-\\s*\\d+\\s*)?(?:hours?|hrs?|h)\\b'),
      ci('\\b(?:business|working)\\s+days?\\b'),
    ],
    explanation: message('reply.explanation.missing-timeframe'),
    fix: message('reply.fix.missing-timeframe'),
  },
];
