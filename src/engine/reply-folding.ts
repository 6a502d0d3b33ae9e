/**
 * A draft as the checks read it: full-width letters and signs ("ｗｗｗ．ｓｈｏｐ．ｃｏｍ", "＠")
 * as their plain forms, the ideographic full stop "。" as ".", and invisible characters (zero-width
 * spaces and joiners, the soft hyphen, the byte-order mark) left out, so a link or an address
 * cannot slip past by being typed that way. `origin` maps each position of the folded text back
 * to the draft, so a finding still points at the words the agent typed.
 */
export interface FoldedDraft {
  text: string;
  /** `origin[i]`: where the folded text's character `i` is in the draft; `origin[text.length]` is the draft's length. */
  origin: number[];
}

const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

export function foldDraft(draft: string): FoldedDraft {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < draft.length; i++) {
    const ch = draft[i]!;
    if (invisible.test(ch)) continue;
    const code = ch.charCodeAt(0);
    text += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch === '。' ? '.' : ch;
    origin.push(i);
  }
  origin.push(draft.length);
  return { text, origin };
}

/** A span of the folded text as a span of the draft: from its first character to just after its last. */
export const spanInDraft = ({ origin }: FoldedDraft, start: number, end: number): [number, number] =>
  end > start ? [origin[start]!, origin[end - 1]! + 1] : [origin[start]!, origin[start]!];
