import type { CourseGateInput } from '../../course/module-state';
import { t, type Lang } from '../../i18n';
import { fillText } from '../site/fill-text';
import { coursePaths, loadCourse, type Linked } from './course-data';
import { moduleHref } from './course-links';
import type { CourseStrings } from './strings';
import { colon } from '../../engine/punctuation';

/** A module a handbook page belongs to, as the page's reading list shows it. */
export interface ReadingModule {
  id: string;
  /** "Module 1: Orientation and account health". */
  name: string;
  href: string;
  reading: (Linked & { slug: string })[];
  practice: (Linked & { id: string })[];
  /** The module before it, named for a locked module's note. */
  previous: { number: number; name: string; href: string } | null;
}

/** The few words the reading list uses, so a handbook page carries no more than these. */
export const readingKeys = [
  'course.readingListLabel',
  'course.readingOf',
  'course.readingRule',
  'course.readingMarked',
  'course.read',
  'course.notRead',
  'course.thisPage',
  'course.nextReading',
  'course.nextPractice',
  'course.nextCheck',
  'course.backToModule',
  'course.locked',
] as const satisfies readonly (keyof CourseStrings)[];
export type ReadingStrings = Record<(typeof readingKeys)[number], string>;

/** What a handbook page's reading-list island reads: built once per page, empty for a page no module reads. */
export interface ReadingContext {
  slug: string;
  /** Every module, for whether this one is open (it depends on the ones before it). */
  course: CourseGateInput[];
  modules: ReadingModule[];
  strings: ReadingStrings;
}

export async function readingContext(lang: Lang, slug: string): Promise<ReadingContext | null> {
  const { modules, pages, cases } = await loadCourse(lang);
  const paths = coursePaths(lang);
  const nameOf = (i: number) => `${fillText(t(lang, 'course.moduleNumber'), { n: i + 1 })}${colon(lang)}${modules[i]!.title[lang]}`;
  const reading: ReadingModule[] = modules.flatMap((m, i) =>
    m.reading.includes(slug)
      ? [
          {
            id: m.id,
            name: nameOf(i),
            href: moduleHref(paths, m.id),
            reading: m.reading.map((s) => ({ slug: s, ...pages[s]! })),
            practice: m.practice.map((id) => ({ id, ...cases[id]! })),
            previous: i > 0 ? { number: i, name: nameOf(i - 1), href: moduleHref(paths, modules[i - 1]!.id) } : null,
          },
        ]
      : [],
  );
  if (!reading.length) return null;
  return {
    slug,
    course: modules.map(({ id, reading: r, practice, gate }) => ({ id, reading: r, practice, ...(gate ? { gate } : {}) })),
    modules: reading,
    strings: Object.fromEntries(readingKeys.map((key) => [key, t(lang, key)])) as ReadingStrings,
  };
}
