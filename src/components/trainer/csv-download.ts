/** `casebook-cohort-2026-03-04.csv`: dated by the trainer's own calendar, not UTC. */
export function datedFileName(stem: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `casebook-${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

/** Saves CSV text as a file. The byte-order mark is what tells Excel the file is UTF-8, so Chinese names read right. */
export function downloadCsv(fileName: string, csv: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
