import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { isSafeEntryName, PACKAGE_LIMITS, type PackageLimits } from './package-limits.ts';
import { PackageError } from './package-problem.ts';
import { checkZipStructure, crc32 } from './zip-structure.ts';

/**
 * Unzips a package with every limit checked while inflating: entry names,
 * entry count, each entry's and the total's real (not declared) size. A zip bomb
 * is stopped at the limit instead of filling memory. Throws PackageError.
 */
export function safeUnzip(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Map<string, Uint8Array> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PackageError({ code: 'notZip', detail: 'not a zip file' });
  const declared = checkZipStructure(bytes);
  const entries = new Map<string, Uint8Array>();
  let total = 0, count = 0;
  let failure: PackageError | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (file.name.endsWith('/')) return; // a folder entry carries no data
    if (!isSafeEntryName(file.name)) {
      failure = new PackageError({ code: 'unsafeEntryName', detail: file.name });
      return;
    }
    if (++count > limits.maxEntries) {
      failure = new PackageError({ code: 'tooManyEntries', detail: `more than ${limits.maxEntries}` });
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new PackageError({ code: 'notZip', detail: `${file.name}: ${error.message}` });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) failure = new PackageError({ code: 'entryTooLarge', detail: `${file.name} > ${limits.maxEntryBytes} bytes` });
      else if (total > limits.maxTotalBytes) failure = new PackageError({ code: 'totalTooLarge', detail: `> ${limits.maxTotalBytes} bytes` });
      if (failure) {
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (!final) return;
      const data = concat(parts, size);
      const expected = declared.get(file.name);
      if (!expected || expected.size !== size || crc32(data) !== expected.crc) failure = new PackageError({ code: 'checksumMismatch', detail: `${file.name}: CRC-32 or size differs from the zip directory` });
      else entries.set(file.name, data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Pushed in slices so a bomb is stopped after little output.
    const slice = 64 * 1024;
    for (let at = 0; at < bytes.length && !failure; at += slice) unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
  } catch (error) {
    if (!failure) failure = new PackageError({ code: 'notZip', detail: error instanceof Error ? error.message : String(error) });
  }
  if (failure) throw failure;
  return entries;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
