import { unzipSync } from 'fflate';
import { ImportError } from './import-problem.ts';
import type { SourceFile } from './source-file.ts';

/** Limits that keep a hostile or broken zip from exhausting memory. */
export const ZIP_LIMITS = {
  maxEntryBytes: 2 * 1024 * 1024 * 1024 - 1,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxEntries: 20_000,
  maxNesting: 2,
} as const;

/**
 * Entry names without the UTF-8 flag arrive from fflate as one char per byte.
 * Windows zips from Chinese systems store them in GBK: decode those bytes as
 * strict UTF-8 first (some tools omit the flag), else as GB18030.
 */
export function repairEntryName(name: string): string {
  if (![...name].some((ch) => ch.charCodeAt(0) > 0x7f)) return name;
  if ([...name].some((ch) => ch.charCodeAt(0) > 0xff)) return name; // already decoded as UTF-8
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Expands a zip (and zips inside it) into files with folder paths; refuses unreadable or oversized zips. */
export function expandZip(zip: SourceFile, depth = 0): SourceFile[] {
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (entry) => {
        count++;
        total += entry.originalSize;
        if (entry.originalSize > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes || count > ZIP_LIMITS.maxEntries) {
          throw new ImportError({ code: 'zip-too-large', file: zip.path, detail: `${entry.name}: ${entry.originalSize} bytes` });
        }
        return !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/');
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ code: 'unreadable-zip', file: zip.path, detail: error instanceof Error ? error.message : String(error) });
  }
  const prefix = zip.path.replace(/\.zip$/i, '');
  return Object.entries(entries).flatMap(([rawName, bytes]) => {
    const file = { path: `${prefix}/${repairEntryName(rawName)}`, bytes };
    if (/\.zip$/i.test(rawName) && depth + 1 <= ZIP_LIMITS.maxNesting) return expandZip(file, depth + 1);
    return [file];
  });
}
