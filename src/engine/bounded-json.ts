/**
 * JSON from a file someone chose, read within bounds before anything walks it: a size limit (a
 * page checks it on the file before reading the text, and it is checked again on the text), a
 * nesting limit checked by a scan with no recursion, so a hostile file can neither hold the page
 * up nor overflow its stack, and numbers a double cannot hold (`1e999` reads as Infinity) refused.
 */

/** Far above any real Casebook file: a year of quizzes with every answer is well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024);

/** Casebook's own files nest about ten levels deep. */
export const MAX_JSON_DEPTH = 64;

export type JsonRefusal = 'too-large' | 'too-deep' | 'not-json' | 'not-finite';

export type BoundedJson = { ok: true; value: unknown } | { ok: false; refusal: JsonRefusal; problem: string };

const refuse = (refusal: JsonRefusal, problem: string): BoundedJson => ({ ok: false, refusal, problem });

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([91, 123]);
const CLOSERS = new Set([93, 125]);

/** Whether brackets outside strings nest deeper than `limit`, counted in one pass over the text. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (OPENERS.has(code)) {
      if (++depth > limit) return true;
    } else if (CLOSERS.has(code)) depth--;
  }
  return false;
}

interface Visit {
  value: unknown;
  /** Containers around this value: 0 for the root. */
  depth: number;
  key: string | number | null;
  parent: Visit | null;
}

/** `stores.quiz-history.value[3].score`, built only when a problem is found. */
function pathOf(visit: Visit): string {
  const parts: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) parts.unshift(at.key);
  const text = parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
  return text || '(root)';
}

/**
 * The first thing in a parsed value that a bounded file may not hold: containers nested deeper
 * than `limit`, or a number that is not finite. Null when there is none. An explicit stack, not
 * recursion, so any depth is walked safely.
 */
export function jsonValueProblem(value: unknown, limit: number = MAX_JSON_DEPTH): { refusal: 'too-deep' | 'not-finite'; problem: string } | null {
  const stack: Visit[] = [{ value, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value: at, depth } = visit;
    if (typeof at === 'number' && !Number.isFinite(at)) return { refusal: 'not-finite', problem: `${pathOf(visit)}: a number too large to read` };
    if (at === null || typeof at !== 'object') continue;
    if (depth + 1 > limit) return { refusal: 'too-deep', problem: `${pathOf(visit)}: nested more than ${limit} levels deep` };
    if (Array.isArray(at)) at.forEach((entry, i) => stack.push({ value: entry, depth: depth + 1, key: i, parent: visit }));
    else for (const [key, entry] of Object.entries(at)) stack.push({ value: entry, depth: depth + 1, key, parent: visit });
  }
  return null;
}

/** Parses a file's text within the bounds above. Never throws. */
export function parseBoundedJson(text: string): BoundedJson {
  // Characters never outnumber UTF-8 bytes, so a text past the limit in characters is past it in bytes.
  if (text.length > MAX_FILE_BYTES) return refuse('too-large', `(root): the file is larger than ${MAX_FILE_MEGABYTES} MB`);
  // A byte-order mark is what some editors add on saving; it is not content.
  const content = text.replace(/^\uFEFF/, '');
  if (nestsDeeperThan(content, MAX_JSON_DEPTH)) return refuse('too-deep', `(root): nested more than ${MAX_JSON_DEPTH} levels deep`);
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return refuse('not-json', `(root): not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = jsonValueProblem(value);
  return problem ? refuse(problem.refusal, problem.problem) : { ok: true, value };
}
