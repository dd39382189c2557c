import type { GaussKruger3Zone } from '../geodesy/gauss-kruger-zone.ts';

const CGCS2000_GEOGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** The ESRI-style WKT that ArcGIS writes to a .prj for a CGCS2000 3° Gauss-Krüger zone. */
export function esriWktCgcs2000GaussKruger3(zone: GaussKruger3Zone, withZonePrefix: boolean): string {
  const name = withZonePrefix
    ? `CGCS2000_3_Degree_GK_Zone_${zone.zone}`
    : `CGCS2000_3_Degree_GK_CM_${zone.centralMeridianDegrees}E`;
  const falseEasting = (withZonePrefix ? zone.zone * 1_000_000 : 0) + 500_000;
  return (
    `PROJCS["${name}",${CGCS2000_GEOGCS},PROJECTION["Gauss_Kruger"],` +
    `PARAMETER["False_Easting",${falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],` +
    `PARAMETER["Central_Meridian",${zone.centralMeridianDegrees.toFixed(1)}],PARAMETER["Scale_Factor",1.0],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}
