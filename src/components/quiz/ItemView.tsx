import type { QuizItem } from '../../engine/quiz';
import type { Lang } from '../../engine/text';
import { say } from '../../i18n/say';
import type { QuizStrings } from './strings';

interface Props {
  lang: Lang;
  item: QuizItem;
  chosen: string[];
  /** Show what was right and why (after answering, in "feedback after each" mode, and in the review). */
  revealed: boolean;
  /** Whether the item was answered right, when the choices themselves are not known (a reopened result whose answers are not kept). */
  outcome?: boolean;
  choose?: (chosen: string[]) => void;
  ruleHref: (id: string) => string;
  handbookHref: (page: string, anchor: string) => string;
  strings: QuizStrings;
}

/** One quiz question: its prompt, the draft for a fix-the-reply item, and the options; after answering, the verdict and why. */
export function ItemView({ lang, item, chosen, revealed, outcome, choose, ruleHref, handbookHref, strings: s }: Props) {
  const right = outcome ?? (item.answer.length === chosen.length && item.answer.every((id) => chosen.includes(id)));
  const name = `item-${item.id}`;
  return (
    <div class="quiz-item">
      <p class="quiz-prompt" id={`${name}-prompt`}>
        {item.prompt[lang]}
      </p>
      {item.kind === 'fix-reply' && (
        <blockquote class="quiz-draft" lang="en">
          {item.draft}
        </blockquote>
      )}
      {item.options.length > 0 && (
        <fieldset class="quiz-options" aria-labelledby={`${name}-prompt`} disabled={!choose}>
          <legend class="visually-hidden">{item.multiple ? s['quiz.chooseAll'] : s['quiz.chooseOne']}</legend>
          {item.multiple && <p class="hint">{s['quiz.chooseAll']}</p>}
          {item.options.map((o) => {
            const picked = chosen.includes(o.id);
            const isAnswer = item.answer.includes(o.id);
            const mark = revealed && (isAnswer ? 'answer' : picked ? 'wrong' : '');
            return (
              <label key={o.id} class={`quiz-option ${mark ? `is-${mark}` : ''}`}>
                <input
                  type={item.multiple ? 'checkbox' : 'radio'}
                  name={name}
                  checked={picked}
                  onChange={() => choose?.(item.multiple ? (picked ? chosen.filter((c) => c !== o.id) : [...chosen, o.id]) : [o.id])}
                />{' '}
                {o.text[lang]}
                {mark === 'answer' && <span class="quiz-mark"> ✓ {s['quiz.rightAnswer']}</span>}
                {mark === 'wrong' && <span class="quiz-mark"> ✗ {s['quiz.yourWrongAnswer']}</span>}
              </label>
            );
          })}
        </fieldset>
      )}
      {revealed && item.kind !== 'case' && (
        <div class={`quiz-verdict ${right ? 'is-right' : 'is-wrong'}`} role="status">
          <p>
            <strong>{right ? `✓ ${s['quiz.right']}` : chosen.length || outcome !== undefined ? `✗ ${s['quiz.wrong']}` : `✗ ${s['quiz.unanswered']}`}</strong>{' '}
            {say(s, lang, item.explanation)}
          </p>
          <p class="quiz-sources">
            {item.rules.map((id) => (
              <a key={id} href={ruleHref(id)} class="rule-ref">
                {id}
              </a>
            ))}{' '}
            <a href={handbookHref(item.handbook.page, item.handbook.anchor)}>{s['quiz.readMore']}</a>
          </p>
        </div>
      )}
    </div>
  );
}
