import type { LinkRefusal } from '../../../preload/contract/kinds';

/**
 * The one way the desk reads a web address: the WHATWG URL parser (the browser's own). The
 * safety check of a message (text-safety.ts), the host shown beside a link and the address that
 * opens all come from it, so a backslash, a user name or an odd number of slashes cannot make
 * the check read one host while the link goes to another.
 */
export function parseWebUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * Which links may leave the app for the system browser: http and https only, no credentials
 * in the URL, and always the full address shown to the agent before it opens.
 */
export function checkExternalUrl(raw: string): { ok: true; url: string } | { ok: false; reason: string; refusal: LinkRefusal } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid address', refusal: { kind: 'not_an_address' } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `${url.protocol} links are never opened`, refusal: { kind: 'scheme_never_opened', scheme: url.protocol } };
  if (url.username || url.password) return { ok: false, reason: 'addresses with a user name or password are never opened', refusal: { kind: 'credentials_in_address' } };
  return { ok: true, url: url.href };
}
