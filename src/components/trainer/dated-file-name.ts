/** `casebook-cohort-2026-03-04.csv`: dated by the trainer's own calendar, not UTC. */
export function datedFileName(stem: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `casebook-${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
