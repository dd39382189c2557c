/**
 * Text encodings of shapefile attribute tables: from a .cpg file's text, or from
 * the DBF header's language driver id (LDID, byte 29). Names returned are WHATWG
 * encoding labels that `TextDecoder` accepts.
 */

const CODE_PAGE_TO_LABEL: Readonly<Record<string, string>> = {
  '936': 'gbk',
  '54936': 'gb18030',
  '20936': 'gbk',
  '950': 'big5',
  '65001': 'utf-8',
  '932': 'shift_jis',
  '949': 'euc-kr',
  '874': 'windows-874',
  '866': 'ibm866',
  '28591': 'iso-8859-1',
  '1250': 'windows-1250',
  '1251': 'windows-1251',
  '1252': 'windows-1252',
  '1253': 'windows-1253',
  '1254': 'windows-1254',
  '1255': 'windows-1255',
  '1256': 'windows-1256',
  '1257': 'windows-1257',
  '1258': 'windows-1258',
};

const NAME_TO_LABEL: Readonly<Record<string, string>> = {
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  big5: 'big5',
  'euc-kr': 'euc-kr',
  'shift_jis': 'shift_jis',
  sjis: 'shift_jis',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
};

/**
 * Interprets the text of a .cpg file ("GBK", "936", "ANSI 936", "CP936", "UTF-8",
 * "65001", "Big5", "1252" …). Returns a TextDecoder label, or undefined when the
 * text names no encoding this runtime can decode.
 */
export function encodingFromCpg(cpgText: string): string | undefined {
  const text = cpgText.replace(/^\ufeff/, '').trim().toLowerCase();
  if (!text) return undefined;
  const codePage = /^(?:ansi|cp|windows|ms|ibm|oem)?[\s_-]*(\d{3,5})$/.exec(text);
  if (codePage) return CODE_PAGE_TO_LABEL[codePage[1] as string];
  const label = NAME_TO_LABEL[text] ?? text;
  return isDecodable(label) ? label : undefined;
}

const LDID_TO_LABEL: Readonly<Record<number, string>> = {
  0x4d: 'gbk',
  0x7a: 'gbk',
  0x4f: 'big5',
  0x78: 'big5',
  0x13: 'shift_jis',
  0x7b: 'shift_jis',
  0x4e: 'euc-kr',
  0x79: 'euc-kr',
  0x7c: 'windows-874',
  0x03: 'windows-1252',
  0x57: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0xca: 'windows-1254',
  0xcb: 'windows-1253',
  0x65: 'ibm866',
};

/** Maps a DBF language driver id to a TextDecoder label; undefined when unset (0) or unknown. */
export function encodingFromLdid(ldid: number): string | undefined {
  return LDID_TO_LABEL[ldid];
}

function isDecodable(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
