import type { CaseFacts } from './case';
import { parseCaseFacts } from './check-case-facts';
import type { Io } from './cli-spec';

/** A file's text, or undefined with the reason added to `problems`. */
export function readText(io: Io, path: string, problems: string[]): string | undefined {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    problems.push(`${path}: cannot read the file (${code})`);
    return undefined;
  }
}

/** A case-facts file, checked, or undefined with every problem added to `problems`. */
export function readFacts(io: Io, path: string, problems: string[]): CaseFacts | undefined {
  const text = readText(io, path, problems);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${path}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const parsed = parseCaseFacts(json);
  if (parsed.ok) return parsed.facts;
  problems.push(...parsed.problems);
  return undefined;
}
