import { readDbfHeader } from '../shapefile/dbf-reader.ts';
import { encodingFromCpg, encodingFromLdid } from './code-page.ts';

/** The text encoding chosen for a DBF and where the choice came from. */
export interface ResolvedEncoding {
  readonly name: string;
  readonly source: 'cpg' | 'ldid' | 'detected' | 'user';
}

/**
 * Chooses a DBF's encoding: the user's choice, else a .cpg that names a known
 * encoding, else the LDID byte, else detection from the bytes of its text.
 */
export function resolveDbfEncoding(dbf: Uint8Array, cpg?: string, userEncoding?: string): ResolvedEncoding {
  if (userEncoding) return { name: userEncoding, source: 'user' };
  const fromCpg = cpg === undefined ? undefined : encodingFromCpg(cpg);
  if (fromCpg) return { name: fromCpg, source: 'cpg' };
  const fromLdid = encodingFromLdid(readDbfHeader(dbf).languageDriverId);
  if (fromLdid) return { name: fromLdid, source: 'ldid' };
  // Only the records: header bytes (field lengths such as 0xFE) are not text.
  return { name: detectTextEncoding(dbf.subarray(Math.min(dbf.byteLength, readDbfHeader(dbf).headerBytes))), source: 'detected' };
}

/**
 * UTF-8 when the bytes (header and records) decode as strict UTF-8, else GB18030,
 * the superset of GBK that Chinese data without a code page most often is.
 * Pure ASCII reads the same either way and is reported as UTF-8.
 */
export function detectTextEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, Math.min(bytes.byteLength, 4 * 1024 * 1024));
  let hasHighBytes = false;
  for (let i = 0; i < sample.length; i++) {
    if ((sample[i] as number) >= 0x80) {
      hasHighBytes = true;
      break;
    }
  }
  if (!hasHighBytes) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, lastCompleteUtf8(sample)));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Length of the sample without a UTF-8 sequence cut at its end. */
function lastCompleteUtf8(sample: Uint8Array): number {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back] as number;
    if ((byte & 0xc0) === 0xc0) return end - back;
    if ((byte & 0x80) === 0) break;
  }
  return end;
}
