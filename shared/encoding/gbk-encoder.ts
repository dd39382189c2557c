/**
 * Encodes text as GBK (code page 936) for DBF files. The table is built once by
 * running the platform's WHATWG `gbk` decoder over every two-byte code, so encoder
 * and decoder agree by construction and no table ships in the bundle.
 */
let table: Map<number, number> | undefined;

function encodeTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder('gbk', { fatal: false });
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === '\ufffd') continue;
      const codePoint = text.charCodeAt(0);
      if (!map.has(codePoint)) map.set(codePoint, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** Thrown when text holds a character that GBK cannot represent. */
export class UnencodableCharacterError extends Error {
  constructor(readonly character: string) {
    super(`character ${JSON.stringify(character)} cannot be encoded in GBK`);
    this.name = 'UnencodableCharacterError';
  }
}

/** Encodes a string to GBK bytes; characters outside GBK throw {@link UnencodableCharacterError}. */
export function encodeGbk(text: string): Uint8Array {
  const map = encodeTable();
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    const bytes = map.get(code);
    if (bytes === undefined) throw new UnencodableCharacterError(ch);
    out[length++] = bytes >> 8;
    out[length++] = bytes & 0xff;
  }
  return out.slice(0, length);
}
