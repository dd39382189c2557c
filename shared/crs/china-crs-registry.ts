import { CGCS2000, IAG_1975, KRASSOWSKY_1940, type Ellipsoid } from '../geodesy/ellipsoid.ts';

/** Datums found in Chinese land data. Only CGCS2000 and WGS84 are treated as identical. */
export type DatumName = 'CGCS2000' | 'WGS84' | 'Xian1980' | 'Beijing1954';

/** A coordinate system the importer knows by name and EPSG code. */
export interface KnownCrs {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly datum: DatumName;
  readonly ellipsoid: Ellipsoid;
  readonly kind: 'geographic' | 'transverse-mercator' | 'web-mercator';
  /** For transverse Mercator: central meridian (°E) and false easting (m). */
  readonly centralMeridianDegrees?: number;
  readonly falseEastingMeters?: number;
}

const WGS84: Ellipsoid = { name: 'WGS 84', semiMajorAxisMeters: 6378137, flattening: 1 / 298.257223563 };
const DATUM_ZH: Record<DatumName, string> = { CGCS2000: 'CGCS2000', WGS84: 'WGS84', Xian1980: '西安80', Beijing1954: '北京54' };
const DATUM_EN: Record<DatumName, string> = { CGCS2000: 'CGCS2000', WGS84: 'WGS 84', Xian1980: 'Xian 1980', Beijing1954: 'Beijing 1954' };
const ELLIPSOIDS: Record<DatumName, Ellipsoid> = { CGCS2000, WGS84, Xian1980: IAG_1975, Beijing1954: KRASSOWSKY_1940 };

interface ZoneSeries {
  readonly datum: DatumName;
  readonly width: 3 | 6;
  readonly firstZone: number;
  readonly lastZone: number;
  readonly prefixedStart: number;
  readonly plainStart: number;
}

/** EPSG code ranges of the Gauss-Krüger zone series (prefixed: zone number in the easting). */
const ZONE_SERIES: readonly ZoneSeries[] = [
  { datum: 'CGCS2000', width: 3, firstZone: 25, lastZone: 45, prefixedStart: 4513, plainStart: 4534 },
  { datum: 'CGCS2000', width: 6, firstZone: 13, lastZone: 23, prefixedStart: 4491, plainStart: 4502 },
  { datum: 'Xian1980', width: 3, firstZone: 25, lastZone: 45, prefixedStart: 2349, plainStart: 2370 },
  { datum: 'Xian1980', width: 6, firstZone: 13, lastZone: 23, prefixedStart: 2327, plainStart: 2338 },
  { datum: 'Beijing1954', width: 3, firstZone: 25, lastZone: 45, prefixedStart: 2401, plainStart: 2422 },
  { datum: 'Beijing1954', width: 6, firstZone: 13, lastZone: 23, prefixedStart: 21413, plainStart: 21453 },
];

function zoneEntries(series: ZoneSeries): KnownCrs[] {
  const entries: KnownCrs[] = [];
  for (let zone = series.firstZone; zone <= series.lastZone; zone++) {
    const cm = series.width === 3 ? zone * 3 : zone * 6 - 3;
    const i = zone - series.firstZone;
    const common = { datum: series.datum, ellipsoid: ELLIPSOIDS[series.datum], kind: 'transverse-mercator' as const, centralMeridianDegrees: cm };
    entries.push({
      ...common,
      code: `EPSG:${series.prefixedStart + i}`,
      nameZh: `${DATUM_ZH[series.datum]} ${series.width}度带高斯投影 第${zone}带（带号前缀）`,
      nameEn: `${DATUM_EN[series.datum]} / ${series.width}-degree Gauss-Kruger zone ${zone}`,
      falseEastingMeters: zone * 1_000_000 + 500_000,
    });
    entries.push({
      ...common,
      code: `EPSG:${series.plainStart + i}`,
      nameZh: `${DATUM_ZH[series.datum]} ${series.width}度带高斯投影 中央经线${cm}°E`,
      nameEn: `${DATUM_EN[series.datum]} / ${series.width}-degree Gauss-Kruger CM ${cm}E`,
      falseEastingMeters: 500_000,
    });
  }
  return entries;
}

function geographic(code: string, datum: DatumName): KnownCrs {
  return {
    code, datum, ellipsoid: ELLIPSOIDS[datum], kind: 'geographic',
    nameZh: `${DATUM_ZH[datum]} 地理坐标系（经纬度）`, nameEn: `${DATUM_EN[datum]} geographic (lon/lat)`,
  };
}

/** Every system the importer names: geographic, Web Mercator and all Gauss-Krüger zones of China. */
export const CHINA_CRS_REGISTRY: readonly KnownCrs[] = [
  geographic('EPSG:4490', 'CGCS2000'),
  geographic('EPSG:4326', 'WGS84'),
  geographic('EPSG:4610', 'Xian1980'),
  geographic('EPSG:4214', 'Beijing1954'),
  {
    code: 'EPSG:3857', nameZh: 'Web 墨卡托（网络地图）', nameEn: 'WGS 84 / Pseudo-Mercator',
    datum: 'WGS84', ellipsoid: WGS84, kind: 'web-mercator',
  },
  ...ZONE_SERIES.flatMap(zoneEntries),
];

const BY_CODE = new Map(CHINA_CRS_REGISTRY.map((crs) => [crs.code, crs]));

/** Looks a system up by "EPSG:n" (or "n"); undefined when it is not one of China's systems. */
export function findKnownCrs(code: string): KnownCrs | undefined {
  const normalized = /^\d+$/.test(code.trim()) ? `EPSG:${code.trim()}` : code.trim().toUpperCase();
  return BY_CODE.get(normalized);
}

/** The system with this datum, kind and (for Gauss-Krüger) central meridian and false easting. */
export function matchKnownCrs(
  datum: DatumName, kind: KnownCrs['kind'], centralMeridianDegrees?: number, falseEastingMeters?: number,
): KnownCrs | undefined {
  return CHINA_CRS_REGISTRY.find((crs) =>
    crs.datum === datum && crs.kind === kind &&
    (kind !== 'transverse-mercator' ||
      (Math.abs((crs.centralMeridianDegrees ?? NaN) - (centralMeridianDegrees ?? NaN)) < 1e-9 &&
        Math.abs((crs.falseEastingMeters ?? NaN) - (falseEastingMeters ?? NaN)) < 1e-6)),
  );
}
