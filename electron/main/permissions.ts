import { isAppUrl } from './app-origin.ts';

/**
 * Permissions the app's own pages may hold; everything else is denied.
 * 'media' is the laptop camera for parcel photos (the page asks for video only, never audio).
 */
const ALLOWED_PERMISSIONS = new Set(['persistent-storage', 'clipboard-sanitized-write', 'media']);

/** Decides a permission request or check: only listed permissions, only for app:// pages. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
