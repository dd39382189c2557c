import type { DatumName, KnownCrs } from '../crs/china-crs-registry.ts';

interface EsriDatum {
  readonly geogcs: string;
  readonly datum: string;
  readonly spheroid: string;
  readonly projectedPrefix: string;
}

const DATUMS: Readonly<Record<DatumName, EsriDatum>> = {
  CGCS2000: { geogcs: 'GCS_China_Geodetic_Coordinate_System_2000', datum: 'D_China_2000', spheroid: 'CGCS2000', projectedPrefix: 'CGCS2000' },
  WGS84: { geogcs: 'GCS_WGS_1984', datum: 'D_WGS_1984', spheroid: 'WGS_1984', projectedPrefix: 'WGS_1984' },
  Xian1980: { geogcs: 'GCS_Xian_1980', datum: 'D_Xian_1980', spheroid: 'Xian_1980', projectedPrefix: 'Xian_1980' },
  Beijing1954: { geogcs: 'GCS_Beijing_1954', datum: 'D_Beijing_1954', spheroid: 'Krasovsky_1940', projectedPrefix: 'Beijing_1954' },
};

/** Decimal text as ArcGIS writes WKT numbers: always with a fractional part (500000.0, 298.257222101). */
function num(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

function geogcs(crs: KnownCrs): string {
  const d = DATUMS[crs.datum];
  const { semiMajorAxisMeters: a, flattening: f } = crs.ellipsoid;
  const inverseFlattening = Number((1 / f).toPrecision(15));
  return `GEOGCS["${d.geogcs}",DATUM["${d.datum}",SPHEROID["${d.spheroid}",${num(a)},${num(inverseFlattening)}]],` +
    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
}

/** ArcGIS's name of a Gauss-Krüger system, e.g. CGCS2000_3_Degree_GK_CM_114E or Xian_1980_GK_Zone_19. */
function gaussKrugerName(crs: KnownCrs): string {
  const prefix = DATUMS[crs.datum].projectedPrefix;
  const width = /3-degree/.test(crs.nameEn) ? '3_Degree_' : '';
  const falseEasting = crs.falseEastingMeters ?? 500_000;
  const zone = Math.floor(falseEasting / 1_000_000);
  return zone > 0 ? `${prefix}_${width}GK_Zone_${zone}` : `${prefix}_${width}GK_CM_${crs.centralMeridianDegrees}E`;
}

/**
 * The .prj text (ESRI WKT, as ArcGIS writes it) for a system of the registry:
 * geographic CGCS2000 / WGS 84 / Xian 1980 / Beijing 1954 in degrees, their
 * 3° and 6° Gauss-Krüger zones in metres (with or without the zone prefix in the
 * false easting), or Web Mercator.
 */
export function esriPrjForKnownCrs(crs: KnownCrs): string {
  if (crs.kind === 'geographic') return geogcs(crs);
  if (crs.kind === 'web-mercator') {
    return `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${geogcs(crs)},PROJECTION["Mercator_Auxiliary_Sphere"],` +
      'PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],' +
      'PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
  }
  return `PROJCS["${gaussKrugerName(crs)}",${geogcs(crs)},PROJECTION["Gauss_Kruger"],` +
    `PARAMETER["False_Easting",${num(crs.falseEastingMeters ?? 500_000)}],PARAMETER["False_Northing",0.0],` +
    `PARAMETER["Central_Meridian",${num(crs.centralMeridianDegrees ?? NaN)}],PARAMETER["Scale_Factor",1.0],` +
    'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
}
