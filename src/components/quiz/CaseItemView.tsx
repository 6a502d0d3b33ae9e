import type { CaseItem } from '../../engine/quiz';
import type { Lang } from '../../engine/text';
import { $caseResults } from '../../stores/case-results';
import { authoredKey, practiceKey, practiceSearch } from '../simulator/practice';
import { useStore } from '../storage/use-store';
import { fillText } from '../site/fill-text';
import { fromModule } from '../course/module-link';
import type { QuizStrings } from './strings';

interface Props {
  lang: Lang;
  item: CaseItem;
  /** When the quiz began: only a case closed since then answers the item. */
  since: string;
  simulatorPath: string;
  strings: QuizStrings;
  /** Called with the score of the case once it has been played to its end. */
  answered: (score: number) => void;
  score: number | null;
}

/** A case question: play the case in the simulator (same tab; the quiz resumes), and its score comes back here. */
export function CaseItemView({ lang, item, since, simulatorPath, strings: s, answered, score }: Props) {
  const results = useStore($caseResults);
  const { scenarioId, seed, kind } = item.case;
  const key = scenarioId ? authoredKey(scenarioId) : practiceKey(seed ?? 1, '', kind);
  const played = scenarioId ? `${simulatorPath}${scenarioId}/` : `${simulatorPath}practice/${practiceSearch(seed ?? 1, kind)}`;
  // A module check's case leads back to its module (the quiz resumes from the module's check link).
  const moduleId = new URLSearchParams(location.search).get('module');
  const href = moduleId ? fromModule(played, moduleId) : played;
  const result = results[key];
  const fresh = result && result.at >= since ? result.last : null;
  return (
    <div class="quiz-item">
      <p class="quiz-prompt">{item.prompt[lang]}</p>
      <p>
        <a class="button-link" href={href}>
          {s['quiz.case.play']}
        </a>
      </p>
      <p class="hint">{s['quiz.case.howto']}</p>
      {fresh !== null && fresh !== score && (
        <p>
          {fillText(s['quiz.case.played'], { score: fresh })}{' '}
          <button type="button" class="quiz-button primary" onClick={() => answered(fresh)}>
            {s['quiz.case.use']}
          </button>
        </p>
      )}
      {score !== null && <p role="status">{fillText(s['quiz.case.counted'], { score })}</p>}
    </div>
  );
}
