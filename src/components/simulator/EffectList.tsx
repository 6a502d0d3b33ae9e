import type { Effect } from '../../engine/simulator';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';

type Strings = Record<KeysWith<'sim.' | 'engine.sim.' | 'engine.reply.explanation.' | 'engine.action.' | 'engine.list.'>, string>;

interface Props {
  lang: Lang;
  log: Effect[][];
  buyer: string;
  format: (iso: string) => string;
  strings: Strings;
}

/** What happened after each step, newest first; the newest is announced to screen readers. */
export function EffectList({ lang, log, buyer, format, strings: s }: Props) {
  const lines = (effects: Effect[]) => effects.map((e) => line(e, lang, buyer, format, s)).filter((l): l is string => l !== null);
  const latest = log.at(-1) ? lines(log.at(-1)!) : [];
  return (
    <section class="sim-log" aria-labelledby="log-title">
      <h2 id="log-title">{s['sim.log']}</h2>
      <div aria-live="polite" class="sim-latest">
        {latest.map((l) => (
          <p>{l}</p>
        ))}
      </div>
      {log.length > 1 && (
        <details>
          <summary>{s['sim.earlier']}</summary>
          <ol reversed>
            {log
              .slice(0, -1)
              .reverse()
              .map((effects) => (
                <li>{lines(effects).join(' ')}</li>
              ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function line(effect: Effect, lang: Lang, buyer: string, format: (iso: string) => string, s: Strings): string | null {
  switch (effect.type) {
    case 'clock':
      return fillText(s['sim.effect.clock'], { minutes: effect.minutes, time: format(effect.to) });
    case 'finding':
    case 'hint':
      return say(s, lang, effect.text);
    case 'reply-checked':
      return effect.findings.length ? `${s['sim.effect.replyFindings']} ${effect.findings.map((f) => say(s, lang, f.explanation)).join(' ')}` : s['sim.effect.replyClean'];
    case 'buyer':
      return `${buyer}: “${effect.says}”`;
    case 'next-round':
      return fillText(s['sim.effect.round'], { n: effect.round });
    case 'closed':
      return s[`sim.outcome.${effect.outcome.kind}`];
    case 'rejected':
      return say(s, lang, effect.reason);
  }
}
