import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { courseStatus } from '../../course/module-state';
import { $caseResults } from '../../stores/case-results';
import { $courseProgress, markRead } from '../../stores/course-progress';
import { $courseSettings } from '../../stores/course-settings';
import { useStore } from '../storage/use-store';
import { fillText } from '../site/fill-text';
import { fromModule } from './module-link';
import { practisedCases } from './practised-cases';
import type { ReadingContext, ReadingModule } from './module-reading-data';

interface Props {
  context: ReadingContext;
  module: ReadingModule;
}

/** Whether this page is read, which of the module's pages are, and whether the module is open yet. */
function useReading({ context, module }: Props) {
  const progress = useStore($courseProgress);
  const caseResults = useStore($caseResults);
  const { unlocked } = useStore($courseSettings);
  const practised = practisedCases(context.course, caseResults);
  const status = courseStatus(context.course, progress, practised, unlocked).find((s) => s.id === module.id)!;
  const readPages = progress.modules[module.id]?.readPages ?? [];
  return { readPages, practised, locked: status.state === 'locked', read: readPages.includes(context.slug) };
}

const mark = (done: boolean) => <span aria-hidden="true">{done ? '✓' : '○'}</span>;

/** At the top of the page: the module, which of its pages this is, every page with its done mark, and the rule for marking. */
function ReadingList(props: Props) {
  const { context, module } = props;
  const s = context.strings;
  const { readPages, locked, read } = useReading(props);
  const index = module.reading.findIndex((r) => r.slug === context.slug);
  return (
    <nav class="module-reading" aria-label={s['course.readingListLabel']} data-module={module.id}>
      <p class="module-reading-title">
        <a href={module.href}>{module.name}</a> · {fillText(s['course.readingOf'], { n: index + 1, total: module.reading.length })}
      </p>
      <ol>
        {module.reading.map((r) => {
          const done = readPages.includes(r.slug);
          return (
            <li key={r.slug} data-reading={r.slug} data-read={done}>
              {r.slug === context.slug ? (
                <a href={fromModule(r.href, module.id)} aria-current="page">
                  {r.title} <span class="visually-hidden">({s['course.thisPage']})</span>
                </a>
              ) : (
                <a href={fromModule(r.href, module.id)}>{r.title}</a>
              )}{' '}
              <span class={done ? 'work-done' : 'work-todo'}>
                {mark(done)} {done ? s['course.read'] : s['course.notRead']}
              </span>
            </li>
          );
        })}
      </ol>
      {locked && module.previous ? (
        <p class="module-reading-rule">
          {fillText(s['course.locked'], { n: module.previous.number })} <a href={module.previous.href}>{module.previous.name}</a>
        </p>
      ) : (
        <p class="module-reading-rule" data-read={read}>
          {read ? (
            <>
              {mark(true)} {s['course.read']}
            </>
          ) : (
            s['course.readingRule']
          )}
        </p>
      )}
    </nav>
  );
}

/** Where the next step is: the next reading, then a practice case not yet closed, then the check on the module page. */
function nextStep({ context, module }: Props, practised: ReadonlySet<string>): { text: string; href: string } {
  const s = context.strings;
  const index = module.reading.findIndex((r) => r.slug === context.slug);
  const reading = module.reading[index + 1];
  if (reading) return { text: fillText(s['course.nextReading'], { title: reading.title }), href: fromModule(reading.href, module.id) };
  const practice = module.practice.find((c) => !practised.has(c.id)) ?? module.practice[0];
  if (practice) return { text: fillText(s['course.nextPractice'], { title: practice.title }), href: fromModule(practice.href, module.id) };
  return { text: s['course.nextCheck'], href: `${module.href}#check-title` };
}

/**
 * At the end of the article: marks the page read once this end is on screen (the rule the list
 * states), says so, and leads on.
 */
function ReadingNext(props: Props & { end: HTMLElement }) {
  const { context, module, end } = props;
  const s = context.strings;
  const { practised, locked, read } = useReading(props);
  const [marked, setMarked] = useState(false);
  const state = useRef({ locked, read });
  state.current = { locked, read };

  useEffect(() => {
    if (locked || read) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || state.current.locked || state.current.read) return;
      markRead(module.id, context.slug);
      setMarked(true);
      observer.disconnect();
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [locked, read]);

  const next = nextStep(props, practised);
  return (
    <div class="module-next-step" data-module={module.id}>
      <p class="module-reading-status" role="status">
        {marked && (
          <>
            {mark(true)} {s['course.readingMarked']}
          </>
        )}
      </p>
      <p>
        <a class="module-next-link" href={next.href}>
          {next.text} <span aria-hidden="true">→</span>
        </a>
      </p>
      <p>
        <a class="module-back-link" href={module.href}>
          {fillText(s['course.backToModule'], { module: module.name })}
        </a>
      </p>
    </div>
  );
}

/** Shows the module's reading list on a handbook page opened from that module (`?module=<id>`); nothing for a module that does not read this page. */
export function mountModuleReading(top: HTMLElement, end: HTMLElement, moduleId: string): void {
  const context = JSON.parse(top.dataset.config ?? 'null') as ReadingContext | null;
  const module = context?.modules.find((m) => m.id === moduleId);
  if (!context || !module) return;
  render(<ReadingList context={context} module={module} />, top);
  render(<ReadingNext context={context} module={module} end={end} />, end);
  top.hidden = false;
  end.hidden = false;
  // The sidebar's previous and next would compete with the module's own next step.
  document.querySelector<HTMLElement>('.handbook-article > .pagination')?.setAttribute('hidden', '');
}
