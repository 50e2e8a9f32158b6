/**
 * Which links may leave the app for the system browser: http and https only, no credentials
 * in the URL, and always the full address shown to the agent before it opens.
 */
export function checkExternalUrl(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `${url.protocol} links are never opened` };
  if (url.username || url.password) return { ok: false, reason: 'addresses with a user name or password are never opened' };
  return { ok: true, url: url.toString() };
}
