import { useEffect } from 'preact/hooks';
import { formatMoney } from '../../engine/money';
import type { Decision, Scenario } from '../../engine/simulator';
import { dimensions, scoreTrace } from '../../engine/simulator/score';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import { aside } from '../../engine/punctuation';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<KeysWith<'sim.' | 'engine.sim.' | 'engine.reply.why.' | 'engine.action.' | 'engine.list.'>, string>;

export interface ReviewProps {
  lang: Lang;
  scenario: Scenario;
  trace: readonly Decision[];
  ruleHref: (id: string) => string;
  /** Move focus to the review's heading once it is shown (the case closed by the last step). */
  focus: boolean;
  strings: Strings;
}

/**
 * The outcome: the score on each dimension, then every decision with what the playbook says
 * and why. Scoring loads with it, when a case closes (see CaseBoard).
 */
export function Review({ lang, scenario, trace, ruleHref, focus, strings: s }: ReviewProps) {
  const report = scoreTrace(policy, scenario, trace);
  useEffect(() => {
    if (focus) document.getElementById('review-title')?.focus();
  }, []);
  return (
    <section class="sim-review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1}>
        {s['sim.review']}
      </h2>
      <p class={`sim-total ${report.passed ? 'passed' : 'failed'}`}>
        <span aria-hidden="true">{report.passed ? '✓' : '✕'}</span> <strong>{report.total}</strong> / 100 · {say(s, lang, report.bandLabel)} ·{' '}
        {report.passed ? s['sim.passed'] : s['sim.notPassed']}
        {aside(lang, fillText(s['sim.passMark'], { n: report.passMark }))}
      </p>
      {report.capNote && (
        <div class="review-item verdict-wrong sim-never-do">
          <p>
            <strong>{say(s, lang, report.capNote)}</strong>
          </p>
          <ul>
            {report.neverDo.map((n) => (
              <li>
                <a href={ruleHref(n.ruleId)}>{n.ruleId}</a> · {say(s, lang, n.did)} {say(s, lang, n.why)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table class="sim-dimensions">
        <caption>{s['sim.dimensions']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['sim.dimension']}</th>
            <th scope="col">{s['sim.score']}</th>
            <th scope="col">{s['sim.notes']}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((name) => {
            const d = report.dimensions[name];
            return (
              <tr>
                <th scope="row">
                  {s[`sim.dim.${name}`]} <span class="dim-weight">({fillText(s['sim.weight'], { n: d.weight })})</span>
                </th>
                <td>{Math.round(d.score)}</td>
                <td>{d.notes.map((n) => say(s, lang, n)).join(' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{s['sim.decisions']}</h3>
      <ol class="review-items">
        {report.review.map((item) => (
          <li class={`review-item verdict-${item.verdict ?? 'none'}`}>
            <p>
              <strong>{s[`sim.reviewStep.${item.step}`]}</strong> · {say(s, lang, item.chosen)}
              {item.verdict && (
                <>
                  {' '}
                  — <span class="review-verdict">{s[`sim.verdict.${item.verdict}`]}</span>
                </>
              )}{' '}
              <span class="review-points">{fillText(s['sim.points'], { n: Math.round(item.points * 10) / 10, max: item.max })}</span>
            </p>
            <p>{say(s, lang, item.note)}</p>
            {item.citations.length > 0 && (
              <ul class="review-why">
                {item.citations.map((c) => (
                  <li>
                    {c.why[lang]} <a href={ruleHref(c.ruleId)}>{c.ruleId}</a>
                  </li>
                ))}
              </ul>
            )}
            {item.citations.length === 0 && item.ruleIds.length > 0 && (
              <p>
                {item.ruleIds.map((id) => (
                  <>
                    <a href={ruleHref(id)}>{id}</a>{' '}
                  </>
                ))}
              </p>
            )}
            <p class="review-best">
              <span>{s['sim.best']}</span> {say(s, lang, item.best)}
            </p>
          </li>
        ))}
      </ol>
      <p>{fillText(s['sim.cost'], { spent: formatMoney(report.cost.spent, report.cost.currency, lang), best: formatMoney(report.cost.best, report.cost.currency, lang) })}</p>
    </section>
  );
}
