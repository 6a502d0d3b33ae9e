/** `datetime-local` inputs speak the agent's own time; the engine speaks UTC ISO. */

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → `2026-11-23T09:30` in the browser's time zone ('' for no date). */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `2026-11-23T09:30` in the browser's time zone → ISO instant in UTC ('' when empty or invalid). */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace('.000Z', 'Z');
}

/** Now, to the minute, as the engine's ISO form. */
export const nowToMinute = (now: Date): string => new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
