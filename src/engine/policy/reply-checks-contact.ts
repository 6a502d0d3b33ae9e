import { message } from '../message';
import type { ReplyCheck } from './reply-check-types';
import { ci, cs, de, fr, numberEnd, numberStart, wordEnd } from './reply-words';

/**
 * MSG-4 beyond e-mail addresses and links: a phone number, an invitation to call or text, a
 * messaging app or social network, "contact us outside Amazon". Each takes the conversation
 * where the platform cannot see it.
 *
 * Asking the buyer to call the carrier, the post office or their bank is not in here: that is
 * a third party, not a channel to the seller (EBAY-5 even asks buyers to check with the post
 * office). Nor is "we will call you" on its own: AZ-11 has the seller try the buyer's phone.
 */

/**
 * The digits of a phone number, with the separators people put in them. No back-references,
 * so the forms can share one scan.
 */
const phoneDigits = [
  // International: "+1 415 555 0134", "+49 30 1234567", "+44 (0)20 7946 0958", "+8613800138000".
  // At least seven digits after the "+"; every further group starts with a separator.
  String.raw`\+(?<![\w+]\+)(?=(?:[\s.\-/()]{0,3}\d){7})\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?\d{1,12}(?:[\s.\-/]{1,2}\d{1,12}){0,6}`,
  // North American: "415-555-0134", "415.555.0134", "1-800-555-0199", "(415) 555-0134".
  String.raw`${numberStart}(?:1[\s.\-])?\d{3}[\s.\-]\d{3}[\s.\-]\d{4}${numberEnd}`,
  String.raw`\((?<!(?:[\w+\-./]|\d[\s.\-/])\()\d{3}\)\s?\d{3}[\s.\-]\d{4}${numberEnd}`,
  // French: "01 23 45 67 89", "06.12.34.56.78": one separator throughout, so no date fits.
  String.raw`${numberStart}0[1-9](?:(?: \d{2}){4}|(?:\.\d{2}){4}|(?:-\d{2}){4})${numberEnd}`,
  // German and British, with an area code: "030 1234567", "030/1234567", "020 7946 0958", "0170-1234567".
  String.raw`${numberStart}0\d{2,4}(?:\s?/\s?|\s)\d{3,8}(?:\s\d{3,5})?${numberEnd}`,
  String.raw`${numberStart}0\d{2,4}-\d{6,8}${numberEnd}`,
  // Chinese mobile: "138 0013 8000", "138-0013-8000", "13800138000".
  String.raw`${numberStart}1[3-9]\d(?:\d{8}|(?: \d{4}){2}|(?:-\d{4}){2})${numberEnd}`,
].join('|');

export const contactChecks: readonly ReplyCheck[] = [
  {
    kind: 'phone',
    ruleId: 'MSG-4',
    severity: 'error',
    scope: 'match',
    patterns: [
      // The digits alone, or after a phone word ("Tel: 555 0134", "Handy 0170 …", "tél. 06 …";
      // not a date, "call on 12.03.2026"): one scan, and only in a draft with two digits in a row.
      ci(
        `${phoneDigits}|` +
          String.raw`\b(?:phone|telephone|tel|mobile|cell|hotline|call|telefon\w*|handy\w*|mobilnummer|rufnummer|t[ée]l[ée]phone|t[ée]l|portable)\.?(?:\s+(?:number|no\.?|nr\.?|nummer|num[ée]ro))?\s*(?:[:：]|is|ist|est|at|on|unter|au)?\s*(?!\d{1,4}[./]\d{1,2}[./]\d{2,4}\b)\(?\+?\d[\d\s.\-/()]{4,18}\d`,
        String.raw`\d\d`,
      ),
      // English: "call us", "give me a call", "text me", "our phone number".
      ci(String.raw`\b(?:call|ring|phone|telephone|text|sms|buzz)\s+(?:us|me)\b`),
      ci(String.raw`\bgive\s+(?:us|me)\s+a\s+(?:call|ring|buzz)\b`),
      ci(String.raw`\bsend\s+(?:us|me)\s+an?\s+(?:text|sms)\b`),
      ci(String.raw`\b(?:contact|reach)\s+(?:us|me)\s+(?:directly\s+)?(?:by|via|over\s+the|on\s+the|per)\s+(?:phone|telephone|mobile|sms|text)\b`),
      ci(String.raw`\b(?:our|my)\s+(?:direct\s+|private\s+|personal\s+)?(?:phone|telephone|mobile|cell|contact|hotline)\s+(?:number|no\b)`),
      // "our number is 555-0134" (not "our order number is …")
      ci(String.raw`\b(?:our|my)\s+(?:(?:contact|direct|private|personal|office|support|service|hotline)\s+)?number\s*(?:is|:)?\s*\+?\(?\d[\d\s.\-/()]{5,18}\d`),
      // German: "Rufen Sie uns an", "Sie können uns gerne anrufen", "unsere Telefonnummer".
      de(String.raw`\bruf(?:en|e|t)?\s+(?:Sie\s+)?(?:uns|mich)\b`),
      de(String.raw`\b(?:uns|mich)\s+(?:[^\s.,;:!?]+\s+){0,3}?(?:anrufen|anzurufen|telefonisch|per\s+(?:Telefon|SMS))${wordEnd}`),
      de(String.raw`\btelefonisch\s+(?:erreichen|erreichbar|kontaktieren)\s+Sie\s+(?:uns|mich)\b`),
      de(String.raw`\b(?:unsere|meine)\s+(?:Telefon|Handy|Mobil|Ruf|Service)-?nummer\b`),
      de(String.raw`\b(?:schreiben|senden|schicken)\s+Sie\s+(?:uns|mir)\s+(?:bitte\s+)?(?:eine\s+)?SMS\b`),
      // French: "Appelez-nous", "n'hésitez pas à nous appeler", "notre numéro de téléphone".
      fr(String.raw`\b(?:appele[zr]|t[ée]l[ée]phonez)\s*-?\s*(?:nous|moi)\b`),
      fr(String.raw`\b(?:nous|m['’])\s*(?:appeler|t[ée]l[ée]phoner)${wordEnd}`),
      fr(
        String.raw`\b(?:contactez|joignez|contacter|joindre)\s*-?\s*(?:nous|moi)\s+(?:directement\s+)?(?:par|au|sur\s+(?:le|notre))\s+(?:t[ée]l[ée]phone|t[ée]l|portable|mobile|sms|texto)${wordEnd}`,
      ),
      fr(String.raw`\b(?:notre|mon)\s+num[ée]ro\s+(?:de\s+)?(?:t[ée]l[ée]phone|portable|mobile)${wordEnd}`),
      fr(String.raw`\b(?:envoyez|[ée]crivez)\s*-?\s*(?:nous|moi)\s+(?:un\s+)?(?:sms|texto)\b`),
    ],
    explanation: message('reply.explanation.phone'),
    why: message('reply.why.phone'),
    fix: message('reply.fix.phone'),
  },
  {
    kind: 'off-platform',
    ruleId: 'MSG-4',
    severity: 'error',
    scope: 'match',
    patterns: [
      ci(String.raw`\b(?:whats\s?app|we\s?chat|weixin|telegram|skype|viber|snapchat|kakao\s?talk|imessage|facebook|instagram|tiktok|twitter|linkedin)\b`),
      cs(String.raw`\bQQ\b|微信|\bDiscord\b`),
      ci(String.raw`\b(?:insta|zalo)\b|\b(?:dm|pm)\s+(?:me|us)\b|\bdirect\s+message\s+(?:me|us)\b`),
      // Another shop of the seller's: "our website", "our online store", "buy directly from us".
      ci(String.raw`\b(?:our|my)\s+(?:own\s+)?(?:web\s?site|web\s?shop|online\s+(?:shop|store)|(?:shop|store)\s+website|independent\s+(?:shop|store))\b`),
      ci(String.raw`\b(?:buy|order|purchase)\s+(?:it\s+|them\s+|one\s+)?directly\s+(?:from|with|through)\s+(?:us|me)\b`),
      de(String.raw`\b(?:unsere[nmr]?|meine[nmr]?)\s+(?:eigenen?\s+)?(?:Web-?seite|Website|Internetseite|Online-?[Ss]hop|Webshop)\b`),
      fr(String.raw`\b(?:notre|mon)\s+(?:propre\s+)?(?:site(?:\s+(?:web|internet))?|boutique\s+en\s+ligne)\b`),
      // Words that are also plain English ("a messenger bag", "the product line", "a signal"):
      // only as a channel.
      // The rare word first, the words before it in a look-behind: a fast scan.
      ci(String.raw`\bmessenger\b(?<=(?:\b(?:on|via|through|by|over|auf|per|sur|par)|über)\s+(?:facebook\s+)?messenger)|\bmessenger\s+(?:app|account|chat)\b`),
      cs(String.raw`\b(?:Line|LINE|Signal)\b(?<=(?:\b(?:on|via|through|by|over|auf|per|sur|par)|über)\s+(?:Line|LINE|Signal))(?!\s*\d)|\b(?:LINE|[Ll]ine)\s+(?:ID|app)\b`),
      ci(String.raw`\bsocial\s+media\b(?<=(?:\b(?:our|my)|\b(?:follow|find|add|contact|reach|message)\s+(?:us|me)\s+on)\s+social\s+media)`),
      // "Contact us outside Amazon", "außerhalb von Amazon", "en dehors d'Amazon".
      ci(String.raw`\b(?:outside|off)\s+(?:of\s+)?(?:the\s+)?(?:amazon|ebay|platform|marketplace|buyer-seller\s+messaging|this\s+(?:platform|site|chat))\b`),
      ci(
        String.raw`\b(?:instead\s+of|rather\s+than|without|bypass(?:ing)?)\s+(?:using\s+|going\s+through\s+|through\s+)?(?:amazon|ebay)(?:['’]s)?(?:\s+(?:messag\w*|system|platform|chat))?\b(?!\s+(?:charg|tak|ask|need|requir)\w*)`,
      ),
      de(String.raw`\bau(?:ß|ss)erhalb\s+(?:von\s+)?(?:der\s+|des\s+)?(?:amazon|ebay|plattform|marktplatz\w*)\b`),
      fr(String.raw`\b(?:en\s+dehors|hors)\s+(?:d['’]\s*|de\s+(?:la\s+)?)?(?:amazon|ebay|plateforme|la\s+plateforme)\b`),
    ],
    explanation: message('reply.explanation.off-platform'),
    why: message('reply.why.off-platform'),
    fix: message('reply.fix.off-platform'),
  },
];
