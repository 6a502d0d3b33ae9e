import { halfWidthPunctuation, refusedTerms } from '../i18n/zh-text-check';
import { builtPages } from './site-check';

/**
 * The Chinese terminology and full-width punctuation, checked over what a reader sees on the
 * built Chinese pages: words joined by components ("最近审核：", "来源：000") are only whole
 * here. test/content/zh-text.test.ts checks the texts themselves, file by file.
 */

/** Where text is not the page's Chinese: code, templates and other-language quotes, search aliases. */
const leftOut = [
  /<script\b[\s\S]*?<\/script>/g,
  /<style\b[\s\S]*?<\/style>/g,
  /<pre\b[\s\S]*?<\/pre>/g,
  /<code\b[\s\S]*?<\/code>/g,
  /<template\b[\s\S]*?<\/template>/g,
  /<p class="aliases">[\s\S]*?<\/p>/g,
  /<(span|p|blockquote|q)\b[^>]*\blang="(?:en|de)[^"]*"[^>]*>[\s\S]*?<\/\1>/g,
];

/** Elements that end a run of text: a mark is beside a Han character only within one. */
const blocks =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|td|th|tr|table|thead|tbody|caption|section|nav|header|footer|dd|dt|dl|option|select|label|button|summary|details|br|main|aside|article|figure|figcaption|blockquote|form|fieldset|legend)\b[^>]*>/g;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** The runs of visible text of a page, in order. */
export function visibleRuns(html: string): string[] {
  // A comment splits no text: Preact marks the joins of a sentence's parts with them.
  const page = html.replace(/^[\s\S]*?<body\b[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const body = leftOut.reduce((text, pattern) => text.replace(pattern, '\n'), page);
  return decode(body.replace(blocks, '\n').replace(/<[^>]+>/g, ''))
    .split('\n')
    .map((run) => run.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Every refused term or half-width mark beside Han on the built Chinese pages, as `page: problem in "…"`. */
export function zhPageProblems(dist: string): string[] {
  const problems: string[] = [];
  for (const page of builtPages(dist).filter((p) => p.url.startsWith('/zh-cn/'))) {
    const seen = new Set<string>();
    for (const run of visibleRuns(page.html)) {
      const found = [
        ...refusedTerms(run).map((f) => `refused "${f.found}" (use ${f.preferred})`),
        ...halfWidthPunctuation(run).map((f) => `half-width "${f.mark}" in "${f.context}" (use ${f.fullWidth})`),
      ];
      for (const problem of found) {
        if (seen.has(problem)) continue;
        seen.add(problem);
        problems.push(`${page.url}: ${problem}`);
      }
    }
  }
  return problems;
}
