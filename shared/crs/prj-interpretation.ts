import proj4 from 'proj4';
import { matchKnownCrs, type DatumName, type KnownCrs } from './china-crs-registry.ts';

/** What a .prj file describes, reduced to what the importer needs. */
export interface PrjInterpretation {
  /** The registry entry it matches, if any. */
  readonly known?: KnownCrs;
  /** The name the .prj gives itself. */
  readonly title: string;
  readonly datum?: DatumName;
  /** proj4's reading of the .prj, used for systems outside the registry. */
  readonly proj4Definition: string;
}

interface Proj4Params {
  projName?: string;
  long0?: number;
  x0?: number;
  a?: number;
  rf?: number;
  units?: string;
  title?: string;
  name?: string;
  srsCode?: string;
}

const TRANSVERSE_MERCATOR = /^(transverse[ _]mercator|tmerc|etmerc|gauss[ _]kruger)$/i;
const WEB_MERCATOR = /mercator_auxiliary_sphere|pseudo[ _-]mercator|popular visualisation/i;

function datumOf(wkt: string, a: number | undefined, rf: number | undefined): DatumName | undefined {
  if (/china[ _]?2000|cgcs[ _]?2000/i.test(wkt)) return 'CGCS2000';
  if (/xi'?an[ _]?(19)?80/i.test(wkt)) return 'Xian1980';
  if (/beijing[ _]?(19)?54/i.test(wkt)) return 'Beijing1954';
  if (/wgs[ _]?(19)?84/i.test(wkt)) return 'WGS84';
  // A datum named but not one of ours (GDA94, NAD83, …) is not guessed from its ellipsoid.
  if (/DATUM\s*\[/i.test(wkt)) return undefined;
  if (a === 6378140) return 'Xian1980';
  if (a === 6378245) return 'Beijing1954';
  if (a === 6378137 && rf !== undefined) return Math.abs(rf - 298.257222101) < 1e-6 ? 'CGCS2000' : 'WGS84';
  return undefined;
}

/**
 * Reads ESRI WKT, OGC WKT1 or WKT2 text (via proj4) and names the system when it
 * is one of China's. Returns undefined when the text is not a coordinate system
 * at all (an HTML page saved as .prj, an empty file).
 */
export function interpretPrj(wkt: string): PrjInterpretation | undefined {
  const text = wkt.replace(/^\ufeff/, '').trim();
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|PROJECTEDCRS|GEOGRAPHICCRS)\s*\[/i.test(text)) return undefined;
  let params: Proj4Params;
  try {
    params = proj4.Proj(text) as unknown as Proj4Params;
  } catch {
    return undefined;
  }
  const title = params.name ?? params.title ?? params.srsCode ?? 'unnamed';
  const datum = datumOf(text, params.a, params.rf);
  const projName = params.projName ?? '';
  let known: KnownCrs | undefined;
  if (datum && projName === 'longlat') known = matchKnownCrs(datum, 'geographic');
  else if (datum && TRANSVERSE_MERCATOR.test(projName) && /^(m|meter|metre)$/i.test(params.units ?? 'm')) {
    const cm = Math.round(((params.long0 ?? NaN) * 180) / Math.PI * 1e9) / 1e9;
    known = matchKnownCrs(datum, 'transverse-mercator', cm, params.x0);
  } else if (WEB_MERCATOR.test(text) || /EPSG[",:\s]*3857/.test(text)) known = matchKnownCrs('WGS84', 'web-mercator');
  return { known, title, datum, proj4Definition: text };
}
