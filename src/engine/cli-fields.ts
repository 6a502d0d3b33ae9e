import { caseFields, fieldsByPath, MAX_CASE_NUMBER, type NumberBound, type ScalarField } from './case-fields';
import { caseKinds, type CaseKind } from './case-kinds';
import { factLabels } from './fact-labels';
import { viewFactOfPath } from './questions';
import type { Message, Words } from './message';
import type { L10n, Lang } from './text';

/** The engine's words in both languages, which the command line's io hands in (`Io.say`). */
type Say = (words: Words) => L10n;

/** The facts' words for a field: under its own path (`order.orderedAt`), else under the fact it feeds (`order.price` → `price`). */
const factLabelsOf = (path: string) => [factLabels[path], factLabels[viewFactOfPath[path] ?? path]];

/** A field's label from the facts' names; undefined only for a field nobody named. */
export function fieldLabel(path: string): Message | undefined {
  return factLabelsOf(path).find((l) => l)?.label;
}

const labelIn = (path: string, lang: Lang, say: Say): string => {
  const label = fieldLabel(path);
  return label ? say(label)[lang] : '';
};

const boundWords: Record<NumberBound, string> = { int: 'whole', positive: '> 0', nonnegative: '>= 0', amount: `<= ${MAX_CASE_NUMBER}` };

function typeWords(field: ScalarField): string {
  switch (field.type) {
    case 'kind':
      return `"${field.value}"`;
    case 'number': {
      const whole = field.bounds.includes('int') ? 'whole ' : '';
      const range = field.bounds.filter((b) => b !== 'int').map((b) => ` ${boundWords[b]}`);
      return `${whole}number${range.join('')}`;
    }
    case 'yes-no':
      return 'true | false';
    case 'date':
      return 'ISO date';
    default:
      return field.type;
  }
}

function presenceWords(field: ScalarField): string {
  if ('default' in field && field.default !== undefined) return `default ${String(field.default)}`;
  return 'optional' in field && field.optional ? 'optional' : 'required';
}

/** A choice's values, each with its words where they say more than the value itself. */
function valuesWords(path: string, options: readonly string[], lang: Lang, say: Say): string {
  const [open, close] = lang === 'en' ? [' (', ')'] : ['（', '）'];
  return options
    .map((value) => {
      const name = factLabelsOf(path).find((l) => l?.values)?.values?.[value];
      const words = name && say(name)[lang];
      return words && words !== value ? `${value}${open}${words}${close}` : value;
    })
    .join(' | ');
}

const table = (rows: string[][]): string[] => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)) + 2);
  return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i]!) : cell)).join(''));
};

/** The kinds, as `casebook fields` prints them. */
export function kindsText(lang: Lang, say: Say): string {
  const rows = caseKinds.map((kind) => [kind, say(factLabels.kind!.values![kind]!)[lang]]);
  return ['The case kinds (casebook fields KIND lists the fields of one):', '', ...table(rows)].join('\n');
}

/** The fields of one kind, as `casebook fields KIND` prints them. */
export function fieldsText(kind: CaseKind, lang: Lang, say: Say): string {
  const fields = fieldsByPath(caseFields[kind]);
  const rows = [['path', 'type', 'presence', 'label'], ...fields.map(([path, field]) => [path, typeWords(field), presenceWords(field), labelIn(path, lang, say)])];
  const lines = table(rows);
  const indent = ''.padEnd(lines[0]!.indexOf('type'));
  return [
    `${kind}: ${say(factLabels.kind!.values![kind]!)[lang]}, ${fields.length} fields (a nested field by its path: order.price).`,
    'A required field must be given; a default stands in for a missing one; an optional one may be left out.',
    '',
    lines[0]!,
    ...fields.flatMap(([path, field], i) => [lines[i + 1]!, ...(field.type === 'choice' ? [`${indent}${valuesWords(path, field.options, lang, say)}`] : [])]),
  ].join('\n');
}
