/**
 * What a player says after a save: that the browser keeps nothing (once), and that another tab
 * went further in this play (only after the save that found it). The same array when nothing changes.
 */
export function noticesAfterSave(
  notices: readonly string[],
  words: { noStorage: string; otherTab: string },
  outcome: { kept: boolean; otherTab: boolean },
): readonly string[] {
  const next = notices.filter((n) => n !== words.otherTab && n !== words.noStorage);
  if (!outcome.kept) next.push(words.noStorage);
  if (outcome.otherTab) next.push(words.otherTab);
  return next.length === notices.length && next.every((n, i) => n === notices[i]) ? notices : next;
}
