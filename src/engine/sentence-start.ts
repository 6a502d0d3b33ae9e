/**
 * Text made to open a sentence: its first letter in capitals, unless its first word is a name
 * written with a small first letter and a capital inside ("eBay", "iPhone"), which stays as it is.
 */
export function sentenceStart(text: string): string {
  if (/^[a-z]+[A-Z]/.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
