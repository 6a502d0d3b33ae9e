import { useState } from 'preact/hooks';
import { factLabels } from '../../engine/fact-labels';
import { formatMoney } from '../../engine/money';
import type { Scenario, SimState } from '../../engine/simulator';
import type { CaseDeadline } from '../../engine/simulator/case-clock';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { aside, colon } from '../../engine/punctuation';
import { say } from '../../i18n/say';

type Strings = Record<KeysWith<'sim.' | 'clock.status.' | 'engine.fact.kind.'>, string>;

interface Props {
  lang: Lang;
  scenario: Scenario;
  state: SimState;
  /** The time the clock shows. */
  now: string;
  deadlines: CaseDeadline[];
  /** Facts still hidden, as paths (`tracking.state`). */
  unknown: string[];
  format: (iso: string) => string;
  ruleHref: (id: string) => string;
  strings: Strings;
}

/** Where the case file sits beside the work (simulator.css), its long parts open from the start. */
const wideScreen = () => typeof matchMedia === 'function' && matchMedia('(min-width: 60rem)').matches;

/** The case as it would sit in Seller Central or Seller Hub: order, tracking, messages, notice, clock. */
export function CaseFile({ lang, scenario, state, now, deadlines, unknown, format, ruleHref, strings: s }: Props) {
  const { facts, buyer } = scenario;
  const order = facts.order;
  const place = 'marketplace' in facts ? facts.marketplace : `eBay ${facts.site}`;
  const money = formatMoney(order.price, order.currency, lang);
  const trackingNow = scenario.tracking.filter((e) => e.at <= state.now);
  const hiddenTracking = unknown.some((p) => p.startsWith('tracking'));
  // Triage asks for the kind and the first deadline: the file shows them only once it is answered.
  const triaged = state.phase !== 'triage';
  // Read once: a part the trainee opened or closed stays so as the case goes on.
  const [wide] = useState(wideScreen);
  return (
    <section class="case-file" aria-labelledby="case-file-title">
      <h2 id="case-file-title">{s['sim.caseFile']}</h2>
      <dl class="case-facts">
        {triaged ? (
          <>
            <dt>{s['sim.kind']}</dt>
            <dd>
              {say(s, lang, factLabels.kind!.values![facts.kind]!)} · {place}
            </dd>
          </>
        ) : (
          <>
            <dt>{s['sim.marketplace']}</dt>
            <dd>{place}</dd>
          </>
        )}
        <dt>{s['sim.buyer']}</dt>
        <dd>
          {buyer.name}
          {aside(lang, s[`sim.temperament.${buyer.temperament}`])}
        </dd>
      </dl>

      {scenario.notice && (
        <>
          <h3>{s['sim.notice']}</h3>
          <p class="case-notice">{scenario.notice}</p>
        </>
      )}

      {/* The buyer's words always show; the long parts below fold on a narrow screen. */}
      <h3>{s['sim.thread']}</h3>
      <ol class="thread">
        {state.thread.map((m) => (
          <li class={`thread-${m.from}`}>
            <p class="thread-meta">
              <strong>{m.from === 'buyer' ? buyer.name : s['sim.you']}</strong> · <time dateTime={m.at}>{format(m.at)}</time>
            </p>
            <p class="thread-text" lang="en">
              {m.text}
            </p>
          </li>
        ))}
      </ol>

      <details class="case-part" open={wide}>
        <summary>{s['sim.orderDetails']}</summary>
        <dl class="case-order">
          <dt>{s['sim.item']}</dt>
          <dd>
            {order.item} · {money}
            {order.id && <span class="order-id"> · {order.id}</span>}
          </dd>
          <dt>{s['sim.ordered']}</dt>
          <dd>{format(order.orderedAt)}</dd>
          {order.shippedAt && (
            <>
              <dt>{s['sim.shipped']}</dt>
              <dd>
                {format(order.shippedAt)}
                {scenario.shippingMethod && ` · ${scenario.shippingMethod}`}
              </dd>
            </>
          )}
          {order.estimatedDeliveryAt && (
            <>
              <dt>{s['sim.edd']}</dt>
              <dd>{format(order.estimatedDeliveryAt)}</dd>
            </>
          )}
        </dl>
        {unknown.length > 0 && <p class="case-unknown">{s['sim.unknown']}</p>}
      </details>

      <details class="case-part" open={wide}>
        <summary>{s['sim.tracking']}</summary>
        {trackingNow.length === 0 ? (
          <p>{s['sim.noTracking']}</p>
        ) : (
          <ol class="tracking-events">
            {trackingNow.map((e) => (
              <li>
                <time dateTime={e.at}>{format(e.at)}</time> — {e.status}
                {e.place && ` (${e.place})`}
              </li>
            ))}
          </ol>
        )}
        {hiddenTracking && <p class="case-unknown">{s['sim.trackingUnchecked']}</p>}
      </details>

      <details class="case-part" open={wide}>
        <summary>{s['sim.clock']}</summary>
        <p>
          {s['sim.now']} <time dateTime={now}>{format(now)}</time>
        </p>
        {!triaged ? (
          <p class="case-unknown">{s['sim.clockAfterTriage']}</p>
        ) : deadlines.length === 0 ? (
          <p>{s['sim.noDeadlines']}</p>
        ) : (
          <ul class="sim-deadlines">
            {deadlines.map((d) => (
              <li class={`status-${d.status}`}>
                {d.label[lang]}
                {colon(lang)}
                <time dateTime={d.closesAt}>{format(d.closesAt)}</time> —{' '}
                {d.status === 'met' || d.status === 'missed' ? s[`sim.clock.${d.status}`] : s[`clock.status.${d.status}`]} <a href={ruleHref(d.ruleId)}>{d.ruleId}</a>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
