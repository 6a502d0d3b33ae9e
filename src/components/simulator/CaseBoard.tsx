import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { ruleById, policy } from '../../engine/loaded-policy';
import type { Decision, Effect, Scenario } from '../../engine/simulator';
import { caseDeadlines } from '../../engine/simulator/case-clock';
import { unknownFacts, type SimState } from '../../engine/simulator/state';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { CaseFile } from './CaseFile';
import { EffectList } from './EffectList';
import type { ReviewProps } from './Review';
import { StepPanel } from './StepPanel';
import { useLater } from '../site/use-later';
import { say, type Catalog } from '../../i18n/say';
import { fillText } from '../site/fill-text';

type Strings = Record<
  KeysWith<'sim.' | 'clock.status.' | 'engine.sim.' | 'engine.reply.explanation.' | 'engine.reply.why.' | 'engine.action.' | 'engine.list.' | 'engine.fact.kind.'>,
  string
>;

interface Props {
  lang: Lang;
  scenario: Scenario;
  state: SimState;
  log: Effect[][];
  rejected: string | null;
  decide: (decision: Decision) => void;
  format: (iso: string) => string;
  ruleHref: (id: string) => string;
  strings: Strings;
  /** The time the case file's clock shows: the case's own, unless a shift's day clock runs on. */
  now?: string;
  /** Buttons of the page around the case (start again, back to the inbox). */
  children?: ComponentChildren;
}

/** Dates in UTC as the simulator shows them, and rule IDs as links to their handbook section. */
export function useCaseFormat(locale: string, handbookPath: string) {
  const dateTime = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), [locale]);
  return {
    format: (iso: string) => `${dateTime.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso))} UTC`,
    ruleHref: (id: string) => {
      const rule = ruleById.get(id);
      return rule ? `${handbookPath}${rule.handbook.page}/#${rule.handbook.anchor}` : handbookPath;
    },
  };
}

/** Why the state machine refused a decision, in the page's language. */
export const rejectionOf = (effects: Effect[], strings: Catalog, lang: Lang): string | undefined => {
  const rejected = effects.find((e) => e.type === 'rejected');
  return rejected?.type === 'rejected' ? say(strings, lang, rejected.reason) : undefined;
};

/** The review, with the scoring it needs, loads only once a case is closed. */
function LateReview(props: ReviewProps) {
  const loaded = useLater(() => import('./Review'));
  return loaded ? <loaded.Review {...props} /> : <p class="sim-loading">{props.strings['sim.loading']}</p>;
}

/** One case on screen: the case file beside the current step, the review once closed, and what happened. */
export function CaseBoard({ lang, scenario, state, log, rejected, decide, format, ruleHref, strings: s, now = state.now, children }: Props) {
  // Keyboard users continue where the next step starts.
  const steps = state.trace.length;
  useEffect(() => {
    if (steps > 0 && state.phase !== 'closed') document.getElementById('step-title')?.focus();
  }, [steps]);

  const deadlines = caseDeadlines(policy, scenario, state, now);
  return (
    <div class="case-player controls" data-phase={state.phase}>
      <div class="sim-bar">
        <p>
          {fillText(s['sim.round'], { n: state.round })} · {s[`sim.phase.${state.phase}`]} · {fillText(s['sim.hintsUsed'], { n: state.hints })}
        </p>
        <div class="sim-bar-buttons">
          {state.phase !== 'closed' && (
            <button type="button" onClick={() => decide({ type: 'hint' })}>
              {s['sim.hint']}
            </button>
          )}
          {children}
        </div>
      </div>
      <div class="sim-layout">
        {/* On a phone the case file is long: the next step is one tap away from the first screen. */}
        {state.phase !== 'closed' && (
          <a class="sim-jump" href="#sim-work">
            {s['sim.jumpToStep']}
          </a>
        )}
        <CaseFile
          lang={lang}
          scenario={scenario}
          state={state}
          now={now}
          deadlines={deadlines}
          unknown={unknownFacts(scenario, state)}
          format={format}
          ruleHref={ruleHref}
          strings={s}
        />
        <div class="sim-work" id="sim-work" tabIndex={-1}>
          {rejected && (
            <p class="sim-rejected" role="alert">
              {rejected}
            </p>
          )}
          {state.phase === 'closed' ? (
            <LateReview lang={lang} scenario={scenario} trace={state.trace} ruleHref={ruleHref} focus={steps > 0} strings={s} />
          ) : (
            <StepPanel lang={lang} scenario={scenario} state={state} deadlines={deadlines} decide={decide} strings={s} />
          )}
          <EffectList lang={lang} log={log} buyer={scenario.buyer.name} format={format} strings={s} />
        </div>
      </div>
    </div>
  );
}
