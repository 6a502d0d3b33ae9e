import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { factLabels } from '../fact-labels';
import { placeholderPattern } from '../placeholders';
import { readYamlFile } from './file-problems';
import { ruleFileSchema } from './rule-schema';
import { readTeamFile, TeamFileError, teamFileName, teamFilePath } from './team-file';
import type { TeamSettings } from './team-schema';
import { applyTeamSettings } from './team-settings';
import { areas, type RuleRecord } from './types';

/**
 * The rules, read from their files: src/engine/policy/rules/<area>.yaml, one per playbook
 * area, in the order of FACTS.md. Node only (the build, the command line, the tests); the
 * browser gets the checked rules as JSON (src/pages/policy/[lang].json.ts).
 *
 * A file is checked against the schema (rule-schema.ts), then all files together: every ID
 * once, every rule in its own area's file, every figure a condition, an action, a deadline or
 * a text names exists, and every fact a condition reads is one the facts view has. A problem
 * reads `<file>: <field path>: <what is wrong>`, and the load fails with all of them.
 */

/** Beside this file when run from source (tests, command line); from the project root once bundled (the build's pages). */
const besideSource = fileURLToPath(new URL(/* @vite-ignore */ './rules/', import.meta.url));
export const rulesDir = existsSync(besideSource) ? besideSource : join(process.cwd(), 'src/engine/policy/rules/');

export class RuleFileError extends Error {
  override name = 'RuleFileError';
  constructor(readonly problems: readonly string[]) {
    super(`bad rule file:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

interface Loaded {
  file: string;
  rules: RuleRecord[];
}

/** One file's rules checked against the schema, or its problems. `area`: the file's, which every rule in it must have. */
export function readRuleFile(file: string, source: string, area?: string): { rules: RuleRecord[]; problems: string[] } {
  const read = readYamlFile(file, source, ruleFileSchema, { maxAliasCount: -1 });
  if (!read.ok) return { rules: [], problems: read.problems };
  // The data as written (zod's copy reorders keys); the schema has no defaults or transforms to lose.
  const rules = (read.written as { rules: RuleRecord[] }).rules;
  const problems = area ? rules.flatMap((rule, i) => (rule.area === area ? [] : [`${file}: rules[${i}].area: expected ${area}, the file's area, got ${rule.area}`])) : [];
  return { rules, problems };
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Problems across the files: duplicate IDs, figures that do not exist, facts the view does not have. */
export function crossCheck(loaded: readonly Loaded[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const figures = new Map<string, Set<string>>();
  for (const { file, rules } of loaded)
    rules.forEach((rule, i) => {
      const first = owner.get(rule.id);
      if (first) problems.push(`${file}: rules[${i}].id: ${rule.id} is already a rule in ${first}`);
      else owner.set(rule.id, file);
      figures.set(rule.id, new Set([...(figures.get(rule.id) ?? []), ...Object.keys(rule.figures ?? {})]));
    });
  const hasFigure = (ruleId: string, name: string) => figures.get(ruleId)?.has(name) ?? false;
  for (const { file, rules } of loaded)
    rules.forEach((rule, i) => {
      // A platform figure replaces one of the rule's own, so it must name one.
      for (const name of Object.keys(rule.platformToday?.figures ?? {}))
        if (!hasFigure(rule.id, name)) problems.push(`${file}: rules[${i}].platformToday.figures.${name}: ${rule.id} has no figure "${name}"`);
      const walk = (value: unknown, path: string): void => {
        if (Array.isArray(value)) return value.forEach((item, j) => walk(item, `${path}[${j}]`));
        if (!isRecord(value)) return;
        if (typeof value.figure === 'string' && !('value' in value)) {
          const ruleId = typeof value.rule === 'string' ? value.rule : rule.id;
          if (!hasFigure(ruleId, value.figure)) problems.push(`${file}: ${path}: ${ruleId} has no figure "${value.figure}"`);
        }
        if (typeof value.fact === 'string' && !factLabels[value.fact]) problems.push(`${file}: ${path}.fact: unknown fact "${value.fact}"`);
        if (typeof value.en === 'string' && typeof value['zh-cn'] === 'string')
          for (const lang of ['en', 'zh-cn'] as const)
            for (const [whole, ruleId = rule.id, name] of (value[lang] as string).matchAll(placeholderPattern))
              if (!hasFigure(ruleId, name!)) problems.push(`${file}: ${path}.${lang}: ${whole} names no figure of ${ruleId}`);
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
      };
      walk(rule, `rules[${i}]`);
    });
  return problems;
}

/** The rules of the given files (area, path), checked one by one and together; throws RuleFileError with every problem. */
export function loadRuleFiles(files: readonly { area?: string; path: string }[], root = process.cwd()): RuleRecord[] {
  const loaded: Loaded[] = [];
  const problems: string[] = [];
  for (const { area, path } of files) {
    const file = relative(root, path);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      problems.push(`${file}: cannot be read`);
      continue;
    }
    const read = readRuleFile(file, source, area);
    problems.push(...read.problems);
    loaded.push({ file, rules: read.rules });
  }
  if (!problems.length) problems.push(...crossCheck(loaded));
  if (problems.length) throw new RuleFileError(problems);
  return loaded.flatMap((l) => l.rules);
}

/** The project root: team.yaml's default place. */
const projectRoot = join(rulesDir, '../../../../');

let cachedTeam: TeamSettings | undefined;

/** The team's settings, from team.yaml (or the file `CASEBOOK_TEAM` names); read and checked once. */
export function loadTeamSettings(): TeamSettings {
  cachedTeam ??= readTeamFile(teamFilePath(projectRoot));
  return cachedTeam;
}

let cached: readonly RuleRecord[] | undefined;
let cachedTeamSet: ReadonlySet<string> = new Set();

/**
 * Every rule of the playbook, from src/engine/policy/rules/, in the order of FACTS.md, with the
 * team's settings applied (team-settings.ts); read and checked once.
 */
export function loadRules(): readonly RuleRecord[] {
  if (cached) return cached;
  const rules = loadRuleFiles(areas.map((area) => ({ area, path: join(rulesDir, `${area}.yaml`) })));
  const applied = applyTeamSettings(rules, loadTeamSettings());
  if (applied.problems.length) {
    const file = teamFileName(teamFilePath(projectRoot));
    throw new TeamFileError(applied.problems.map((problem) => `${file}: ${problem}`));
  }
  cached = applied.rules;
  cachedTeamSet = new Set(applied.teamSet);
  return cached;
}

/** `RULE-ID.name` of every figure the team sets in team.yaml (marked `seller: true` in the rule files). */
export function teamSetFigures(): ReadonlySet<string> {
  loadRules();
  return cachedTeamSet;
}
