import { call } from '../bridge';
import { translate } from '../i18n';
import { announce } from '../stores/announce-store';
import { reportError } from '../stores/error-store';
import { linkRefusalText } from './kind-wording';

/** Opens an address through main's safe-link path (checked, confirmed by the agent); a refusal is announced in words. */
export async function openCheckedLink(url: string): Promise<void> {
  try {
    const result = await call('link.open', { url });
    if (result.opened) return;
    announce(result.refusal === null ? translate('ticket.link.notOpenedNoReason', { url: result.url }) : translate('ticket.link.notOpened', { reason: linkRefusalText(result.refusal, translate), url: result.url }));
  } catch (error) {
    reportError(translate('ticket.action.openLink'), error);
  }
}
