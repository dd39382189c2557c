import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { BboxLonLat } from '../model/geometry.ts';
import type { FeatureIssueCode } from './geometry-check.ts';
import type { ImportedFeature, ImportedLayer } from './imported-layer.ts';

/** What a layer's summary says about its features. */
export type FeatureSummary = Pick<
  ImportedLayer, 'bboxLonLat' | 'areaSquareMeters' | 'areaMu' | 'invalidFeatures' | 'issueCounts' | 'areaMismatches'
>;

/** Layer totals (bbox in lon/lat degrees, area in m², issue counts) gathered one feature at a time. */
export class FeatureTotals {
  private west = Infinity;
  private south = Infinity;
  private east = -Infinity;
  private north = -Infinity;
  private areaSquareMeters = 0;
  private invalid = 0;
  private mismatches = 0;
  private readonly issueCounts: Partial<Record<FeatureIssueCode, number>> = {};

  add(feature: ImportedFeature): void {
    this.areaSquareMeters += feature.areaSquareMeters;
    if (feature.areaMismatch) this.mismatches++;
    if (feature.issues.length > 0) this.invalid++;
    for (const issue of feature.issues) this.issueCounts[issue] = (this.issueCounts[issue] ?? 0) + 1;
    if (feature.polygonRings === undefined) this.extendOver(feature.geometry?.coordinates);
    else if (feature.polygonRings) for (const ring of feature.polygonRings) this.extendFlat(ring);
  }

  summary(): FeatureSummary {
    const bboxLonLat: BboxLonLat | null = this.west === Infinity ? null : [this.west, this.south, this.east, this.north];
    return {
      bboxLonLat, areaSquareMeters: this.areaSquareMeters, areaMu: squareMetersToMu(this.areaSquareMeters),
      invalidFeatures: this.invalid, issueCounts: { ...this.issueCounts }, areaMismatches: this.mismatches,
    };
  }

  private extendFlat(ring: Float64Array): void {
    for (let i = 0; i < ring.length; i += 2) this.extend(ring[i] as number, ring[i + 1] as number);
  }

  /** Nested GeoJSON positions, whatever the depth. */
  private extendOver(value: unknown): void {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') this.extend(value[0], value[1] as number);
    else for (const item of value) this.extendOver(item);
  }

  private extend(lon: number, lat: number): void {
    if (lon < this.west) this.west = lon;
    if (lon > this.east) this.east = lon;
    if (lat < this.south) this.south = lat;
    if (lat > this.north) this.north = lat;
  }
}

/** Layer totals over assembled features: bbox, area, issue counts. */
export function summarizeFeatures(features: readonly ImportedFeature[]): FeatureSummary {
  const totals = new FeatureTotals();
  for (const feature of features) totals.add(feature);
  return totals.summary();
}
