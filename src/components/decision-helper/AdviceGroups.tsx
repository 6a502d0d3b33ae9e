import { describeAction } from '../../engine/action-labels';
import type { Advice, AdviceItem } from '../../engine/advise';
import { noRecommendation } from '../../engine/no-recommendation';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say, type Catalog } from '../../i18n/say';

const groups = [
  { key: 'recommended', icon: '✓' },
  { key: 'acceptable', icon: '○' },
  { key: 'wrong', icon: '✕' },
] as const;

interface Props {
  advice: Advice;
  lang: Lang;
  rulesPath: string;
  strings: Record<
    'helper.recommended' | 'helper.acceptable' | 'helper.wrong' | 'helper.nothing' | 'engine.advice.noRecommendation' | KeysWith<'engine.action.' | 'engine.list.'>,
    string
  >;
}

/** The advice in its three groups; an empty "do this" group says in the engine's words that the playbook recommends nothing. */
export function AdviceGroups({ advice, lang, rulesPath, strings: s }: Props) {
  return (
    <>
      {groups.map(({ key, icon }) => (
        <div class={`advice-group advice-${key}`} data-group={key}>
          <h3>
            <span aria-hidden="true">{icon}</span> {s[`helper.${key}`]}
          </h3>
          {advice[key].length === 0 ? (
            <p class="advice-none">{key === 'recommended' ? say(s, lang, noRecommendation) : s['helper.nothing']}</p>
          ) : (
            <ul>
              {advice[key].map((item) => (
                <AdviceLine item={item} lang={lang} rulesPath={rulesPath} strings={s} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}

function AdviceLine({ item, lang, rulesPath, strings }: { item: AdviceItem; lang: Lang; rulesPath: string; strings: Catalog }) {
  return (
    <li class="advice-item" data-key={item.key}>
      <strong>{say(strings, lang, describeAction(item.action))}</strong>
      <ul class="advice-why">
        {item.citations.map((c) => (
          <li>
            {c.why[lang]}
            {c.fits && <> {c.fits[lang]}</>} <a href={`${rulesPath}${c.ruleId}/`}>{c.ruleId}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}
