import { colon } from '../../engine/punctuation';
import { useEffect, useState } from 'preact/hooks';
import { initialState } from '../../engine/simulator/state';
import { play, type Effect } from '../../engine/simulator/step';
import type { Decision } from '../../engine/simulator/decision';
import {
  caseStateIn,
  endShift,
  generateShift,
  inboxStatus,
  initialShiftState,
  leaveCase,
  openCase,
  resumeCase,
  shiftCase,
  stepShift,
  waitForNext,
  workLabel,
  workRank,
  type Shift,
  type ShiftState,
} from '../../engine/simulator/shift';
import type { Lang } from '../../engine/text';
import type { ModuleCheck } from '../../course/module-check';
import type { KeysWith } from '../../i18n';
import { fillText } from '../site/fill-text';
import { useLater } from '../site/use-later';
import { CaseBoard, rejectionOf, useCaseFormat } from './CaseBoard';
import { formatSpan, inboxClock } from './inbox-clock';
import { inboxLine } from './inbox-line';
import { loadSavedShiftPlay, type SavedShiftPlay } from './saved-shift-play';
import { noticesAfterSave } from './save-notices';
import type { DashboardProps } from './ShiftDashboard';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<
  KeysWith<'sim.' | 'shift.' | 'clock.status.' | 'engine.sim.' | 'engine.reply.explanation.' | 'engine.reply.why.' | 'engine.action.' | 'engine.list.' | 'engine.fact.kind.'>,
  string
>;

interface Props {
  lang: Lang;
  locale: string;
  handbookPath: string;
  /** The course's modules and their checks: a shift counts for a module only when it is that module's check. */
  courseChecks: ModuleCheck[];
  strings: Strings;
}

/** The course module this shift assesses (`?module=final-shift`), if any. */
const moduleFrom = (search: string) => new URLSearchParams(search).get('module');

/** The day is over when the trainee ended it or every case is closed. */
const dayOver = (shift: Shift, state: ShiftState) => state.ended || shift.cases.every((_, i) => inboxStatus(policy, shift, state, i) === 'closed');

const seedFrom = (search: string) => {
  const seed = Number.parseInt(new URLSearchParams(search).get('seed') ?? '', 10);
  return Number.isFinite(seed) && seed >= 0 ? seed : 1;
};

/** The dashboard and the scoring it runs load when the day ends. */
function LateDashboard(props: DashboardProps) {
  const loaded = useLater(() => import('./ShiftDashboard'));
  return loaded ? <loaded.ShiftDashboard {...props} /> : <p class="sim-loading">{props.strings['sim.loading']}</p>;
}

/** Shift mode: a day's inbox, worked case by case in the order the trainee chooses. */
export function ShiftPlayer({ lang, locale, handbookPath, courseChecks, strings: s }: Props) {
  const [shift, setShift] = useState<Shift | null>(null);
  const [state, setState] = useState<ShiftState | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  // A day already over when the page opened shows its dashboard without taking the focus.
  const [overAtStart, setOverAtStart] = useState(false);
  const [log, setLog] = useState<Effect[][]>([]);
  const [rejected, setRejected] = useState<string | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [moduleId, setModuleId] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedShiftPlay | null>(null);
  const { format, ruleHref } = useCaseFormat(locale, handbookPath);
  // The inbox shows a closed case's score: scoring loads once a case of the day is closed.
  const [scoring, setScoring] = useState<typeof import('../../engine/simulator/score') | null>(null);

  useEffect(() => {
    const drawn = generateShift(policy, seedFrom(location.search));
    setModuleId(moduleFrom(location.search));
    const key = `shift:${drawn.seed}`;
    void loadSavedShiftPlay().then((store) => {
      const read = store.readShiftPlay(key, drawn);
      const said: string[] = [];
      if (read.keptAs) said.push(fillText(s['sim.keptAside'], { key: read.keptAs }));
      const start = store.saveShiftState(key, read.state ?? initialShiftState(drawn));
      if (!store.playIsKept()) said.push(s['sim.noStorage']);
      setSaved(store);
      setNotices(said);
      setShift(drawn);
      setState(start);
      setOverAtStart(dayOver(drawn, start));
      if (start.current !== null) show(drawn, start, start.current);
    });
  }, []);

  // Leaving a case removes the button that was pressed: keyboard users go on from the inbox.
  useEffect(() => {
    if (viewing === null && document.activeElement === document.body) document.getElementById('inbox-title')?.focus();
  }, [viewing]);

  useEffect(() => {
    // Only the course's final shift is recorded, so its code loads only then.
    if (shift && state && moduleId && dayOver(shift, state))
      void import('./record-shift').then(({ recordShiftCheck }) =>
        recordShiftCheck(
          courseChecks.find((m) => m.id === moduleId),
          shift,
          state,
        ),
      );
  }, [state, moduleId]);

  useEffect(() => {
    if (!scoring && shift && state && shift.cases.some((_, i) => inboxStatus(policy, shift, state, i) === 'closed'))
      void import('../../engine/simulator/score').then((m) => setScoring(() => m));
  }, [state]);

  if (!shift || !state || !saved) return <p class="sim-loading">{s['sim.loading']}</p>;
  const key = `shift:${shift.seed}`;
  /** Saves and shows `next`; false when another tab went further in the day, whose state this tab then shows. */
  const commit = (next: ShiftState): boolean => {
    const kept = saved.saveShiftState(key, next);
    setNotices(noticesAfterSave(notices, { noStorage: s['sim.noStorage'], otherTab: s['sim.otherTab'] }, { kept: saved.playIsKept(), otherTab: kept !== next }));
    setState(kept);
    if (kept === next) return true;
    setRejected(null);
    if (kept.current !== null) show(shift, kept, kept.current);
    else setViewing(null);
    return false;
  };
  function show(sh: Shift, st: ShiftState, index: number) {
    const scenario = shiftCase(sh, st, index);
    setLog(play(policy, scenario, st.traces[index] ?? [], initialState(scenario)).results.map((r) => r.effects));
    setViewing(index);
  }

  // More than one case may be in progress: opening or resuming one leaves the one worked before as it stands.
  const open = (index: number) => {
    const result = openCase(policy, shift, state, index);
    if (!result.accepted || !commit(result.state)) return;
    setLog([]);
    setRejected(null);
    setViewing(index);
  };
  const resume = (index: number) => {
    const result = resumeCase(policy, shift, state, index);
    if (!result.accepted || !commit(result.state)) return;
    setRejected(null);
    show(shift, result.state, index);
  };
  const back = () => {
    commit(leaveCase(state));
    setRejected(null);
    setViewing(null);
  };
  const decide = (decision: Decision) => {
    const result = stepShift(policy, shift, state, decision);
    if (!result.accepted) {
      setRejected(rejectionOf(result.effects, s, lang) ?? s['sim.rejected']);
      return;
    }
    setRejected(null);
    if (commit(result.state)) setLog([...log, result.effects]);
  };
  const waitNext = () => {
    const result = waitForNext(shift, state);
    if (result.accepted) commit(result.state);
  };
  const end = () => {
    if (confirm(s['shift.endConfirm'])) {
      commit(endShift(state));
      setViewing(null);
    }
  };
  const restart = () => {
    if (!confirm(s['sim.restartConfirm'])) return;
    saved.forgetPlay(key);
    commit(initialShiftState(shift));
    setViewing(null);
  };

  const statuses = shift.cases.map((_, i) => inboxStatus(policy, shift, state, i));
  const scoreOf = (i: number) => scoring?.scoreTrace(policy, shiftCase(shift, state, i), state.traces[i] ?? []).total;
  const inProgress = state.current !== null;
  const toCome = statuses.filter((st) => st === 'not-arrived').length;
  const waiting = statuses.filter((st) => st === 'waiting').length;
  const finished = dayOver(shift, state);

  if (viewing !== null) {
    const scenario = shiftCase(shift, state, viewing);
    const caseState = caseStateIn(policy, shift, state, viewing);
    return (
      <CaseBoard
        lang={lang}
        scenario={scenario}
        state={caseState}
        now={state.now}
        log={log}
        rejected={rejected}
        decide={decide}
        format={format}
        ruleHref={ruleHref}
        strings={s}
      >
        {/* Back at any step: an unfinished case stays in progress, its steps kept. */}
        <button type="button" data-action="back" onClick={back}>
          {s['shift.back']}
        </button>
      </CaseBoard>
    );
  }

  return (
    <div class="shift controls">
      {notices.length > 0 && (
        <div class="sim-notices" role="status">
          {notices.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      <div class="sim-bar">
        <p role="status">
          {s['sim.now']} <time dateTime={state.now}>{format(state.now)}</time> ·{' '}
          {finished ? s['shift.over'] : fillText(s['shift.counts'], { waiting, toCome, done: statuses.filter((st) => st === 'closed').length })}
        </p>
        <div class="sim-bar-buttons">
          {!finished && !inProgress && waiting === 0 && toCome > 0 && (
            <button type="button" onClick={waitNext}>
              {s['shift.wait']}
            </button>
          )}
          {!finished && (
            <button type="button" data-action="end-day" onClick={end}>
              {s['shift.end']}
            </button>
          )}
          <button type="button" onClick={restart}>
            {s['sim.restart']}
          </button>
        </div>
      </div>
      {finished ? (
        <LateDashboard lang={lang} shift={shift} state={state} focus={!overAtStart} format={format} ruleHref={ruleHref} strings={s} />
      ) : (
        <section aria-labelledby="inbox-title">
          <h2 id="inbox-title" tabIndex={-1}>
            {s['shift.inbox']}
          </h2>
          <p>
            {s['shift.inboxLead']} <a href={ruleHref('MSG-1')}>MSG-1</a>
          </p>
          <table class="inbox">
            <caption class="visually-hidden">{s['shift.inbox']}</caption>
            <thead>
              <tr>
                <th scope="col">{s['shift.received']}</th>
                <th scope="col">{s['shift.subject']}</th>
                <th scope="col">{s['shift.deadline']}</th>
                <th scope="col">{s['shift.status']}</th>
                <th scope="col">{s['shift.actions']}</th>
              </tr>
            </thead>
            <tbody>
              {shift.cases.map((c, i) => {
                const status = statuses[i]!;
                if (status === 'not-arrived') return null;
                // Until the case is triaged, the line shows what an inbox shows (the buyer's first words and where), not its kind.
                const line = inboxLine(c.scenario, status !== 'waiting' && caseStateIn(policy, shift, state, i).phase !== 'triage', lang);
                const who = `${c.scenario.buyer.name}, ${line.text}`;
                const clock = inboxClock(shift, state, i);
                const score = status === 'closed' ? scoreOf(i) : undefined;
                return (
                  <tr class={`inbox-${status}`}>
                    <td data-label={`${s['shift.received']}${colon(lang)}`}>
                      <time dateTime={c.arrivesAt}>{format(c.arrivesAt)}</time>
                    </td>
                    <td>
                      <strong>{c.scenario.buyer.name}</strong> · {line.place} ·{' '}
                      <span class="inbox-words" lang={line.lang}>
                        {line.text}
                      </span>
                      {line.triaged && workLabel(policy, workRank(policy, c.scenario)) && (
                        <span class="work-label"> · {workLabel(policy, workRank(policy, c.scenario))![lang]}</span>
                      )}
                    </td>
                    <td class="inbox-deadline" data-label={`${s['shift.deadline']}${colon(lang)}`}>
                      {!clock ? (
                        s['shift.noClock']
                      ) : clock.status === 'met' || clock.status === 'missed' ? (
                        s[`sim.clock.${clock.status}`]
                      ) : (
                        <time dateTime={clock.closesAt} title={format(clock.closesAt)} class={clock.left < 0 ? 'inbox-overdue' : undefined}>
                          {clock.left < 0 ? <span aria-hidden="true">! </span> : null}
                          {fillText(s[clock.left < 0 ? 'shift.overdueBy' : 'shift.timeLeft'], { time: formatSpan(clock.left, locale) })}
                        </time>
                      )}
                    </td>
                    <td class="inbox-status" data-label={`${s['shift.status']}${colon(lang)}`}>
                      {status === 'waiting' ? (
                        s['shift.state.new']
                      ) : status === 'open' ? (
                        <>
                          <span aria-hidden="true">… </span>
                          {s['shift.state.open']}
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">✓ </span>
                          {s['shift.state.done']}
                          {score !== undefined && ` · ${fillText(s['shift.state.score'], { n: score })}`}
                        </>
                      )}
                    </td>
                    <td>
                      {status === 'waiting' ? (
                        <button type="button" onClick={() => open(i)} aria-label={`${s['shift.open']}${colon(lang)}${who}`}>
                          {s['shift.open']}
                        </button>
                      ) : status === 'open' ? (
                        <button type="button" data-action="continue" onClick={() => resume(i)} aria-label={`${s['shift.continue']}${colon(lang)}${who}`}>
                          {s['shift.continue']}
                        </button>
                      ) : (
                        <button type="button" onClick={() => show(shift, state, i)} aria-label={`${s['sim.review']}${colon(lang)}${who}`}>
                          {s['sim.review']}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
