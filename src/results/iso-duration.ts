/**
 * Durations as ISO 8601 (`PT12M30S`), the form xAPI requires. xAPI keeps 0.01 s of precision,
 * so milliseconds are rounded to hundredths.
 */

export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const secondCentis = centis % 6000;
  const wholeSeconds = Math.floor(secondCentis / 100);
  const fraction = secondCentis % 100;
  const seconds = fraction ? `${wholeSeconds}.${String(fraction).padStart(2, '0').replace(/0$/, '')}` : `${wholeSeconds}`;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secondCentis || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

const number = String.raw`\d+(?:\.\d+)?`;
const durationPattern = new RegExp(`^P(?:${number}Y)?(?:${number}M)?(?:${number}W)?(?:${number}D)?(?:T(?:${number}H)?(?:${number}M)?(?:${number}S)?)?$`);

/** Whether a text is an ISO 8601 duration with at least one part (`P`, `PT` alone are not). */
export const isIsoDuration = (text: string): boolean => durationPattern.test(text) && !/^PT?$/.test(text) && !text.endsWith('T');

/** Milliseconds of a duration written with hours, minutes and seconds only (what `isoDuration` writes). */
export function msOfDuration(text: string): number | null {
  const match = new RegExp(`^PT(?:(${number})H)?(?:(${number})M)?(?:(${number})S)?$`).exec(text);
  if (!match || text === 'PT') return null;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [number, number, number];
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}
