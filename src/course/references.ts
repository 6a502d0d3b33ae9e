import type { CourseModule } from './schema';

/**
 * What the course points at must exist: every reading is a handbook page in both languages,
 * every practice case a written scenario, every module ID unique. Returns each problem as
 * `course.yaml: <module>.<field>: …`, so a broken course stops the build with its place.
 */
export function courseProblems(modules: CourseModule[], handbookPages: { en: Set<string>; 'zh-cn': Set<string> }, scenarioIds: Set<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const m of modules) {
    if (seen.has(m.id)) problems.push(`course.yaml: ${m.id}: the module ID is used twice`);
    seen.add(m.id);
    m.reading.forEach((slug, i) => {
      for (const lang of ['en', 'zh-cn'] as const) if (!handbookPages[lang].has(slug)) problems.push(`course.yaml: ${m.id}.reading[${i}]: no ${lang} handbook page "${slug}"`);
    });
    m.practice.forEach((id, i) => {
      if (!scenarioIds.has(id)) problems.push(`course.yaml: ${m.id}.practice[${i}]: no written case "${id}"`);
    });
  }
  if (modules.length && !('shift' in modules.at(-1)!.check)) problems.push(`course.yaml: ${modules.at(-1)!.id}.check: the last module is the assessed shift`);
  return problems;
}
