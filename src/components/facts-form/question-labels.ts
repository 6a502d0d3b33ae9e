import { sentenceStart } from '../../engine/sentence-start';
import { factLabels } from '../../engine/fact-labels';
import { viewFactOfPath } from '../../engine/questions';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';

/** The catalog strings a form names its questions with (`form.label.*`, and the facts' names, `engine.fact.*`), in the page's language. */
export type FormLabelStrings = Record<KeysWith<'form.label.' | 'engine.fact.'>, string>;

/** How a form names each question: dates and places by their own label (these keys), the rest as the rules name the fact. */
const formLabels: Record<string, keyof FormLabelStrings> = {
  marketplace: 'form.label.marketplace',
  site: 'form.label.site',
  'order.currency': 'form.label.order.currency',
  'order.orderedAt': 'form.label.order.orderedAt',
  'order.paidAt': 'form.label.order.paidAt',
  'order.shippedAt': 'form.label.order.shippedAt',
  'order.estimatedDeliveryAt': 'form.label.order.estimatedDeliveryAt',
  'order.highValue': 'form.label.order.highValue',
  receivedAt: 'form.label.receivedAt',
  claimOpenedAt: 'form.label.claimOpenedAt',
  noticeReceivedAt: 'form.label.noticeReceivedAt',
  disputeOpenedAt: 'form.label.disputeOpenedAt',
  feedbackLeftAt: 'form.label.feedbackLeftAt',
  caseOpenedAt: 'form.label.caseOpenedAt',
  returnAuthorizedAt: 'form.label.returnAuthorizedAt',
};

const capitalise = (text: string, lang: Lang) => (lang === 'en' ? sentenceStart(text) : text);

export function questionLabel(path: string, lang: Lang, s: FormLabelStrings): string {
  if (Object.hasOwn(formLabels, path)) return s[formLabels[path]!];
  const label = factLabels[viewFactOfPath[path] ?? path]?.label;
  return capitalise(label ? say(s, lang, label) : path, lang);
}

/** An option of a choice question in words; marketplaces, sites and currencies are their own names. */
export function optionLabel(path: string, value: string, lang: Lang, s: FormLabelStrings): string {
  const name = factLabels[viewFactOfPath[path] ?? path]?.values?.[value];
  return name ? say(s, lang, name) : value;
}
