/**
 * The command line's commands as data (name, summary, argument, options, example), read by
 * the dispatcher, the argument parser and the help alike, so none of them can drift; and
 * the parser that checks a call against that data, collecting every problem.
 */
import type { Words } from './message';
import type { Policy } from './policy/policy';
import type { L10n } from './text';

/** Where the command line reads and writes, passed in so tests can run it in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  now: () => Date;
  /**
   * The engine's messages in both languages. The words are in the catalogs (src/i18n), which the
   * engine does not import: the entry that runs the command line hands this in (`sayBoth`).
   */
  say: (words: Words) => L10n;
}

/** Bad input: the command line exits 2 and prints every problem, each as `path: message`. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

export interface CliOption {
  name: string;
  /** How the value is shown in usage: `ISO-DATE`, `amazon|ebay`. */
  value: string;
  summary: string;
  required?: true;
  choices?: readonly string[];
  /** Why a value is refused, or null; for values that are not a fixed choice. */
  problem?: (value: string) => string | null;
}

/** The one argument a command may take. */
export interface CliOperand {
  /** As usage shows it: `FILE.json`, `CASE-KIND`. */
  placeholder: string;
  /** In words, for problems: "file", "case kind". */
  what: string;
  summary: string;
  optional?: true;
  /** The values it may take (a function, since the help command's are the commands themselves). */
  choices?: () => readonly string[];
}

/** A call checked against its command's data: the argument and options given, and what is wrong with them. */
export interface Call {
  operand?: string;
  options: ReadonlyMap<string, string>;
  problems: string[];
}

export interface CliCommand {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** What the command does and prints, for its own help. */
  description: string;
  operand?: CliOperand;
  options: readonly CliOption[];
  /** A whole command line that works from the repository's root, `casebook …` included. */
  example: string;
  /** JSON output is printed as JSON; text as it is. */
  prints: 'JSON' | 'text';
  /** Runs a checked call on the rules of `policy`; throws InputError on bad input. */
  run: (call: Call, io: Io, policy: Policy) => unknown;
}

export const helpFlags: readonly string[] = ['-h', '--help'];

/** `casebook clock FILE.json [--now ISO-DATE]`, from the command's data. */
export function usageLine(command: CliCommand): string {
  const operand = command.operand && (command.operand.optional ? `[${command.operand.placeholder}]` : command.operand.placeholder);
  const options = command.options.map((o) => (o.required ? `--${o.name} ${o.value}` : `[--${o.name} ${o.value}]`));
  return ['casebook', command.name, operand, ...options].filter(Boolean).join(' ');
}

/** `--now`, `-x`; not `-`, `--` or a negative number. */
const isFlag = (arg: string): boolean => /^--?[^-\d]/.test(arg);

const oneOf = (choices: readonly string[]) => `one of ${choices.join(', ')}`;

function optionProblem(option: CliOption, value: string): string | null {
  if (option.choices && !option.choices.includes(value)) return `expected ${oneOf(option.choices)}, got ${value}`;
  return option.problem?.(value) ?? null;
}

function operandProblems(command: CliCommand, operands: readonly string[]): string[] {
  const spec = command.operand;
  if (!spec) return operands.length ? [`${command.name}: takes no arguments, got ${operands.join(' ')}`] : [];
  if (!spec.optional && operands.length !== 1) return [`${command.name}: expected exactly one ${spec.what}, got ${operands.length}`];
  if (operands.length > 1) return [`${command.name}: expected at most one ${spec.what}, got ${operands.length}`];
  const [value] = operands;
  const choices = spec.choices?.();
  if (value !== undefined && choices && !choices.includes(value)) return [`${command.name}: unknown ${spec.what} ${value} (expected ${oneOf(choices)})`];
  return [];
}

/**
 * Checks arguments against a command's data: `--name value` or `--name=value` for options,
 * anything else is the argument. Every problem is collected, none stops the others.
 */
export function parseCall(command: CliCommand, args: readonly string[]): Call {
  const problems: string[] = [];
  const operands: string[] = [];
  const options = new Map<string, string>();
  const seen = new Set<string>();
  const known = command.options.map((o) => `--${o.name}`);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!isFlag(arg)) {
      operands.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const option = flag.startsWith('--') ? command.options.find((o) => o.name === flag.slice(2)) : undefined;
    // An unknown `--name` still takes its value, so the value is not also read as the argument.
    const next = args[i + 1];
    const value = inline ?? (flag.startsWith('--') && next !== undefined && !isFlag(next) ? args[++i] : undefined);
    if (!option) {
      problems.push(`${flag}: unknown option (${known.length ? `expected ${known.join(', ')}` : `${command.name} takes no options`})`);
      continue;
    }
    const problem = seen.has(option.name) ? 'given twice' : value === undefined ? 'needs a value' : optionProblem(option, value);
    seen.add(option.name);
    if (problem) problems.push(`${flag}: ${problem}`);
    else options.set(option.name, value!);
  }
  for (const option of command.options) {
    if (option.required && !seen.has(option.name)) problems.push(`--${option.name}: required, ${option.choices ? oneOf(option.choices) : option.value}`);
  }
  const operandIssues = operandProblems(command, operands);
  problems.push(...operandIssues);
  return { ...(operands.length === 1 && !operandIssues.length && { operand: operands[0] }), options, problems };
}

/** The value a call was computed from, once nothing is wrong with the call. */
export function settled<T>(call: Call, value: T | undefined): T {
  if (call.problems.length || value === undefined) throw new InputError(call.problems);
  return value;
}

/** Throws the call's problems, if it has any: for commands whose work needs no file. */
export function refuseProblems(call: Call): void {
  settled(call, true);
}
