import { describe, expect, it } from 'vitest';
import { encodingFromCpg, encodingFromLdid } from './code-page.ts';

describe('encodingFromCpg', () => {
  it.each([
    ['GBK', 'gbk'], ['gb2312', 'gbk'], ['GB18030', 'gb18030'], ['936', 'gbk'], ['ANSI 936', 'gbk'], ['CP936', 'gbk'],
    ['UTF-8', 'utf-8'], ['utf8', 'utf-8'], ['65001', 'utf-8'], ['Big5', 'big5'], ['950', 'big5'], ['1252', 'windows-1252'],
    ['\ufeffUTF-8\r\n', 'utf-8'],
  ])('reads %j as %s', (text, label) => {
    expect(encodingFromCpg(text)).toBe(label);
  });

  it('returns undefined for text that names no encoding', () => {
    expect(encodingFromCpg('<html>not a code page</html>')).toBeUndefined();
    expect(encodingFromCpg('')).toBeUndefined();
  });
});

describe('encodingFromLdid', () => {
  it('maps the ArcGIS GBK driver 0x4D and leaves 0 unset', () => {
    expect(encodingFromLdid(0x4d)).toBe('gbk');
    expect(encodingFromLdid(0)).toBeUndefined();
  });
});
