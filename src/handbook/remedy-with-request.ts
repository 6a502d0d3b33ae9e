/**
 * A message that offers the buyer a remedy and, in the same message, asks for a claim to be
 * withdrawn or feedback to be changed or removed reads as a trade, which Amazon treats as an
 * incentive (AZ-9, FB-4). The remedy goes in one message; the request, once the problem is
 * solved, in a later one. Read over English and German template bodies.
 */

/** What the agent fills in ("[what you did, e.g. your refund has been issued]") is no offer. */
const withoutPlaceholders = (body: string): string => body.replace(/\[[^\]]*\]/g, ' ');

const remedy = String.raw`(?:refund|reship|re-ship|resend|replacement|replace|new one|discount|compensat\w*|partial refund|R(?:ü|ue)ckerstattung|Erstattung|Ersatz|Rabatt|Entsch(?:ä|ae)digung|Gutschrift)`;

/** An offer: a numbered choice naming a remedy, or a sentence that offers or promises one. */
const offerPatterns: RegExp[] = [
  new RegExp(String.raw`^\s*\d[.)]\s[^\n]*\b${remedy}`, 'im'),
  new RegExp(
    String.raw`\b(?:offer|we\s+(?:can|could|will|would\s+like\s+to|are\s+happy\s+to|['’]ll)|send\s+you|refund\s+you|choose|prefer|bieten|erstatten\s+Ihnen|senden\s+Ihnen)\b[^.!?\n]*\b${remedy}`,
    'i',
  ),
];

/** A request to withdraw a claim, or to remove or change feedback. */
const requestPatterns: RegExp[] = [
  /\bwithdraw(?:s|ing|n|al)?\b/i,
  /\b(?:remov|delet|chang|updat|revis|edit|modif|tak(?:e|ing)\s+down)\w*\b[^.!?\n]{0,60}\b(?:feedback|review|rating)s?\b/i,
  /\b(?:feedback|review|rating)s?\b[^.!?\n]{0,40}\b(?:remov|delet|chang|updat|revis|edit|modif)\w*/i,
  /zur(?:ü|ue)ckzuziehen|zur(?:ü|ue)ckziehen|(?:Bewertung|Rezension)\w*\s+[^.!?\n]{0,40}(?:entfernen|l(?:ö|oe)schen|(?:ä|ae)ndern)/i,
];

export interface RemedyWithRequest {
  offer: string;
  request: string;
}

/** The offer and the request a body holds together, or null when it does not hold both. */
export function remedyWithRequest(body: string): RemedyWithRequest | null {
  const text = withoutPlaceholders(body);
  const offer = offerPatterns.map((p) => p.exec(text)?.[0]).find(Boolean);
  const request = requestPatterns.map((p) => p.exec(text)?.[0]).find(Boolean);
  return offer && request ? { offer: offer.trim(), request: request.trim() } : null;
}
