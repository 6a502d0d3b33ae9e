import { useEffect, useState } from 'preact/hooks';
// Straight from the simulator's modules, not its index: a case page must not load the scenario schema or the generator.
import type { Decision, Scenario } from '../../engine/simulator';
import { step } from '../../engine/simulator/step';
import { caseKinds } from '../../engine/case-kinds';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { CaseBoard, rejectionOf, useCaseFormat } from './CaseBoard';
import { restartGame, startGame, type Game } from './case-game';
import { authoredKey, nextUnplayedSeed, playedKeys, practiceSearch } from './practice';
import { loadSavedCasePlay, type SavedCasePlay } from './saved-case-play';
import { noticesAfterSave } from './save-notices';
import { fillText } from '../site/fill-text';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<
  KeysWith<'sim.' | 'clock.status.' | 'engine.sim.' | 'engine.reply.explanation.' | 'engine.reply.why.' | 'engine.action.' | 'engine.list.' | 'engine.fact.kind.'>,
  string
>;

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
  /** A written case's "Next case": the next written case in the simulator's list. */
  next?: string;
}

/** The case simulator: one buyer case, step by step, judged by the rules. */
export function CasePlayer({ lang, locale, handbookPath, scenario: authored, practice, next, strings: s }: Props) {
  const [game, setGame] = useState<Game | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [rejected, setRejected] = useState<string | null>(null);
  // The saved-play store loads with the game, so the page's first script stays small.
  const [saved, setSaved] = useState<SavedCasePlay | null>(null);

  useEffect(() => {
    const begin = async (scenario: Scenario, key: string, said: string[]) => {
      const store = await loadSavedCasePlay();
      const { trace, keptAs } = store.readCasePlay(key, scenario);
      if (keptAs) said.push(fillText(s['sim.keptAside'], { key: keptAs }));
      const { game: started } = startGame(scenario, key, trace);
      store.saveCaseTrace(key, started.state.trace);
      if (!store.playIsKept()) said.push(s['sim.noStorage']);
      setSaved(store);
      setNotices(said);
      setGame(started);
    };
    if (authored) void begin(authored, authoredKey(authored.id), []);
    else if (practice) {
      const drawn = practice(location.search);
      void begin(drawn.scenario, drawn.key, drawn.problem ? [s['sim.practiceProblem']] : []);
    }
  }, []);

  // Another tab's further steps in this case show here as they are saved.
  const key = game?.key;
  useEffect(() => {
    if (!saved || !key) return;
    return saved.followPlay(key, (entry) => {
      if (!entry || !('trace' in entry)) return;
      setGame((shown) => (shown && saved.isFurtherTrace(entry.trace, shown.state.trace) ? startGame(shown.scenario, shown.key, entry.trace).game : shown));
    });
  }, [saved, key]);

  const { format, ruleHref } = useCaseFormat(locale, handbookPath);

  // A closed practice case leads to a new one: the first number of its kind and topic not played yet.
  const [nextPractice, setNextPractice] = useState<string | null>(null);
  const closed = game?.state.phase === 'closed';
  useEffect(() => {
    if (!closed || authored) return;
    void Promise.all([import('../../stores/saved-play'), import('../../stores/case-results')]).then(([{ $savedPlay }, { $caseResults }]) => {
      const params = new URLSearchParams(location.search);
      const kind = caseKinds.find((k) => k === params.get('kind'));
      const topic = kind ? (params.get('topic') ?? '') : '';
      const seed = nextUnplayedSeed(playedKeys($savedPlay.get(), $caseResults.get()), kind, topic);
      setNextPractice(`${location.pathname}${practiceSearch(seed, kind, topic)}`);
    });
  }, [closed]);
  const nextHref = authored ? next : nextPractice;

  if (!game || !saved) return <p class="sim-loading">{s['sim.loading']}</p>;
  const { scenario, state } = game;

  const decide = (decision: Decision) => {
    const result = step(policy, scenario, state, decision);
    if (!result.accepted) {
      setRejected(rejectionOf(result.effects, s, lang) ?? s['sim.rejected']);
      return;
    }
    setRejected(null);
    const kept = saved.saveCaseTrace(game.key, result.state.trace);
    const otherTab = JSON.stringify(kept) !== JSON.stringify(result.state.trace);
    setNotices(noticesAfterSave(notices, { noStorage: s['sim.noStorage'], otherTab: s['sim.otherTab'] }, { kept: saved.playIsKept(), otherTab }));
    if (otherTab) {
      // Another tab went further in this case: its steps stand, and this tab shows them.
      setGame(startGame(scenario, game.key, kept).game);
      return;
    }
    // The score goes where the course and the quiz read it; scoring and that store load only when a case closes.
    if (result.state.phase === 'closed' && state.phase !== 'closed') {
      const { trace } = result.state;
      void Promise.all([import('../../engine/simulator/score'), import('../../stores/case-results')]).then(([{ scoreTrace }, { recordCase }]) =>
        recordCase(game.key, scoreTrace(policy, scenario, trace).total),
      );
    }
    setGame({ ...game, state: result.state, log: [...game.log, result.effects] });
  };

  const restart = () => {
    if (!confirm(s['sim.restartConfirm'])) return;
    saved.forgetPlay(game.key);
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
        {state.phase === 'closed' && nextHref && (
          <a class="button-link" href={nextHref} data-action="next-case">
            {s['sim.nextCase']}
          </a>
        )}
      </CaseBoard>
    </>
  );
}
