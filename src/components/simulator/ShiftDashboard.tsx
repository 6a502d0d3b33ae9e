import { useEffect } from 'preact/hooks';
import { factLabels } from '../../engine/fact-labels';
import { formatMoney } from '../../engine/money';
import type { Shift, ShiftState } from '../../engine/simulator/shift';
import { shiftReport, type ReplyStanding } from '../../engine/simulator/shift-report';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<KeysWith<'sim.' | 'shift.' | 'engine.sim.' | 'engine.action.' | 'engine.list.' | 'engine.fact.kind.'>, string>;

export interface DashboardProps {
  lang: Lang;
  shift: Shift;
  state: ShiftState;
  /** Move focus to the dashboard's heading: the day just ended, and the button pressed is gone. */
  focus: boolean;
  format: (iso: string) => string;
  ruleHref: (id: string) => string;
  strings: Strings;
}

const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);

/** A case's reply at the end of the day, in words; a case that had not arrived is neither late nor worked. */
const replyCell = (reply: ReplyStanding, s: Strings): string =>
  ({ 'in-time': `✓ ${s['shift.inTime']}`, late: `✕ ${s['shift.late']}`, 'no-clock': '—', 'not-arrived': s['shift.notArrived'] })[reply];

/** The end of the day: the account-health figures the day produced, and each case's result. */
export function ShiftDashboard({ lang, shift, state, focus, format, ruleHref, strings: s }: DashboardProps) {
  useEffect(() => {
    if (focus) document.getElementById('dashboard-title')?.focus();
  }, []);
  const report = shiftReport(policy, shift, state);
  const money = Object.entries(report.costByCurrency)
    .map(([currency, amount]) => formatMoney(amount, currency, lang))
    .join(' + ');
  return (
    <section class="shift-dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title" tabIndex={-1}>
        {s['shift.dashboard']}
      </h2>
      <dl class="dashboard-figures">
        <div>
          <dt>
            {s['shift.responseInTime']} <a href={ruleHref('HEALTH-1')}>HEALTH-1</a>
          </dt>
          <dd>
            {percent(report.responseInTime.met, report.responseInTime.of)} ({report.responseInTime.met} / {report.responseInTime.of})
          </dd>
        </div>
        <div>
          <dt>
            {s['shift.returnDissatisfaction']} <a href={ruleHref('HEALTH-3')}>HEALTH-3</a>
          </dt>
          <dd>
            {percent(report.returnDissatisfied.count, report.returnDissatisfied.of)} ({report.returnDissatisfied.count} / {report.returnDissatisfied.of})
          </dd>
        </div>
        <div>
          <dt>{s['shift.claims']}</dt>
          <dd>{report.claimsOpened}</dd>
        </div>
        <div>
          <dt>
            {s['shift.odr']} <a href={ruleHref('HEALTH-4')}>HEALTH-4</a>
          </dt>
          <dd>{report.odrContributions}</dd>
        </div>
        <div>
          <dt>{s['shift.cost']}</dt>
          <dd>{money || '—'}</dd>
        </div>
        <div>
          <dt>{s['shift.average']}</dt>
          <dd>{report.averageScore ?? '—'}</dd>
        </div>
      </dl>
      <h3>
        {s['shift.order']} <a href={ruleHref('MSG-1')}>MSG-1</a>
      </h3>
      {state.openedAt.every((at) => at === null) ? (
        <p>{s['shift.noneOpened']}</p>
      ) : report.slips.length === 0 ? (
        <p>✓ {s['shift.noSlips']}</p>
      ) : (
        <ul>
          {report.slips.map((slip) => (
            <li>{fillText(s['shift.slip'], { opened: shift.cases[slip.opened]!.scenario.buyer.name, before: shift.cases[slip.before]!.scenario.buyer.name })}</li>
          ))}
        </ul>
      )}
      <table class="sim-dimensions">
        <caption>{s['shift.cases']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['shift.received']}</th>
            <th scope="col">{s['shift.subject']}</th>
            <th scope="col">{s['shift.replied']}</th>
            <th scope="col">{s['sim.score']}</th>
          </tr>
        </thead>
        <tbody>
          {report.cases.map((c) => {
            const scenario = shift.cases[c.index]!.scenario;
            return (
              <tr>
                <td>{format(shift.cases[c.index]!.arrivesAt)}</td>
                <td>
                  {scenario.buyer.name} · {say(s, lang, factLabels.kind!.values![scenario.facts.kind]!)}
                </td>
                <td>{replyCell(c.reply, s)}</td>
                <td>{c.report ? `${c.report.total} · ${say(s, lang, c.report.bandLabel)}` : c.reply === 'not-arrived' ? '—' : s['shift.notWorked']}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={`?seed=${shift.seed + 1}`}>{s['shift.nextDay']}</a>
      </p>
    </section>
  );
}
