/** 信访件编号: district code, year, six-digit sequence — `SW-2026-000123`. */
export function formatCaseNumber(district: string, year: number, sequence: number): string {
  return `${district}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The year a moment falls in, in the district's time zone (numbering restarts at local New Year). */
export function localYear(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
}
