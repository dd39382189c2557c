import { findKnownCrs, type KnownCrs } from '../crs/china-crs-registry.ts';
import { fromLonLatForKnownCrs, type FromLonLat } from '../crs/lon-lat-transform.ts';
import { esriPrjForKnownCrs } from './esri-prj.ts';

/** The system an export writes coordinates in, with its conversion and .prj text. */
export interface ExportCrs {
  readonly crs: KnownCrs;
  /** Stored CGCS2000 lon/lat degrees to the target system's coordinates. */
  readonly fromLonLat: FromLonLat;
  /** ESRI WKT for the .prj file. */
  readonly prj: string;
  /** True when the requested code was missing or unknown and CGCS2000 lon/lat (EPSG:4490) was used instead. */
  readonly fellBack: boolean;
}

const CGCS2000_GEOGRAPHIC = 'EPSG:4490';

/**
 * The export system for an EPSG code of the registry ("EPSG:4547", "4490"): the
 * layer's source system, CGCS2000 geographic, or a chosen Gauss-Krüger zone.
 * Stored geometry is CGCS2000 lon/lat; Gauss-Krüger output uses the exact Krüger
 * series on the system's own ellipsoid, which returns the source coordinates of
 * an imported layer (imports apply no datum shift either). Unknown or missing
 * codes fall back to EPSG:4490 with `fellBack` set.
 */
export function exportCrs(code: string | null | undefined): ExportCrs {
  const requested = code ? findKnownCrs(code) : undefined;
  const crs = requested ?? (findKnownCrs(CGCS2000_GEOGRAPHIC) as KnownCrs);
  return { crs, fromLonLat: fromLonLatForKnownCrs(crs), prj: esriPrjForKnownCrs(crs), fellBack: requested === undefined };
}
