import type { IntlShape } from 'react-intl';

/** A surge factor or a rate: one decimal while it is small, whole numbers once it is large. */
export function rateText(intl: IntlShape, value: number): string {
  return intl.formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
}

/** A minute's end as a clock time, the way the charts' axis shows it. */
export function clockText(intl: IntlShape, at: number): string {
  return intl.formatTime(at, { hour: '2-digit', minute: '2-digit' });
}
