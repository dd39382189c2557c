/** True for a UTF-16 code unit XML 1.0 cannot hold: controls other than tab, LF, CR; U+FFFE and U+FFFF. */
function isInvalidUnit(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** Anything outside tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD (surrogates included) needs a closer look. */
const NEEDS_CHECK = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/** Drops characters XML cannot hold: invalid controls and lone surrogates. */
function dropInvalid(text: string): string {
  if (!NEEDS_CHECK.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (isInvalidUnit(code) || (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)) continue;
    out += ch;
  }
  return out;
}

/** Escapes text for XML element content or a double-quoted attribute, dropping characters XML cannot hold. */
export function xmlEscape(text: string): string {
  return dropInvalid(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1-style reference of a 0-based row and column. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
