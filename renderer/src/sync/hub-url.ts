/** Why a hub address is not accepted. */
export type HubUrlProblem = 'badUrl' | 'insecureUrl';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The hub address as the app stores it (origin and path, no trailing slash),
 * or the problem: https for any hub; plain http only on this computer
 * (localhost, 127.0.0.1), which is all the app's content policy lets it reach.
 */
export function normalizeHubUrl(text: string): { readonly url: string } | { readonly problem: HubUrlProblem } {
  const trimmed = text.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { problem: 'badUrl' };
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash || !parsed.hostname) return { problem: 'badUrl' };
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) return { problem: 'insecureUrl' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: 'badUrl' };
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` };
}
