import { useEffect, useState } from 'preact/hooks';
import { $courseSettings, setUnlocked } from '../../stores/course-settings';
import { useStore } from '../storage/use-store';
import type { CourseStrings } from './strings';
import { unlockMessages, unlockQuestions, unlockRequestOf, withoutUnlock, type UnlockRequest } from './unlock-link';

type Said = keyof typeof unlockMessages;

/**
 * A trainer's unlock link, asked before anything changes: the saved lock setting changes only
 * when the trainee answers yes. A link asking for what is already set asks nothing.
 */
export function UnlockQuestion({ strings: s }: { strings: CourseStrings }) {
  const { unlocked } = useStore($courseSettings);
  const [request, setRequest] = useState<UnlockRequest | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  useEffect(() => setRequest(unlockRequestOf(location.search)), []);

  const answer = (yes: boolean) => {
    if (yes) setUnlocked(request === 'all');
    setSaid(yes ? (request as 'all' | 'none') : 'declined');
    setRequest(null);
    history.replaceState(history.state, '', withoutUnlock(location.href));
  };
  // Only a request that would change something is asked.
  const question = (request === 'all' && !unlocked) || (request === 'none' && unlocked) ? unlockQuestions[request] : null;

  return (
    <>
      <div role="status" class="course-announce">
        {(said || request === 'unknown') && <p class="note">{s[unlockMessages[said ?? 'unknown']]}</p>}
      </div>
      {question && (
        <div class="note unlock-question" role="group" aria-labelledby="unlock-question-text">
          <p id="unlock-question-text">{s[question.ask]}</p>
          <p class="button-row">
            <button type="button" class="primary" data-action="unlock-yes" onClick={() => answer(true)}>
              {s[question.confirm]}
            </button>
            <button type="button" data-action="unlock-no" onClick={() => answer(false)}>
              {s['course.unlock.decline']}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
