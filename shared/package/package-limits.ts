/**
 * Limits a package must respect before anything in it is read further. They
 * stop zip bombs and runaway memory use; a real county hand-off (100k parcels,
 * a few thousand photos) is far below them.
 */
export const PACKAGE_LIMITS = {
  /** Entries in one package. */
  maxEntries: 200_000,
  /** Uncompressed bytes of any one entry (a photo or a layer snapshot). */
  maxEntryBytes: 512 * 1024 * 1024,
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  /** The manifest is small: read it with a tight limit before anything else. */
  maxManifestBytes: 32 * 1024 * 1024,
} as const;

export type PackageLimits = { readonly [K in keyof typeof PACKAGE_LIMITS]: number };

/**
 * A safe entry name: relative, forward slashes, no `..` or `.` segments, no
 * drive letters or backslashes, no control characters, at most 255 characters.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name)) return false;
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
