import { encodeGbk, UnencodableCharacterError } from '../encoding/gbk-encoder.ts';

/**
 * Encodes text as GBK, writing '?' for a character GBK cannot hold (an emoji, a rare
 * ideograph outside GBK) instead of failing the whole export.
 */
export function encodeGbkLenient(text: string): Uint8Array {
  try {
    return encodeGbk(text);
  } catch (error) {
    if (!(error instanceof UnencodableCharacterError)) throw error;
    const parts = [...text].map((ch) => {
      try {
        return encodeGbk(ch);
      } catch {
        return Uint8Array.of(0x3f);
      }
    });
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** The longest whole-character prefix of GBK `bytes` (as encoded above) that fits in `maxBytes`. */
export function cutGbkBytes(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length <= maxBytes) return bytes;
  let at = 0;
  while (at < bytes.length) {
    const size = (bytes[at] as number) >= 0x81 ? 2 : 1;
    if (at + size > maxBytes) break;
    at += size;
  }
  return bytes.subarray(0, at);
}

/**
 * GBK bytes a text needs, without encoding it: 1 per ASCII character, 2 for any
 * other (exact for text GBK holds; a character it cannot hold becomes a 1-byte '?').
 */
export function gbkByteLengthUpperBound(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes++;
    else if (code < 0xdc00 || code > 0xdfff) bytes += 2;
  }
  return bytes;
}
