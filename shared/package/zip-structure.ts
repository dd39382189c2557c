import { PackageError } from './package-problem.ts';

/**
 * Checks that a zip's central directory and local headers agree field by field
 * and that the end record points where it should, with no comment and no bytes
 * outside entries. A streaming unzip reads only local headers; this makes a
 * changed byte in the directory, a header or the end record a refusal too
 * (entry contents are covered by CRC-32 here and SHA-256 in the manifest).
 */
export function checkZipStructure(bytes: Uint8Array): Map<string, { readonly crc: number; readonly size: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (detail: string): never => {
    throw new PackageError({ code: 'notZip', detail });
  };
  const eocd = bytes.length - 22;
  if (eocd < 0 || view.getUint32(eocd, true) !== 0x06054b50) fail('no end-of-directory record (or a zip comment)');
  const diskEntries = view.getUint16(eocd + 8, true), entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true), directoryAt = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || diskEntries !== entries) fail('multi-disk zip');
  if (directoryAt + directorySize !== eocd) fail('central directory does not end where the end record starts');
  const declared = new Map<string, { crc: number; size: number }>();
  const names = new TextDecoder('utf-8');
  let at = directoryAt, expectedLocal = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) fail(`directory entry ${i} damaged`);
    const nameLength = view.getUint16(at + 28, true), extraLength = view.getUint16(at + 30, true), commentLength = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    if (localAt !== expectedLocal || view.getUint32(localAt, true) !== 0x04034b50) fail(`entry ${i}: local header not where the directory says`);
    // version needed, flags, method, time, date, CRC-32, sizes, name length: same bytes in both headers.
    for (let k = 0; k < 26; k++) if (bytes[at + 6 + k] !== bytes[localAt + 4 + k]) fail(`entry ${i}: directory and local header disagree`);
    const localExtra = view.getUint16(localAt + 28, true);
    for (let k = 0; k < nameLength; k++) if (bytes[at + 46 + k] !== bytes[localAt + 30 + k]) fail(`entry ${i}: names disagree`);
    if (commentLength !== 0 || view.getUint16(at + 34, true) !== 0) fail(`entry ${i}: unexpected comment or disk number`);
    const flags = view.getUint16(at + 8, true);
    if (flags & 0x0008) fail(`entry ${i}: data descriptors are not used by ParcelDesk packages`);
    declared.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    expectedLocal = localAt + 30 + nameLength + localExtra + view.getUint32(at + 20, true);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== eocd || expectedLocal !== directoryAt) fail('bytes outside the zip entries');
  return declared;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
