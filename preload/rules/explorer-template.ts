/**
 * A block explorer's page for a transaction or an address, as an exchange sets it per network in
 * the settings: an https address with `{hash}` (a transaction page) or `{address}` (an address
 * page) where the value goes. The settings view checks a template as it is typed, the contract
 * refuses one that fails, and the account panel builds its links with the same rule.
 */

export type ExplorerPage = 'tx' | 'address';
export type ExplorerTemplateProblem = 'invalid' | 'not_https' | 'no_placeholder';

export const EXPLORER_PLACEHOLDERS: Readonly<Record<ExplorerPage, string>> = { tx: '{hash}', address: '{address}' };
export const MAX_EXPLORER_TEMPLATE_LENGTH = 500;

/** Why a template cannot be used for this page, or null when it can. */
export function explorerTemplateProblem(template: string, page: ExplorerPage): ExplorerTemplateProblem | null {
  const placeholder = EXPLORER_PLACEHOLDERS[page];
  if (template.length > MAX_EXPLORER_TEMPLATE_LENGTH || /[\s\p{Cc}]/u.test(template)) return 'invalid';
  let url: URL;
  try {
    url = new URL(template.split(placeholder).join('0'));
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:') return 'not_https';
  // Credentials in an explorer link would be sent to whoever the host is; a link never carries them.
  if (url.username || url.password || !url.hostname) return 'invalid';
  if (!template.includes(placeholder)) return 'no_placeholder';
  // The value may stand in the path, query or fragment, never in the host.
  const host = template.slice(template.indexOf('//') + 2).split(/[/?#]/)[0] ?? '';
  if (host.includes(placeholder)) return 'invalid';
  return null;
}

/** The page for a value: the value is encoded into the template's placeholder; null when the template is not usable. */
export function explorerLink(template: string, page: ExplorerPage, value: string): string | null {
  if (explorerTemplateProblem(template, page) !== null) return null;
  return template.split(EXPLORER_PLACEHOLDERS[page]).join(encodeURIComponent(value.trim()));
}
