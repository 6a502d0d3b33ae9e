import { fillText } from '../site/fill-text';

const MINUTE_MS = 60_000;

/** Time spent as a reader says it: `1 h 5 min`, `12 min` (whole minutes, rounded down). */
export function formatTimeSpent(ms: number, strings: { hoursMinutes: string; minutes: string }): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? fillText(strings.hoursMinutes, { h, m }) : fillText(strings.minutes, { m });
}
