import { readBounded } from './bounded-read';
import { commandByName, commands } from './cli-commands';
import { commandHelp, overview } from './cli-help';
import { helpFlags, InputError, parseCall, type Io } from './cli-spec';
import type { Policy } from './policy/policy';

export type { Io } from './cli-spec';

/**
 * The command line over the engine. It returns an exit code instead of exiting, so tests
 * can run it in-process: 0 on success, 2 on bad input (every problem listed as
 * `path: message`), 1 on an internal error, never a stack trace. What each command takes,
 * does and prints is data, in `cli-commands.ts`. The rules it answers from are `policy`'s.
 */
export function runCli(policy: Policy, argv: string[], io: Io): number {
  const [first, ...rest] = argv;
  // `casebook --help` and `casebook -h` are `casebook help`.
  const name = first !== undefined && helpFlags.includes(first) ? 'help' : first;
  if (name === undefined) {
    io.err(`no command given\n\n${overview(commands)}`);
    return 2;
  }
  const command = commandByName(name);
  if (!command) {
    io.err(`unknown command: ${name} (expected one of ${commands.map((c) => c.name).join(', ')}; casebook help says what each does)`);
    return 2;
  }
  try {
    if (rest.some((arg) => helpFlags.includes(arg))) {
      io.out(commandHelp(command));
      return 0;
    }
    const result = command.run(parseCall(command, rest), io, policy);
    io.out(command.prints === 'JSON' ? JSON.stringify(result, null, 2) : String(result));
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

/** Node's streams, files and clock; the entry adds `say` (src/i18n/say-both.ts), since the catalogs are outside the engine. */
export const nodeIo: Omit<Io, 'say'> = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readBounded(path),
  now: () => new Date(),
};
