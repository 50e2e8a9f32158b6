import { useEffect, type KeyboardEvent } from 'react';
import { customerPlain, CustomerText } from '../CustomerText';
import { translate, useT } from '../../i18n';
import { explorerUrl } from '../../lib/explorers';
import { openCheckedLink } from '../../lib/open-link';
import { networkName } from '../../lib/account-wording';
import { announce } from '../../stores/announce-store';
import { useExplorerStore } from '../../stores/explorer-store';

/** Copies a value the agent pointed at, and says so. */
export async function copyValue(value: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    announce(translate('account.panel.copied', { value: customerPlain(value) }));
  } catch {
    announce(translate('account.panel.copyFailed'));
  }
}

/** C on any value in the panel copies it: one key, wherever the value is. */
export function copyOnC(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'c' && event.key !== 'C') return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-copy]');
  if (!target) return;
  event.preventDefault();
  event.stopPropagation();
  void copyValue(target.dataset.copy ?? '');
}

/**
 * A value from the back office or a chain (an address, a hash, an IP): shown as written through
 * CustomerText, focusable, copied with C or a click.
 */
export function AccountValue({ value, testId, lang }: { value: string; testId?: string; lang?: string }) {
  const t = useT();
  return (
    <button type="button" className="account-value" data-copy={value} data-testid={testId} title={t('account.panel.copyHint')} onClick={() => void copyValue(value)}>
      <CustomerText text={value} lang={lang} />
    </button>
  );
}

/** The explorer link for a hash or address (the exchange's explorer for the network, else the default), opened through main's safe-link path. */
export function ExplorerLink({ network, kind, value }: { network: string; kind: 'tx' | 'address'; value: string }) {
  const t = useT();
  const configured = useExplorerStore((s) => s.configured);
  useEffect(() => void useExplorerStore.getState().load(), []);
  const url = explorerUrl(network, kind, value, configured);
  if (!url) return null;
  return (
    <button type="button" className="link-button account-explorer" aria-label={`${t('account.explorer')}: ${customerPlain(value)} (${networkName(network)})`} title={url} onClick={() => void openCheckedLink(url)}>
      {t('account.explorer')}
    </button>
  );
}
