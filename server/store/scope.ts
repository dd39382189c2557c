import type { Principal } from './accounts-store.ts';

/**
 * The county whose data a principal may read: its own for surveyors and
 * county reviewers; null for city users, who read every county.
 */
export function readScope(principal: Principal): { readonly all: true } | { readonly all: false; readonly countyId: string } {
  if (principal.role === 'city') return { all: true };
  if (!principal.countyId) throw new Error(`user ${principal.userId} (${principal.role}) has no county`);
  return { all: false, countyId: principal.countyId };
}
