import { withVisibleMarks } from '../../../preload/contract/customer-text';

/**
 * One CSV cell that a spreadsheet shows as written and never evaluates: text is quoted, a
 * leading formula character (= + - @ tab CR) is neutralised with an apostrophe, and every
 * direction control or invisible character is written as a visible mark (⟨U+202E⟩), so a
 * customer's subject or name cannot turn a line of the sheet around (the audit export and the
 * reports use it). Finite numbers stay bare so they can be summed; null and non-finite are empty.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const marked = withVisibleMarks(value);
  const safe = /^[=+\-@\t\r]/.test(marked) ? `'${marked}` : marked;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(values: ReadonlyArray<string | number | null>): string {
  return values.map(csvCell).join(',');
}
