/**
 * Decides whether a URL may be handed to the system browser: only http(s), no
 * credentials, a real host. Everything else (file:, javascript:, custom schemes,
 * UNC-like hosts) is refused.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  if (candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0 && !url.hostname.startsWith('.');
}
