import { isAppUrl } from './app-origin.ts';

/** Permissions the app's own pages may hold; everything else is denied. */
const ALLOWED_PERMISSIONS = new Set(['persistent-storage', 'clipboard-sanitized-write']);

/** Decides a permission request or check: only listed permissions, only for app:// pages. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
