/** The custom scheme and host the UI is served from: app://parceldesk/… */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parceldesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when a URL belongs to the app's own origin (scheme and host, nothing else). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
