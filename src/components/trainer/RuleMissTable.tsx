import type { RuleMiss } from '../../results/cohort';
import type { TrainerStrings } from './trainer-strings';

interface Props {
  /** Weakest first, as loadCohort orders them. */
  misses: RuleMiss[];
  /** `/rules/` in the page's language. */
  rulesPath: string;
  /** Rule ID → title in the page's language, from the page (the islands do not fetch the rules file for titles alone). */
  titles: Record<string, string>;
  locale: string;
  strings: TrainerStrings;
}

/** Each rule the cohort was tested on, with how often it was missed. The bar repeats the figure beside it. */
export function RuleMissTable({ misses, rulesPath, titles, locale, strings: s }: Props) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div class="table-wrap" role="region" aria-labelledby="trainer-rules-caption" tabIndex={0}>
      <table id="trainer-rules" class="rule-miss-table">
        <caption id="trainer-rules-caption">{s['trainer.rulesCaption']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['trainer.col.rule']}</th>
            <th scope="col" class="number">
              {s['trainer.col.missed']}
            </th>
            <th scope="col" class="number">
              {s['trainer.col.answered']}
            </th>
            <th scope="col" class="number">
              {s['trainer.col.rate']}
            </th>
          </tr>
        </thead>
        <tbody>
          {misses.map((miss) => (
            <tr key={miss.rule} data-rule={miss.rule} data-rate={String(miss.rate)}>
              <th scope="row">
                {/* A rule the playbook no longer has (an older file) keeps its ID, without a link that would lead nowhere. */}
                {titles[miss.rule] ? (
                  <>
                    <a href={`${rulesPath}${miss.rule}/`} class="rule-link">
                      {miss.rule}
                    </a>{' '}
                    <span class="rule-title">{titles[miss.rule]}</span>
                  </>
                ) : (
                  <span class="rule-link">{miss.rule}</span>
                )}
              </th>
              <td class="number">{miss.missed}</td>
              <td class="number">{miss.answered}</td>
              <td class="number">
                <span class="rate-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(miss.rate * 100)}%` }} />
                </span>
                {percent.format(miss.rate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
