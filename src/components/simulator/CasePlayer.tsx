import { useEffect, useMemo, useState } from 'preact/hooks';
import { deadlinesFor } from '../../engine/clock';
import { decodeFacts } from '../../engine/facts-link';
import { ruleById } from '../../engine/policy/registry';
import {
  generateScenario,
  initialState,
  knownFacts,
  play,
  resume,
  scoreTrace,
  step,
  unknownFacts,
  type Decision,
  type Effect,
  type Scenario,
  type SimState,
} from '../../engine/simulator';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { CaseFile } from './CaseFile';
import { EffectList } from './EffectList';
import { Review } from './Review';
import { StepPanel } from './StepPanel';
import { forgetGame, loadGame, saveGame } from './saved-game';
import { practiceFromSearch } from './practice';

type Strings = Record<KeysWith<'sim.' | 'clock.status.'>, string>;

interface Props {
  lang: Lang;
  locale: string;
  /** `/handbook/` in the page's language. */
  handbookPath: string;
  /** An authored case; without it, the case is generated from the page's address. */
  scenario?: Scenario;
  strings: Strings;
}

interface Game {
  scenario: Scenario;
  key: string;
  state: SimState;
  /** The effects of every accepted step, oldest first. */
  log: Effect[][];
}

function start(scenario: Scenario, key: string, trace: readonly unknown[]): { game: Game; dropped: number } {
  const { state, dropped } = resume(scenario, trace);
  const log = play(scenario, state.trace, initialState(scenario)).results.map((r) => r.effects);
  return { game: { scenario, key, state, log }, dropped };
}

/** The case simulator: one buyer case, step by step, judged by the rules. */
export function CasePlayer({ lang, locale, handbookPath, scenario: authored, strings: s }: Props) {
  const [game, setGame] = useState<Game | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [rejected, setRejected] = useState<string | null>(null);

  useEffect(() => {
    const said: string[] = [];
    let scenario = authored;
    let key = authored ? `authored:${authored.id}` : '';
    if (!scenario) {
      const practice = practiceFromSearch(location.search, decodeFacts);
      try {
        scenario = generateScenario(practice.options);
        if (practice.problem) said.push(s['sim.practiceProblem']);
      } catch {
        said.push(s['sim.practiceProblem']);
        scenario = generateScenario({ seed: practice.options.seed });
      }
      key = `practice:${practice.key}`;
    }
    const saved = loadGame(key);
    if (saved && 'keptAs' in saved) said.push(s['sim.keptAside'].replace('{key}', saved.keptAs));
    const { game: started, dropped } = start(scenario, key, saved && 'trace' in saved ? saved.trace : []);
    if (dropped > 0) said.push(s['sim.dropped'].replace('{n}', String(dropped)));
    if (!saveGame(key, started.state.trace)) said.push(s['sim.noStorage']);
    setNotices(said);
    setGame(started);
  }, []);

  // Keyboard users continue where the next step starts.
  const steps = game?.state.trace.length ?? 0;
  useEffect(() => {
    if (steps > 0) document.getElementById(game?.state.phase === 'closed' ? 'review-title' : 'step-title')?.focus();
  }, [steps]);

  const dateTime = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), [locale]);
  const format = (iso: string) => `${dateTime.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso))} UTC`;
  const ruleHref = (id: string) => {
    const rule = ruleById.get(id);
    return rule ? `${handbookPath}${rule.handbook.page}/#${rule.handbook.anchor}` : handbookPath;
  };

  if (!game) return <p>{s['sim.loading']}</p>;
  const { scenario, state } = game;
  const known = knownFacts(scenario, state);
  const deadlines = deadlinesFor(known, state.now);
  const report = state.phase === 'closed' ? scoreTrace(scenario, state.trace) : null;

  const decide = (decision: Decision) => {
    const result = step(scenario, state, decision);
    if (!result.accepted) {
      const reason = result.effects.find((e) => e.type === 'rejected');
      setRejected(reason && reason.type === 'rejected' ? reason.reason[lang] : s['sim.rejected']);
      return;
    }
    setRejected(null);
    saveGame(game.key, result.state.trace);
    setGame({ ...game, state: result.state, log: [...game.log, result.effects] });
  };

  const restart = () => {
    if (!confirm(s['sim.restartConfirm'])) return;
    forgetGame(game.key);
    setGame(start(scenario, game.key, []).game);
    setRejected(null);
  };

  return (
    <div class="case-player" data-phase={state.phase}>
      {notices.length > 0 && (
        <div class="sim-notices" role="status">
          {notices.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      <div class="sim-bar">
        <p>
          {s['sim.round'].replace('{n}', String(state.round))} · {s[`sim.phase.${state.phase}`]} · {s['sim.hintsUsed'].replace('{n}', String(state.hints))}
        </p>
        <div class="sim-bar-buttons">
          {state.phase !== 'closed' && (
            <button type="button" onClick={() => decide({ type: 'hint' })}>
              {s['sim.hint']}
            </button>
          )}
          <button type="button" onClick={restart}>
            {s['sim.restart']}
          </button>
        </div>
      </div>
      <div class="sim-layout">
        <CaseFile lang={lang} scenario={scenario} state={state} deadlines={deadlines} unknown={unknownFacts(scenario, state)} format={format} ruleHref={ruleHref} strings={s} />
        <div class="sim-work">
          {rejected && (
            <p class="sim-rejected" role="alert">
              {rejected}
            </p>
          )}
          {report ? <Review lang={lang} report={report} ruleHref={ruleHref} strings={s} /> : <StepPanel lang={lang} scenario={scenario} state={state} deadlines={deadlines} decide={decide} strings={s} />}
          <EffectList lang={lang} log={game.log} buyer={scenario.buyer.name} format={format} strings={s} />
        </div>
      </div>
    </div>
  );
}
