import { useEffect, useMemo, useState } from 'preact/hooks';
import { advise } from '../../engine/advise';
import { deadlinesFor } from '../../engine/clock';
import { encodeFacts } from '../../engine/facts-link';
import { highValueWords } from '../../engine/high-value-words';
import { factsFromAnswers } from '../../engine/questions';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { FactsForm } from '../facts-form/FactsForm';
import { FormProblems } from '../facts-form/FormProblems';
import { settle, type CaseForm } from '../facts-form/case-form';
import { nowToMinute } from '../facts-form/local-time';
import { LinkProblem } from '../tools/LinkProblem';
import { ShareLink } from '../tools/ShareLink';
import { useLinkedCase, useShareUrl } from '../tools/use-linked-case';
import { fillText } from '../site/fill-text';
import { AdviceGroups } from './AdviceGroups';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<
  KeysWith<'helper.' | 'form.' | 'tools.' | 'clock.status.' | 'engine.advice.noRecommendation' | 'engine.action.' | 'engine.list.' | 'engine.fact.'>,
  string
>;

interface Props {
  lang: Lang;
  locale: string;
  rulesPath: string;
  /** `/simulator/practice/` in the page's language. */
  practicePath: string;
  strings: Strings;
}

const startingForm: CaseForm = { kind: 'amazon-message', answers: { topic: 'damaged' } };

/** The decision helper: the facts of a case in, what the playbook says out. */
export function DecisionHelper({ lang, locale, rulesPath, practicePath, strings: s }: Props) {
  const { form, setForm, linked, problem: linkProblem } = useLinkedCase(startingForm);
  const [asOf, setAsOf] = useState<string | null>(null);

  // A shared link keeps the moment its advice was given; otherwise advice is as of now.
  useEffect(() => {
    if (linked !== undefined) setAsOf(linked && 'form' in linked && linked.asOf ? linked.asOf : nowToMinute(new Date()));
  }, [linked]);

  const { questions, answers } = useMemo(() => settle(form, 'advice', asOf ?? '1970-01-01T00:00:00Z'), [form, asOf]);
  const parsed = useMemo(() => (asOf ? factsFromAnswers(policy, form.kind, answers, 'advice', asOf, form.carried) : null), [form.kind, answers, asOf, form.carried]);
  const facts = parsed?.ok ? parsed.facts : null;
  const advice = useMemo(() => (facts ? advise(policy, facts) : null), [facts]);
  const deadlines = facts && asOf ? deadlinesFor(policy, facts, asOf) : [];
  const shareUrl = useShareUrl(facts);
  // Where a rule that can apply weighs high value (the form then asks it), say what the case counts as and why.
  const highValue = facts && questions.some((q) => q.path === 'order.highValue') ? highValueWords(policy, facts.order, lang) : null;

  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const zone = typeof Intl !== 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';

  return (
    <div class="tool controls decision-helper">
      {linkProblem && <LinkProblem lang={lang} problem={linkProblem.problem} issues={linkProblem.issues} strings={s} />}
      <form class="tool-form" onSubmit={(e) => e.preventDefault()}>
        <FactsForm
          lang={lang}
          id="helper"
          form={form}
          questions={questions}
          answers={answers}
          onChange={setForm}
          strings={{
            platform: s['form.platform'],
            kind: s['form.kind'],
            caseLegend: s['form.caseLegend'],
            factsLegend: s['helper.factsLegend'],
            timeZone: fillText(s['form.timeZone'], { zone }),
            labels: s,
          }}
        />
      </form>
      <section class="tool-result" aria-labelledby="helper-result" aria-live="polite">
        <h2 id="helper-result">{s['helper.result']}</h2>
        {asOf && (
          <p class="as-of">
            {s['helper.asOf']} <time dateTime={asOf}>{dateTime.format(new Date(asOf))}</time>{' '}
            <button type="button" class="link-button" onClick={() => setAsOf(nowToMinute(new Date()))}>
              {s['helper.useNow']}
            </button>
          </p>
        )}
        {parsed && !parsed.ok && <FormProblems lang={lang} questions={questions} answers={answers} problems={parsed.issues} strings={s} />}
        {!asOf && <p>{s['tools.loading']}</p>}
        {highValue && <p class="high-value-line">{highValue}</p>}
        {advice && <AdviceGroups advice={advice} lang={lang} rulesPath={rulesPath} strings={s} />}
        {advice && advice.recommended.length === 0 && advice.acceptable.length === 0 && advice.wrong.length === 0 && <p>{s['helper.noAdvice']}</p>}
        {deadlines.length > 0 && (
          <div class="advice-deadlines">
            <h3>{s['helper.deadlines']}</h3>
            <ul>
              {deadlines.map((d) => (
                <li key={`${d.ruleId}-${d.key}`}>
                  {d.label[lang]}: <time dateTime={d.closesAt}>{dateTime.format(new Date(d.closesAt))}</time> ({s[`clock.status.${d.status}`]}){' '}
                  <a href={`${rulesPath}${d.ruleId}/`}>{d.ruleId}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {facts && (
          <p class="practise-like">
            <a href={`${practicePath}?seed=1&case=${encodeFacts(facts)}`}>{s['helper.practiseLike']}</a>
          </p>
        )}
        {shareUrl && <ShareLink id="helper-link" url={shareUrl} strings={{ label: s['tools.shareLabel'], copy: s['tools.copy'], copied: s['tools.copied'] }} />}
      </section>
    </div>
  );
}
