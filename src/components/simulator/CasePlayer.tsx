import { useEffect, useState } from 'preact/hooks';
// Straight from the simulator's modules, not its index: a case page must not load the scenario schema or the generator.
import type { Decision, Scenario } from '../../engine/simulator';
import { step } from '../../engine/simulator/step';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { CaseBoard, rejectionOf, useCaseFormat } from './CaseBoard';
import { restartGame, startGame, type Game } from './case-game';
import { forget, loadSaved, save } from './saved-game';
import { authoredKey } from './practice';
import { fillText } from '../site/fill-text';

type Strings = Record<KeysWith<'sim.' | 'clock.status.'>, string>;

export interface PlayerProps {
  lang: Lang;
  locale: string;
  /** `/handbook/` in the page's language. */
  handbookPath: string;
  strings: Strings;
}

interface Props extends PlayerProps {
  /** A written case; without it, `practice` draws the case from the page's address. */
  scenario?: Scenario;
  practice?: (search: string) => { scenario: Scenario; key: string; problem: boolean };
}

/** The case simulator: one buyer case, step by step, judged by the rules. */
export function CasePlayer({ lang, locale, handbookPath, scenario: authored, practice, strings: s }: Props) {
  const [game, setGame] = useState<Game | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [rejected, setRejected] = useState<string | null>(null);

  useEffect(() => {
    const begin = (scenario: Scenario, key: string, said: string[]) => {
      const saved = loadSaved(key, (v) => (Array.isArray(v.trace) ? (v.trace as unknown[]) : null));
      if (saved && 'keptAs' in saved) said.push(fillText(s['sim.keptAside'], { key: saved.keptAs }));
      const { game: started, dropped } = startGame(scenario, key, saved && 'value' in saved ? saved.value : []);
      if (dropped > 0) said.push(fillText(s['sim.dropped'], { n: dropped }));
      if (!save(key, { trace: started.state.trace })) said.push(s['sim.noStorage']);
      setNotices(said);
      setGame(started);
    };
    if (authored) begin(authored, authoredKey(authored.id), []);
    else if (practice) {
      const drawn = practice(location.search);
      begin(drawn.scenario, drawn.key, drawn.problem ? [s['sim.practiceProblem']] : []);
    }
  }, []);

  const { format, ruleHref } = useCaseFormat(locale, handbookPath);

  if (!game) return <p class="sim-loading">{s['sim.loading']}</p>;
  const { scenario, state } = game;

  const decide = (decision: Decision) => {
    const result = step(scenario, state, decision);
    if (!result.accepted) {
      setRejected(rejectionOf(result.effects, lang) ?? s['sim.rejected']);
      return;
    }
    setRejected(null);
    save(game.key, { trace: result.state.trace });
    // The score goes where the course and the quiz read it; scoring and that store load only when a case closes.
    if (result.state.phase === 'closed' && state.phase !== 'closed') {
      const { trace } = result.state;
      void Promise.all([import('../../engine/simulator/score'), import('../../stores/case-results')]).then(([{ scoreTrace }, { recordCase }]) => recordCase(game.key, scoreTrace(scenario, trace).total));
    }
    setGame({ ...game, state: result.state, log: [...game.log, result.effects] });
  };

  const restart = () => {
    if (!confirm(s['sim.restartConfirm'])) return;
    forget(game.key);
    setGame(restartGame(game));
    setRejected(null);
  };

  return (
    <>
      {notices.length > 0 && (
        <div class="sim-notices" role="status">
          {notices.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      <CaseBoard lang={lang} scenario={scenario} state={state} log={game.log} rejected={rejected} decide={decide} format={format} ruleHref={ruleHref} strings={s}>
        <button type="button" onClick={restart}>
          {s['sim.restart']}
        </button>
      </CaseBoard>
    </>
  );
}
