import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { gaussKruger3Zone } from '../geodesy/gauss-kruger-zone.ts';
import { findKnownCrs } from './china-crs-registry.ts';
import { esriWktCgcs2000GaussKruger3 } from './esri-wkt.ts';
import { resolveCrs } from './crs-resolution.ts';

const XUCHANG_4547: [number, number] = [486633.57, 3762111.02];
const BBOX_4547: [number, number, number, number] = [452467, 3744970, 518166, 3790052];

const OGC_4547 = 'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",114],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","4547"]]';
const WKT2_4547 = 'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4490]],CONVERSION["3-degree Gauss-Kruger CM 114E",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",114,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1]],PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["northing (X)",north,ORDER[1],LENGTHUNIT["metre",1]],AXIS["easting (Y)",east,ORDER[2],LENGTHUNIT["metre",1]],ID["EPSG",4547]]';
const XIAN80_2383 = 'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function lonLatOf(resolved: ReturnType<typeof resolveCrs>, xy: [number, number]): number[] {
  return [...(resolved.toLonLat?.(Float64Array.from(xy)) ?? [])];
}

describe('coordinate system from .prj', () => {
  it.each([
    ['ESRI WKT', esriWktCgcs2000GaussKruger3(gaussKruger3Zone(38), false)],
    ['OGC WKT1', OGC_4547],
    ['WKT2', WKT2_4547],
  ])('recognises EPSG:4547 in %s and converts to lon/lat', (_label, wkt) => {
    const resolved = resolveCrs({ prj: wkt, bbox: BBOX_4547 });
    expect(resolved.code).toBe('EPSG:4547');
    expect(resolved.source).toBe('prj');
    expect(resolved.nameZh).toBe('CGCS2000 3度带高斯投影 中央经线114°E');
    const [lon, lat] = lonLatOf(resolved, XUCHANG_4547);
    const [plon, plat] = proj4('+proj=tmerc +lon_0=114 +x_0=500000 +ellps=GRS80', 'WGS84', XUCHANG_4547);
    expect(lon).toBeCloseTo(plon as number, 9);
    expect(lat).toBeCloseTo(plat as number, 9);
  });

  it('names Xian 1980 and says its datum is not shifted', () => {
    const resolved = resolveCrs({ prj: XIAN80_2383, bbox: BBOX_4547 });
    expect(resolved.code).toBe('EPSG:2383');
    expect(resolved.nameZh).toContain('西安80');
    expect(resolved.notes).toContain('datum-not-converted');
  });

  it('converts a system outside the registry through proj4 and says so', () => {
    const utm = 'PROJCS["WGS_1984_UTM_Zone_49N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const resolved = resolveCrs({ prj: utm, bbox: [700000, 3700000, 800000, 3800000] });
    expect(resolved.code).toBeNull();
    expect(resolved.notes).toContain('crs-outside-registry');
    const [lon] = lonLatOf(resolved, [777000, 3766000]);
    expect(lon).toBeGreaterThan(113.9);
    expect(lon).toBeLessThan(114.1);
  });

  it('treats a .prj that holds an HTML page as unreadable and falls back to detection', () => {
    const resolved = resolveCrs({ prj: '<!DOCTYPE html><html></html>', bbox: [113.5, 33.8, 114.2, 34.3] });
    expect(resolved.notes).toContain('prj-unreadable');
    expect(resolved.code).toBe('EPSG:4490');
    expect(resolved.source).toBe('detected');
  });
});

describe('coordinate system without .prj', () => {
  it('reads lon/lat ranges as CGCS2000 geographic', () => {
    const resolved = resolveCrs({ bbox: [113.5, 33.8, 114.2, 34.3] });
    expect(resolved).toMatchObject({ code: 'EPSG:4490', source: 'detected', needsConfirmation: false });
    expect(resolved.notes).toContain('prj-missing');
  });

  it('reads a 38xxxxxx easting as 3° zone 38 with prefix (EPSG:4526)', () => {
    const resolved = resolveCrs({ bbox: [38452467, 3744970, 38518166, 3790052] });
    expect(resolved).toMatchObject({ code: 'EPSG:4526', source: 'detected', needsConfirmation: false });
    const [lon] = lonLatOf(resolved, [38486633.57, 3762111.02]);
    expect(lon).toBeCloseTo(113.855, 3);
  });

  it('asks to confirm the central meridian for a plain easting, suggesting the project region', () => {
    const resolved = resolveCrs({ bbox: BBOX_4547 });
    expect(resolved).toMatchObject({ code: 'EPSG:4547', needsConfirmation: true });
    expect(resolved.guess?.reason).toBe('plain-easting');
    expect(resolveCrs({ bbox: BBOX_4547, defaultCentralMeridianDegrees: 117 }).code).toBe('EPSG:4548');
  });

  it('refuses to place coordinates it cannot read', () => {
    const resolved = resolveCrs({ bbox: [-5e7, -5e7, 5e7, 5e7] });
    expect(resolved.toLonLat).toBeNull();
    expect(resolved.needsConfirmation).toBe(true);
  });

  it("uses the user's choice over everything", () => {
    const resolved = resolveCrs({ prj: OGC_4547, bbox: BBOX_4547, userCode: 'EPSG:2383' });
    expect(resolved).toMatchObject({ code: 'EPSG:2383', source: 'user' });
  });
});

describe('registry', () => {
  it('has the EPSG codes of the domain brief', () => {
    expect(findKnownCrs('4547')?.centralMeridianDegrees).toBe(114);
    expect(findKnownCrs('EPSG:4526')?.falseEastingMeters).toBe(38_500_000);
    expect(findKnownCrs('EPSG:2383')?.datum).toBe('Xian1980');
    expect(findKnownCrs('EPSG:2435')?.datum).toBe('Beijing1954');
    expect(findKnownCrs('EPSG:2435')?.centralMeridianDegrees).toBe(114);
    expect(findKnownCrs('EPSG:4502')?.centralMeridianDegrees).toBe(75);
  });
});
