import { encodeGbk, UnencodableCharacterError } from '../encoding/gbk-encoder.ts';

/** dBASE field names hold at most 10 bytes (the 11th is the terminating zero). */
export const DBF_FIELD_NAME_BYTES = 10;

/**
 * DBF field names for the given column names, in the same order: characters GBK
 * cannot hold and separators become '_', each name is cut to ≤ 10 GBK bytes at a
 * character boundary (a Chinese character is 2 bytes), and names that collide
 * (ignoring case, as GDAL and ArcGIS compare them) get a numeric suffix `_2`, `_3` …
 * cut to fit. An empty name becomes `FIELD`.
 */
export function dbfFieldNames(columnNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return columnNames.map((raw) => {
    const base = fitBytes(cleanName(raw), DBF_FIELD_NAME_BYTES) || 'FIELD';
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n++) {
      const suffix = `_${n}`;
      name = fitBytes(base, DBF_FIELD_NAME_BYTES - suffix.length) + suffix;
    }
    taken.add(name.toUpperCase());
    return name;
  });
}

function cleanName(raw: string): string {
  let out = '';
  for (const ch of raw.trim()) {
    if (/[\s\p{Cc}.,;:'"()[\]{}<>/\\|!?*+=&%$#@^~`-]/u.test(ch)) {
      out += '_';
      continue;
    }
    try {
      encodeGbk(ch);
      out += ch;
    } catch (error) {
      if (!(error instanceof UnencodableCharacterError)) throw error;
      out += '_';
    }
  }
  return out;
}

/** The longest prefix of `text` (whole characters) that fits in `maxBytes` GBK bytes. */
function fitBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const size = ch.codePointAt(0) as number < 0x80 ? 1 : 2;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}
