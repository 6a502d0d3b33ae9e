import { useState } from 'preact/hooks';
import { areaLabels } from '../../engine/policy/area-labels';
import { areas, type Area } from '../../engine/policy/types';
import { MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES, MIN_QUESTIONS, paramsOf, questionKinds, quizSettings, type QuizSettings } from '../../engine/quiz/settings';
import type { Lang } from '../../engine/text';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';
import { policy } from '../../engine/loaded-policy';

interface Props {
  lang: Lang;
  strings: QuizStrings;
  /** The platforms to offer (the team's, team.yaml); the first is chosen at first. */
  platforms: QuizSettings['platform'][];
  /** Rules due for review; "Practise my weak rules" asks about them. */
  weakRules: string[];
  start: (params: URLSearchParams) => void;
}

const randomSeed = () => Math.random().toString(36).slice(2, 8);

/** The quiz's settings as a form; its result is a quiz link to share with a cohort, or to start. */
export function QuizSetup({ lang, strings: s, platforms, weakRules, start }: Props) {
  const [chosen, setChosen] = useState<Area[]>([]);
  const [platform, setPlatform] = useState<QuizSettings['platform']>(platforms.includes('both') ? 'both' : platforms[0]!);
  const [count, setCount] = useState(10);
  const [difficulty, setDifficulty] = useState<1 | 2 | 3>(2);
  const [time, setTime] = useState('');
  const [feedback, setFeedback] = useState<QuizSettings['feedback']>('end');
  const [kinds, setKinds] = useState<string[]>([...questionKinds]);
  const [seed, setSeed] = useState(randomSeed);

  const settings = (): QuizSettings | null => {
    try {
      return quizSettings(policy, {
        areas: chosen,
        platform,
        count,
        difficulty,
        feedback,
        seed: seed.trim(),
        ...(time ? { timeLimitMinutes: Number(time) } : {}),
        ...(kinds.length < questionKinds.length ? { kinds: kinds as QuizSettings['kinds'] } : {}),
      });
    } catch {
      return null;
    }
  };
  const current = settings();
  const link = current ? `${location.pathname}?${paramsOf(current).toString()}` : '';
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <form
      class="quiz-setup controls"
      onSubmit={(e) => {
        e.preventDefault();
        if (current) start(paramsOf(current));
      }}
    >
      <fieldset>
        <legend>{s['quiz.setup.areas']}</legend>
        <p class="hint">{s['quiz.setup.areasHint']}</p>
        <div class="choice-grid">
          {areas.map((a) => (
            <label key={a}>
              <input type="checkbox" checked={chosen.includes(a)} onChange={() => setChosen(toggle(chosen, a))} /> {say(s, lang, areaLabels[a].name)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{s['quiz.setup.kinds']}</legend>
        <div class="choice-grid">
          {questionKinds.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => setKinds(toggle(kinds, k))} /> {s[`quiz.kind.${k}`]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field-row">
        <label>
          {s['quiz.setup.platform']}
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as QuizSettings['platform'])}>
            {platforms.map((p) => (
              <option value={p}>{s[`quiz.platform.${p}`]}</option>
            ))}
          </select>
        </label>
        <label>
          {s['quiz.setup.count']}
          <input type="number" min={MIN_QUESTIONS} max={MAX_QUESTIONS} value={count} onInput={(e) => setCount(Number(e.currentTarget.value))} />
        </label>
        <label>
          {s['quiz.setup.difficulty']}
          <select value={difficulty} onChange={(e) => setDifficulty(Number(e.currentTarget.value) as 1 | 2 | 3)}>
            {([1, 2, 3] as const).map((d) => (
              <option value={d}>{s[`quiz.difficulty.${d}`]}</option>
            ))}
          </select>
        </label>
        <label>
          {s['quiz.setup.time']}
          <input type="number" min={1} max={MAX_TIME_LIMIT_MINUTES} value={time} placeholder={s['quiz.setup.noLimit']} onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
        <label>
          {s['quiz.setup.feedback']}
          <select value={feedback} onChange={(e) => setFeedback(e.currentTarget.value as QuizSettings['feedback'])}>
            <option value="end">{s['quiz.feedback.end']}</option>
            <option value="each">{s['quiz.feedback.each']}</option>
          </select>
        </label>
        <label>
          {s['quiz.setup.seed']}
          <input type="text" value={seed} pattern="[A-Za-z0-9_-]+" maxLength={64} onInput={(e) => setSeed(e.currentTarget.value)} />
        </label>
      </div>
      <p class="hint">{s['quiz.setup.seedHint']}</p>
      {current ? (
        <p class="quiz-link">
          {s['quiz.setup.link']} <a href={link}>{new URL(link, location.href).href}</a>
        </p>
      ) : (
        <p class="problem" role="alert">
          {s['quiz.setup.invalid']}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={!current}>
          {s['quiz.setup.start']}
        </button>
        {weakRules.length > 0 && (
          <button
            type="button"
            onClick={() =>
              start(
                paramsOf(
                  quizSettings(policy, {
                    seed: randomSeed(),
                    count: Math.max(MIN_QUESTIONS, Math.min(weakRules.length * 2, MAX_QUESTIONS)),
                    focusRules: weakRules,
                    feedback: 'each',
                  }),
                ),
              )
            }
          >
            {fillText(s['quiz.setup.weak'], { n: weakRules.length })}
          </button>
        )}
      </div>
    </form>
  );
}
