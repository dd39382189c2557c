import { describe, expect, it } from 'vitest';
import { CHINA_CRS_REGISTRY, findKnownCrs, type KnownCrs } from '../crs/china-crs-registry.ts';
import { interpretPrj } from '../crs/prj-interpretation.ts';
import { esriPrjForKnownCrs } from './esri-prj.ts';

describe('esriPrjForKnownCrs', () => {
  it('writes a .prj that the importer reads back as the same projection, for every system of the registry', () => {
    // A 6° zone without prefix has the parameters of the 3° zone with the same central meridian: either code is right.
    const sameProjection = (a: KnownCrs, b: KnownCrs | undefined) => b !== undefined && a.datum === b.datum && a.kind === b.kind &&
      a.centralMeridianDegrees === b.centralMeridianDegrees && a.falseEastingMeters === b.falseEastingMeters;
    const misread = CHINA_CRS_REGISTRY.filter((crs) => !sameProjection(crs, interpretPrj(esriPrjForKnownCrs(crs))?.known));
    expect(misread.map((crs) => crs.code)).toEqual([]);
    const inexact = CHINA_CRS_REGISTRY.filter((crs) => interpretPrj(esriPrjForKnownCrs(crs))?.known?.code !== crs.code);
    expect(inexact.filter((crs) => !/6-degree Gauss-Kruger CM/.test(crs.nameEn)).map((crs) => crs.code)).toEqual([]);
  });

  it('names Gauss-Krüger systems as ArcGIS does', () => {
    const name = (code: string) => /^PROJCS\["([^"]+)"/.exec(esriPrjForKnownCrs(findKnownCrs(code)!))?.[1];
    expect(name('EPSG:4547')).toBe('CGCS2000_3_Degree_GK_CM_114E');
    expect(name('EPSG:4526')).toBe('CGCS2000_3_Degree_GK_Zone_38');
    expect(name('EPSG:4497')).toBe('CGCS2000_GK_Zone_19');
    expect(name('EPSG:2383')).toBe('Xian_1980_3_Degree_GK_CM_114E');
    expect(name('EPSG:2435')).toBe('Beijing_1954_3_Degree_GK_CM_114E');
  });
});
