import { CHECK_QUESTIONS } from '../../course/status';
import type { CourseModule } from '../../course/schema';
import { PASS_MARK } from '../../engine/quiz/settings';
import type { Lang } from '../../engine/text';
import { markRead, markUnread } from '../../stores/course-progress';
import type { Linked } from './course-data';
import { checkHref, moduleHref, type CoursePaths } from './course-links';
import { fromModule } from './module-link';
import { GateSummary } from './GateSummary';
import { fillText } from '../site/fill-text';
import { StateBadge } from './StateBadge';
import { UnlockQuestion } from './UnlockQuestion';
import type { CourseStrings } from './strings';
import { caseBest, useCourseStatus } from './use-course-status';
import { useHydrated } from './use-hydrated';
import { useTimeOnPage } from './use-time-on-page';

interface Props {
  lang: Lang;
  /** The whole course: whether this module is open depends on the ones before it. */
  modules: CourseModule[];
  moduleId: string;
  pages: Record<string, Linked>;
  cases: Record<string, Linked>;
  paths: CoursePaths;
  strings: CourseStrings;
}

/** One module's work: its handbook reading (each marked read by the trainee), its practice cases and its check. */
export function ModuleWork({ lang, modules, moduleId, pages, cases, paths, strings: s }: Props) {
  const hydrated = useHydrated();
  const { progress, caseResults, statuses } = useCourseStatus(modules);

  const index = modules.findIndex((m) => m.id === moduleId);
  const module = modules[index]!;
  const status = statuses[index]!;
  const previous = modules[index - 1];
  const next = modules[index + 1];
  const locked = hydrated && status.state === 'locked';
  const working = hydrated && !locked;
  useTimeOnPage(module.id, working);

  const readPages = progress.modules[module.id]?.readPages ?? [];
  const isShift = 'shift' in module.check;

  return (
    <div class="module-work" data-state={hydrated ? status.state : undefined}>
      <UnlockQuestion strings={s} />
      <p class="module-state">{hydrated ? <StateBadge state={status.state} label={s[`course.state.${status.state}`]} /> : s['course.loading']}</p>
      {working && <GateSummary status={status} strings={s} />}
      {locked && previous && (
        <p class="note module-locked">
          {fillText(s['course.locked'], { n: index })} <a href={moduleHref(paths, previous.id)}>{previous.title[lang]}</a>
        </p>
      )}

      <section aria-labelledby="reading-title">
        <h2 id="reading-title">{s['course.reading']}</h2>
        <p>{s['course.readingLead']}</p>
        <ul class="work-list">
          {module.reading.map((slug) => {
            const page = pages[slug]!;
            const done = readPages.includes(slug);
            return (
              <li key={slug} data-reading={slug}>
                <a href={fromModule(page.href, module.id)}>{page.title}</a>
                {working && (
                  <span class="work-mark">
                    <span class={done ? 'work-done' : 'work-todo'}>
                      <span aria-hidden="true">{done ? '✓' : '○'}</span> {done ? s['course.read'] : s['course.notRead']}
                    </span>
                    {/* The label says what a press does, so a second press never unmarks unseen. */}
                    <button type="button" class="mark-read" data-read={done} onClick={() => (done ? markUnread : markRead)(module.id, slug)}>
                      {done ? s['course.markUnread'] : s['course.markRead']}
                      <span class="visually-hidden">: {page.title}</span>
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="practice-title">
        <h2 id="practice-title">{s['course.practice']}</h2>
        {module.practice.length === 0 ? (
          <p>{s['course.noPractice']}</p>
        ) : (
          <>
            <p>{s['course.practiceLead']}</p>
            <ul class="work-list">
              {module.practice.map((id) => {
                const practice = cases[id]!;
                const best = caseBest(caseResults, id);
                return (
                  <li key={id} data-case={id}>
                    <a href={fromModule(practice.href, module.id)}>{practice.title}</a>
                    {hydrated && (
                      <span class={best === null ? 'work-todo' : 'work-done'}>
                        <span aria-hidden="true">{best === null ? '○' : '✓'}</span>{' '}
                        {best === null ? s['course.notPractised'] : fillText(s['course.practised'], { score: `${best}%` })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="check-title">
        <h2 id="check-title">{s['course.check']}</h2>
        <p>{isShift ? fillText(s['course.shiftLead'], { pass: PASS_MARK }) : fillText(s['course.checkLead'], { count: CHECK_QUESTIONS, pass: PASS_MARK })}</p>
        {hydrated && status.bestScore !== null && (
          <p class={status.state === 'passed' ? 'work-done' : 'work-todo'}>
            <span aria-hidden="true">{status.state === 'passed' ? '✓' : '○'}</span>{' '}
            {fillText(s[status.state === 'passed' ? 'course.checkPassed' : 'course.checkNotPassed'], { score: `${status.bestScore}%` })}
          </p>
        )}
        {locked && <p>{s['course.lockedShort']}</p>}
        {working && (
          <p>
            <a class="button-link check-link" href={checkHref(paths, module, status.attempts + 1)}>
              {isShift ? s['course.shiftStart'] : fillText(s['course.checkStart'], { n: status.attempts + 1 })}
            </a>
          </p>
        )}
      </section>

      {next && (
        <p class="module-next">
          <a href={moduleHref(paths, next.id)}>{fillText(s['course.next'], { n: index + 2, title: next.title[lang] })}</a>
        </p>
      )}
    </div>
  );
}
