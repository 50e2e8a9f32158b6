/**
 * One CSV cell that a spreadsheet shows as written and never evaluates: text is quoted, and a
 * leading formula character (= + - @ tab CR) is neutralised with an apostrophe (the audit
 * export and the reports use it). Finite numbers stay bare so they can be summed; null and non-finite are empty.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(values: ReadonlyArray<string | number | null>): string {
  return values.map(csvCell).join(',');
}
