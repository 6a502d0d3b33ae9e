/**
 * Dates are ISO 8601 strings: a calendar date (`2026-02-28`, read as midnight UTC) or a
 * date-time with `Z` or an offset. All arithmetic is on UTC milliseconds, so month ends,
 * year ends and 29 February need no special care, and daylight saving never shifts a deadline.
 */
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Why a string is not a real ISO date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const m = isoPattern.exec(value);
  if (!m) return 'expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return `${m[1]}-${m[2]}-${m[3]} is not a date on the calendar`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return 'the time of day is out of range';
  // An offset past ±23:59 matches the pattern but no clock reads it: Date.parse gives NaN.
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return 'the time-zone offset is out of range (at most ±23:59)';
  if (!Number.isFinite(toMs(value))) return 'expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z';
  return null;
}

/** UTC milliseconds of a date string already validated (`dateProblem` found nothing). */
export const toMs = (value: string): number => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

export const toIso = (ms: number): string => new Date(ms).toISOString();
