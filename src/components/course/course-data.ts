import { getCollection } from 'astro:content';
import { courseProblems } from '../../course/references';
import type { CourseModule } from '../../course/schema';
import { servedModules } from '../../course/served-modules';
import { loadTeamSettings } from '../../engine/policy/rule-files';
import { splitEntryId } from '../../handbook/nav';
import { localePath, type Lang } from '../../i18n';
import type { CoursePaths } from './course-links';

/**
 * What the course pages read at build time: the modules in course order, checked against the
 * handbook and the written cases (a broken reference stops the build, naming its place), and
 * the titles the islands show, so they need not fetch the rules file for titles alone.
 */

/** A handbook page or written case as a module lists it. */
export interface Linked {
  title: string;
  href: string;
}

export interface CourseData {
  /** The modules the team takes (a module for a marketplace it does not serve is left out). */
  modules: CourseModule[];
  /** Handbook page slug → its title and URL in the page's language. */
  pages: Record<string, Linked>;
  /** Written case ID → its title and URL in the page's language. */
  cases: Record<string, Linked>;
}

/** Where the course's links go, in the page's language. */
export function coursePaths(lang: Lang): CoursePaths {
  return {
    course: localePath(lang, '/course/'),
    progress: localePath(lang, '/progress/'),
    quiz: localePath(lang, '/quiz/'),
    simulator: localePath(lang, '/simulator/'),
    rules: localePath(lang, '/rules/'),
  };
}

export async function loadCourse(lang: Lang): Promise<CourseData> {
  const modules = (await getCollection('course')).map((entry) => entry.data);
  const handbook = (await getCollection('handbook')).map((entry) => ({ ...splitEntryId(entry.id), title: entry.data.title }));
  const scenarios = (await getCollection('scenarios')).map((entry) => entry.data);

  const slugsIn = (l: Lang) => new Set(handbook.filter((page) => page.lang === l).map((page) => page.slug));
  const problems = courseProblems(modules, { en: slugsIn('en'), 'zh-cn': slugsIn('zh-cn') }, new Set(scenarios.map((s) => s.id)));
  if (problems.length) throw new Error(`the course points at things that do not exist:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const served = servedModules(modules, loadTeamSettings().marketplaces);

  const pages = Object.fromEntries(
    handbook.filter((page) => page.lang === lang).map((page) => [page.slug, { title: page.title, href: localePath(lang, `/handbook/${page.slug}/`) }]),
  );
  const cases = Object.fromEntries(scenarios.map((s) => [s.id, { title: s.title[lang], href: localePath(lang, `/simulator/${s.id}/`) }]));
  return { modules: served, pages, cases };
}
