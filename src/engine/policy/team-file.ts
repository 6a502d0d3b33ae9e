import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { readYamlFile } from './file-problems';
import { teamSchema, type TeamSettings } from './team-schema';

/**
 * team.yaml, the team's settings, read and checked (Node only: the build, the command line, the
 * tests). At the project root by default; `CASEBOOK_TEAM` names another file (a path from the
 * working directory), for the tests and the sub-path build. Problems read `<file>: <field path>: …`.
 */

export class TeamFileError extends Error {
  override name = 'TeamFileError';
  constructor(readonly problems: readonly string[]) {
    super(`bad team settings:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** The settings file: `CASEBOOK_TEAM` if set, else team.yaml in `root`. */
export const teamFilePath = (root: string): string => {
  const named = process.env.CASEBOOK_TEAM;
  return named ? (isAbsolute(named) ? named : resolve(process.cwd(), named)) : join(root, 'team.yaml');
};

/** The file's name in problems: its path from the working directory. */
export const teamFileName = (path: string): string => relative(process.cwd(), path) || path;

/** The settings in `path`, checked against the schema; throws TeamFileError naming file and field. */
export function readTeamFile(path: string): TeamSettings {
  const file = teamFileName(path);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new TeamFileError([`${file}: cannot be read`]);
  }
  const read = readYamlFile(file, source, teamSchema);
  if (!read.ok) throw new TeamFileError(read.problems);
  return read.value;
}
