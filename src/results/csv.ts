/**
 * CSV by RFC 4180 (CRLF line ends, quotes doubled, a field quoted when it holds a comma, quote
 * or line break), made safe to open in a spreadsheet: text starting with = + - @ (or a tab or
 * carriage return) would run as a formula there, so it gets a leading apostrophe. Numbers are
 * written as they are: they cannot be formulas.
 */

export type CsvCell = string | number;

export function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvOf = (rows: CsvCell[][]): string => rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
