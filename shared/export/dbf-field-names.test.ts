import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../encoding/gbk-encoder.ts';
import { dbfFieldNames } from './dbf-field-names.ts';

describe('dbfFieldNames', () => {
  it('keeps names that fit and cuts Chinese names at 10 GBK bytes (5 characters), never mid-character', () => {
    const names = dbfFieldNames(['ZDDM', '权利人', '处置责任单位名称', 'A宗地面积平方米']);
    expect(names).toEqual(['ZDDM', '权利人', '处置责任单', 'A宗地面积']);
    for (const name of names) expect(encodeGbk(name).length).toBeLessThanOrEqual(10);
  });

  it('makes cut names unique, ignoring case, with a suffix that still fits', () => {
    const names = dbfFieldNames(['处置责任单位名称', '处置责任单位备注', 'landholder_name', 'LANDHOLDER_CODE', 'zddm', 'ZDDM']);
    expect(names).toEqual(['处置责任单', '处置责任_2', 'landholder', 'LANDHOLD_2', 'zddm', 'ZDDM_2']);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });

  it('replaces separators and characters GBK cannot hold, and names an empty column', () => {
    expect(dbfFieldNames(['area (m²)', 'a😀b', ''])).toEqual(['area__m__', 'a_b', 'FIELD']);
  });
});
