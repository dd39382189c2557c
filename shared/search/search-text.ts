/**
 * Text as search compares it: NFKC (full-width "Ａ１（" becomes "A1("), lowercase,
 * trimmed. Applied to both the stored keys and the user's query.
 */
export function normalizeSearchText(text: string): string {
  return (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase().trim();
}

/** Outside printable ASCII and the common CJK block: NFKC may change it (full-width forms, ideographic space). */
const NEEDS_NFKC = /[^ -~\u4e00-\u9fff]/;

/** The query's terms (split on white space); a row must match every term. */
export function searchTerms(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter((term) => term !== '');
}

/** Whether a term may be pinyin initials: Latin letters (and digits), at least one letter. */
export function mayBeInitials(term: string): boolean {
  return /^[a-z0-9]+$/.test(term) && /[a-z]/.test(term);
}
