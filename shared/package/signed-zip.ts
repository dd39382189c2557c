import { PackageError } from './package-problem.ts';

/** Length of an Ed25519 signature in base64 (64 bytes). */
const SIGNATURE_TEXT_LENGTH = 88;
const EOCD_LENGTH = 22;

/**
 * The package signature lives in the zip's end-of-directory comment and covers
 * every byte before it: the zip as written with an empty comment. A changed
 * bit anywhere — entry data, deflate padding, headers, directory — breaks it.
 */
export function appendSignature(zipWithoutComment: Uint8Array, signatureBase64: string): Uint8Array {
  if (signatureBase64.length !== SIGNATURE_TEXT_LENGTH) throw new Error('Ed25519 signature must be 88 base64 characters');
  const out = new Uint8Array(zipWithoutComment.length + SIGNATURE_TEXT_LENGTH);
  out.set(zipWithoutComment);
  const eocd = zipWithoutComment.length - EOCD_LENGTH;
  out[eocd + 20] = SIGNATURE_TEXT_LENGTH & 0xff;
  out[eocd + 21] = SIGNATURE_TEXT_LENGTH >> 8;
  for (let i = 0; i < SIGNATURE_TEXT_LENGTH; i++) out[zipWithoutComment.length + i] = signatureBase64.charCodeAt(i);
  return out;
}

/** Splits a signed package into the signed bytes (zip with an empty comment) and the signature text. */
export function splitSignature(bytes: Uint8Array): { readonly signed: Uint8Array; readonly signatureBase64: string } {
  const eocd = bytes.length - SIGNATURE_TEXT_LENGTH - EOCD_LENGTH;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (eocd < 0 || view.getUint32(eocd, true) !== 0x06054b50 || view.getUint16(eocd + 20, true) !== SIGNATURE_TEXT_LENGTH) {
    throw new PackageError({ code: 'badSignature', detail: 'the package carries no signature' });
  }
  const signed = bytes.slice(0, eocd + EOCD_LENGTH);
  signed[eocd + 20] = 0;
  signed[eocd + 21] = 0;
  const signatureBase64 = String.fromCharCode(...bytes.subarray(eocd + EOCD_LENGTH));
  return { signed, signatureBase64 };
}
