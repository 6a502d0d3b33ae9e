import { readFileSync } from 'node:fs';
import { advise } from './advise';
import { caseKinds, type CaseKind } from './case-kinds';
import { parseCaseFacts } from './check-case-facts';
import { deadlinesFor } from './clock';
import { dateProblem } from './dates';
import { fillFigures } from './figures';
import { describe } from './conditions';
import { rules } from './policy/registry';
import { checkReply } from './reply-check';
import { langs } from './text';

/**
 * The command line over the engine. It returns an exit code instead of exiting, so tests
 * can run it in-process: 0 on success, 2 on bad input (every problem listed as
 * `path: message`), never a stack trace.
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  now: () => Date;
}

export const usage = `usage: casebook <command>
  advise FILE.json                    what the playbook says for the case
  clock FILE.json [--now ISO-DATE]    every deadline of the case and its status
  check-reply FILE.txt --platform amazon|ebay [--kind CASE-KIND]
                                      findings for a draft buyer message
  rules                               the whole rule registry`;

class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

/** Splits arguments into positionals and `--flag value` pairs, collecting every problem. */
function parseArgs(args: string[], allowed: string[]): Parsed {
  const problems: string[] = [];
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(name)) problems.push(`--${name}: unknown option (expected ${allowed.map((a) => `--${a}`).join(', ') || 'none'})`);
    const value = inline ?? args[++i];
    if (value === undefined) problems.push(`--${name}: needs a value`);
    else flags.set(name, value);
  }
  if (problems.length) throw new InputError(problems);
  return { positional, flags };
}

function oneFile(parsed: Parsed, what: string): string {
  if (parsed.positional.length !== 1) throw new InputError([`${what}: expected exactly one file, got ${parsed.positional.length}`]);
  return parsed.positional[0]!;
}

function read(io: Io, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError([`${path}: cannot read the file (${code})`]);
  }
}

function readFacts(io: Io, path: string) {
  let json: unknown;
  try {
    json = JSON.parse(read(io, path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
  const parsed = parseCaseFacts(json);
  if (!parsed.ok) throw new InputError(parsed.problems);
  return parsed.facts;
}

/** The registry as a reader needs it: texts with their figures filled in, conditions in words. */
export function registryView() {
  return rules.map((rule) => ({
    ...rule,
    text: Object.fromEntries(langs.map((lang) => [lang, fillFigures(rule.text[lang], rule.id, lang)])),
    branches: rule.branches?.map((branch) => ({
      ...branch,
      whenInWords: Object.fromEntries(langs.map((lang) => [lang, describe(branch.when, lang, rule.id)])),
    })),
  }));
}

const commands: Record<string, (args: string[], io: Io) => unknown> = {
  advise(args, io) {
    const parsed = parseArgs(args, []);
    return advise(readFacts(io, oneFile(parsed, 'advise')));
  },
  clock(args, io) {
    const parsed = parseArgs(args, ['now']);
    const file = oneFile(parsed, 'clock');
    const now = parsed.flags.get('now');
    const problem = now === undefined ? null : dateProblem(now);
    const problems = problem ? [`--now: ${problem}`] : [];
    let facts;
    try {
      facts = readFacts(io, file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length || !facts) throw new InputError(problems);
    return deadlinesFor(facts, now ?? io.now());
  },
  'check-reply'(args, io) {
    const parsed = parseArgs(args, ['platform', 'kind']);
    const problems: string[] = [];
    const platform = parsed.flags.get('platform');
    const kind = parsed.flags.get('kind');
    if (platform !== 'amazon' && platform !== 'ebay') problems.push(`--platform: expected amazon or ebay, got ${platform ?? 'nothing'}`);
    if (kind !== undefined && !(caseKinds as readonly string[]).includes(kind)) problems.push(`--kind: expected one of ${caseKinds.join(', ')}`);
    if (parsed.positional.length !== 1) problems.push(`check-reply: expected exactly one file, got ${parsed.positional.length}`);
    let text = '';
    try {
      if (parsed.positional.length === 1) text = read(io, parsed.positional[0]!);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length) throw new InputError(problems);
    return checkReply(text, { platform: platform as 'amazon' | 'ebay', ...(kind && { caseKind: kind as CaseKind }) });
  },
  rules(args) {
    parseArgs(args, []);
    if (args.length) throw new InputError([`rules: takes no arguments, got ${args.join(' ')}`]);
    return registryView();
  },
};

export function runCli(argv: string[], io: Io): number {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.err(`${name === undefined ? 'no command given' : `unknown command: ${name}`}\n${usage}`);
    return 2;
  }
  try {
    io.out(JSON.stringify(command(args, io), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(error.problems.join('\n'));
      return 2;
    }
    io.err(`internal error: ${(error as Error).message}`);
    return 1;
  }
}

export const nodeIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  now: () => new Date(),
};
