import { helpFlags, usageLine, type CliCommand, type CliOption } from './cli-spec';

const WIDTH = 96;

/** Text broken into lines of at most `WIDTH` characters, each indented. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, indent + line] : lines;
}

/** Two columns: a left cell padded to the widest, then its text, wrapped under itself. */
function columns(rows: [left: string, text: string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 4;
  return rows.flatMap(([left, text]) => {
    const [first = '', ...rest] = wrap(text, ''.padEnd(width));
    return [`  ${left}`.padEnd(width) + first.trimStart(), ...rest];
  });
}

/** `casebook --help`: every command on one line, with what it does and an example. */
export function overview(commands: readonly CliCommand[]): string {
  const nameWidth = Math.max(...commands.map((c) => c.name.length)) + 2;
  const summaryWidth = Math.max(...commands.map((c) => c.summary.length)) + 2;
  return [
    'casebook: the Casebook policy engine on the command line.',
    '',
    'usage: casebook COMMAND [ARGUMENT] [--OPTION VALUE ...]',
    '',
    `${'command'.padEnd(nameWidth)}${'what it does'.padEnd(summaryWidth)}example`,
    ...commands.map((c) => `${c.name.padEnd(nameWidth)}${c.summary.padEnd(summaryWidth)}${c.example}`),
    '',
    `casebook help COMMAND (or casebook COMMAND ${helpFlags.join(' or ')}) shows a command's usage, options and an example.`,
    'Bad input exits with status 2 and lists every problem, each as path: message.',
  ].join('\n');
}

/** The choices of an option whose usage shows a placeholder instead of them. */
const choicesNote = (option: CliOption): string => (option.choices && option.value !== option.choices.join('|') ? `: one of ${option.choices.join(', ')}` : '');

/** `casebook help COMMAND`: usage, what it does and prints, its argument and options, an example. */
export function commandHelp(command: CliCommand): string {
  const { operand } = command;
  const options: [string, string][] = [
    ...command.options.map((o): [string, string] => [`--${o.name} ${o.value}`, `${o.required ? '(required) ' : ''}${o.summary}${choicesNote(o)}`]),
    [helpFlags.join(', '), 'this help'],
  ];
  return [
    `usage: ${usageLine(command)}`,
    `output: ${command.prints}`,
    '',
    ...wrap(command.description, ''),
    ...(operand ? ['', 'argument:', ...columns([[operand.placeholder, `${operand.optional ? '(optional) ' : ''}${operand.summary}`]])] : []),
    '',
    'options:',
    ...columns(options),
    '',
    'example:',
    `  ${command.example}`,
  ].join('\n');
}
