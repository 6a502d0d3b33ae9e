/**
 * How search cuts text into words, the same way for the index and for a query: Latin words
 * lower-cased and lightly stemmed ("claims", "claimed" → "claim"), Chinese as overlapping
 * character pairs (bigrams), which find any Chinese word without a dictionary. Queries are
 * first split into words with Intl.Segmenter so question and filler words can be dropped.
 */

export const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();

export const cjkChar = /[\u3400-\u9fff\uf900-\ufaff]/;
export const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/g;
/** A Latin word or number; hyphens and apostrophes inside a word are cut ("a-to-z" → a, to, z). */
export const latinWord = /[a-z0-9\u00c0-\u024f]+/g;

/**
 * A light English stemmer: plural and -ed/-ing endings off, a doubled final consonant undone,
 * a final silent e dropped, so "receive", "received", "receiving" all give "receiv".
 */
const stems = new Map<string, string>();
export function stem(word: string): string {
  if (word.length < 4) return word;
  let known = stems.get(word);
  if (known === undefined) stems.set(word, (known = stemOf(word)));
  return known;
}

function stemOf(word: string): string {
  if (/[0-9]/.test(word)) return word;
  let w = word;
  if (/ies$|ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/sses$/.test(w)) w = w.slice(0, -2);
  else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/es$/.test(w) && w.length > 4 && /(ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz|ff)$/.test(w)) w = w.slice(0, -1);
  if (/[^aeiou]e$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The character pairs of a Chinese run; a single character stands alone. */
export function bigrams(run: string): string[] {
  if (run.length < 2) return [run];
  const out: string[] = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * The character pairs of a query's Chinese piece that can be words: pairs inside a segmenter
 * word, and pairs across a cut only where one side is a single character (the segmenter cuts
 * words it does not know, "买|家", into characters). A pair spanning two known words ("觉得产品"
 * → 得产) is no word: it only matches by chance.
 */
export function pieceBigrams(piece: string): string[] {
  let pairs = piecePairs.get(piece);
  if (pairs) return pairs;
  const cut = wordsOf(piece);
  pairs = [];
  for (let k = 0; k < cut.length; k++) {
    const w = cut[k]!;
    const next = cut[k + 1];
    if (w.length >= 2) pairs.push(...bigrams(w));
    if (next && (w.length === 1 || next.length === 1)) pairs.push(w.slice(-1) + next[0]);
  }
  if (!pairs.length) pairs = bigrams(piece);
  // Typing repeats a piece keystroke after keystroke; the segmenter is the costly part.
  if (piecePairs.size > 500) piecePairs.clear();
  piecePairs.set(piece, pairs);
  return pairs;
}
const piecePairs = new Map<string, string[]>();

const anyToken = /[a-z0-9\u00c0-\u024f]+|[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Calls `each` with every index token of a normalised text (Latin stems, Chinese bigrams) and, for Latin, the word as written. */
export function eachToken(text: string, each: (token: string, word?: string) => void): void {
  for (const m of text.matchAll(anyToken)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c >= 0x3400 && c <= 0xfaff) {
      for (let i = 0; i < w.length - 1; i++) each(w.slice(i, i + 2));
    } else each(stem(w), w);
  }
}

/** Every index token of a normalised text: Latin stems and Chinese bigrams. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (t) => out.push(t));
  return out;
}

/** English words and phrases that ask rather than say: they weigh nothing. Longest first. */
const englishFillerPhrases = [
  'what do i do',
  'what should i do',
  'what do we do',
  'what to do',
  'how do i',
  'how should i',
  'how can i',
  'how do we',
  'how long',
  'how many',
  'how much',
  'is it ok to',
  'is it okay to',
  'am i allowed to',
  'can i',
  'should i',
  'do i have to',
  'do i need to',
  'what happens',
  'what if',
  'what is',
  "what's",
  'who is',
  'when do i',
  'when can',
  'when should',
  'where do i',
  'says that',
  'tells me',
  // Phrasal verbs that say nothing of the topic: "can't figure out how to set it up".
  'figure out how to',
  'figure out',
  'find out',
  'work out how to',
];
const englishFillers = new Set(
  (
    'a an the to of and or is are was be been my i me we our you your it its this that these those do does did done how what when where which who whom why ' +
    'can could should would will shall may might must have has had get got am in on at for with about from by as into than then so if but ' +
    'please help there their them they he she his her any some just still also now yet ok okay shows show says say said tells told want wants ' +
    'need needs let lets know does his him hers someone something anything thing things very really already not no don doesn didn isn t s good best right correct proper tell more again ' +
    // Contractions as agents type them, without the apostrophe.
    'cant dont doesnt didnt isnt wont wouldnt shouldnt couldnt im ive'
  ).split(' '),
);

/**
 * English words that carry a little meaning but say nothing of the topic ("after", "two",
 * "because"): they weigh a fraction of a content word, enough to tell "cancel after
 * shipping" from "cancel before shipping", too little to pull a question towards every
 * heading that happens to hold them.
 */
const englishWeakWords = new Set(
  (
    'after before since until during while again back once twice same other another else instead because though although ' +
    'too much many lot lots few every each both all only even ever never always often one two three four five six seven eight nine ten first last ' +
    // "us" the pronoun, and the US; "asks" and "asked" mostly report what a buyer said.
    'us asks asked'
  ).split(' '),
);
export const isWeak = (word: string): boolean => englishWeakWords.has(word);

/** Chinese question and filler words: they weigh nothing. */
const chineseFillers = new Set(
  (
    '吗 呢 吧 啊 呀 了 的 地 得 着 过 么 嘛 哦 怎么 怎么办 怎么样 怎样 如何 多久 多长时间 多少 几天 几个 什么 为什么 哪 哪里 哪些 哪个 是否 是不是 能不能 能否 可不可以 可以 要 该 应该 需要 请问 一下 我 我们 你 你们 他 她 它 他们 这 那 这个 那个 这样 就 还 也 都 和 与 及 或 在 被 把 对 给 让 会 有 没 是 说 问 想 ' +
    '几 时候 办 处理 处理吗 啥 咋 咋办 好 请 帮 帮忙 一个 还是 先 做 后 再 一定 必须 可能 已经 又 才 为 谁 几 里 内 以内 之内 ' +
    // Connectives and "I think": they join a question's parts and say nothing of its topic.
    '觉得 认为 顺便 然后 因为 所以 但是 但 可是 不过 而且 如果 的话 直接'
  ).split(' '),
);

/**
 * A question about time ("how long", "多久") asks for a deadline: the words are fillers, but
 * the query then looks for time words as well.
 */
export const asksForTime = (query: string): boolean =>
  /\bhow (long|many (days|hours)|fast|soon|quickly)\b|\bdeadline|\btime limit|\bwithin\b|多久|几天|多长时间|多少天|几个小时|几小时|时限|期限|多少时间/.test(normalise(query));

/** What a time question looks for besides its words. */
export const timeWords = ['day', 'hour', '天', '小时'];

export const isFiller = (word: string): boolean => (cjkChar.test(word) ? chineseFillers.has(word) : englishFillers.has(word));

let segmenter: Intl.Segmenter | undefined;
const wordsOf = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // A segment that is not a word (punctuation, space) is kept as a break between pieces.
  return [...segmenter.segment(text)].map((s) => (s.isWordLike ? s.segment : ' '));
};

/**
 * The content words of a query, fillers dropped: Latin words (stemmed later), and Chinese
 * pieces — runs of words with no filler between them, which are matched by their bigrams.
 */
export function contentWords(query: string): string[] {
  let text = ` ${normalise(query)} `;
  for (const phrase of englishFillerPhrases) text = text.replaceAll(` ${phrase} `, '  ').replaceAll(` ${phrase} `, '  ');
  const out: string[] = [];
  let piece = '';
  const flush = () => {
    if (piece) out.push(piece);
    piece = '';
  };
  for (const word of wordsOf(text)) {
    if (word === ' ') {
      flush();
      continue;
    }
    if (!cjkChar.test(word)) {
      flush();
      for (const w of word.match(latinWord) ?? []) if (!isFiller(w)) out.push(w);
      continue;
    }
    // Words between fillers stay together as one piece ("买|家" → 买家): its character pairs
    // find it however the segmenter cut it.
    if (isFiller(word)) flush();
    else piece += word;
  }
  flush();
  return out;
}
