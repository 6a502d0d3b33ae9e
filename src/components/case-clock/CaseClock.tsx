import { useEffect, useMemo, useState } from 'preact/hooks';
import { deadlinesFor, type Deadline, type DeadlineStatus } from '../../engine/clock';
import { factLabels } from '../../engine/fact-labels';
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
import { calendarFile, type CalendarEvent } from './calendar';
import { formatDuration } from './duration';
import { download } from '../storage/download';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import { aside, colon } from '../../engine/punctuation';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<KeysWith<'clock.' | 'form.' | 'tools.' | 'duration.' | 'engine.fact.'>, string>;

interface Props {
  lang: Lang;
  /** Locale tag for dates, e.g. `en` or `zh-CN`. */
  locale: string;
  /** `/rules/` in the page's language. */
  rulesPath: string;
  strings: Strings;
}

const statusIcon: Record<DeadlineStatus, string> = { 'not-yet-open': '◷', open: '○', 'due-soon': '⚠', overdue: '✕', closed: '■' };
const startingForm: CaseForm = { kind: 'amazon-message', answers: {} };

/** The case clock: a case's dates in, every deadline out, counting down live. */
export function CaseClock({ lang, locale, rulesPath, strings: s }: Props) {
  const { form, setForm, problem: linkProblem } = useLinkedCase(startingForm);
  const [now, setNow] = useState<Date | null>(null);

  useEffect(() => {
    setNow(new Date());
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, []);

  // Starting answers are "now" when the page opened, not each second.
  const [openedAt] = useState(() => nowToMinute(new Date()));
  const { questions, answers } = useMemo(() => settle(form, 'clock', openedAt), [form, openedAt]);
  const parsed = useMemo(() => factsFromAnswers(policy, form.kind, answers, 'clock', undefined, form.carried), [form.kind, answers, form.carried]);
  const deadlines = parsed.ok && now ? deadlinesFor(policy, parsed.facts, now) : [];
  const shareUrl = useShareUrl(parsed.ok && now ? parsed.facts : null);

  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const utc = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const zone = typeof Intl !== 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
  const when = (iso: string) => (
    <>
      <time dateTime={iso}>{dateTime.format(new Date(iso))}</time> <span class="utc">({utc.format(new Date(iso))} UTC)</span>
    </>
  );

  const downloadCalendar = () => {
    if (!parsed.ok || !now) return;
    const events: CalendarEvent[] = deadlines.flatMap((d) => eventsOf(d, lang, s, shareUrl));
    const file = calendarFile(events, now.toISOString(), `${s['clock.calendarName']}${colon(lang)}${say(s, lang, factLabels.kind!.values![form.kind]!)}`);
    download(`casebook-${form.kind}.ics`, file, 'text/calendar');
  };

  return (
    <div class="tool controls case-clock">
      {linkProblem && <LinkProblem lang={lang} problem={linkProblem.problem} issues={linkProblem.issues} strings={s} />}
      <form class="tool-form" onSubmit={(e) => e.preventDefault()}>
        <FactsForm
          lang={lang}
          id="clock"
          form={form}
          questions={questions}
          answers={answers}
          onChange={setForm}
          strings={{
            platform: s['form.platform'],
            kind: s['form.kind'],
            caseLegend: s['form.caseLegend'],
            factsLegend: s['clock.datesLegend'],
            timeZone: fillText(s['form.timeZone'], { zone }),
            labels: s,
          }}
        />
      </form>
      <section class="tool-result" aria-labelledby="clock-result">
        <h2 id="clock-result">{s['clock.result']}</h2>
        {!parsed.ok && <FormProblems lang={lang} questions={questions} answers={answers} problems={parsed.issues} strings={s} />}
        {parsed.ok && now && deadlines.length === 0 && <p>{s['clock.none']}</p>}
        {!now && <p>{s['tools.loading']}</p>}
        <ol class="deadline-list">
          {deadlines.map((d) => (
            <li class={`deadline status-${d.status}`} key={`${d.ruleId}-${d.key}`} data-rule={d.ruleId} data-key={d.key}>
              <h3>
                {d.label[lang]}{' '}
                <a href={`${rulesPath}${d.ruleId}/`} class="rule-link">
                  {d.ruleId}
                </a>
              </h3>
              <p class="deadline-status">
                <span class="status-chip" aria-hidden="true">
                  {statusIcon[d.status]}
                </span>{' '}
                <strong>{s[`clock.status.${d.status}`]}</strong>
                {' · '}
                {d.status === 'not-yet-open' && d.opensAt
                  ? `${s['clock.opensIn']} ${formatDuration(Date.parse(d.opensAt) - now!.getTime(), lang, s)}`
                  : d.msLeft >= 0
                    ? `${s['clock.left']} ${formatDuration(d.msLeft, lang, s)}`
                    : `${s['clock.ago']} ${formatDuration(d.msLeft, lang, s)}`}
              </p>
              <dl>
                <dt>{s['clock.from']}</dt>
                <dd>
                  {factLabels[d.from] && say(s, lang, factLabels[d.from]!.label)}
                  {colon(lang)}
                  {when(d.startsAt)}
                </dd>
                {d.opensAt && (
                  <>
                    <dt>{s['clock.opens']}</dt>
                    <dd data-opens>{when(d.opensAt)}</dd>
                  </>
                )}
                <dt>{d.type === 'due' ? s['clock.dueBy'] : d.type === 'window' ? s['clock.closes'] : s['clock.expectedBy']}</dt>
                <dd data-closes>{when(d.closesAt)}</dd>
              </dl>
            </li>
          ))}
        </ol>
        {deadlines.length > 0 && (
          <div class="tool-actions">
            <button type="button" onClick={downloadCalendar}>
              {s['clock.download']}
            </button>
          </div>
        )}
        {shareUrl && <ShareLink id="clock-link" url={shareUrl} strings={{ label: s['tools.shareLabel'], copy: s['tools.copy'], copied: s['tools.copied'] }} />}
      </section>
    </div>
  );
}

/** A deadline as calendar entries: when it closes, and when a window opens. */
function eventsOf(d: Deadline, lang: Lang, s: Strings, url: string): CalendarEvent[] {
  const id = `${d.ruleId}-${d.key}-${d.startsAt.replace(/\W/g, '')}@casebook`;
  const describe = `${d.label[lang]}${aside(lang, d.ruleId)}`;
  const closing: CalendarEvent = {
    uid: `close-${id}`,
    at: d.closesAt,
    summary: `${s[d.type === 'due' ? 'clock.dueBy' : 'clock.closes']}${colon(lang)}${d.label[lang]}`,
    description: describe,
    url,
    ...(d.type === 'due' && { remindBefore: 60 }),
  };
  return d.opensAt ? [{ uid: `open-${id}`, at: d.opensAt, summary: `${s['clock.opens']}${colon(lang)}${d.label[lang]}`, description: describe, url }, closing] : [closing];
}
