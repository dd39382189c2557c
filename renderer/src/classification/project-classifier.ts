import { latestCompleteYearTax } from '../../../shared/land-stats/land-stats-row.ts';
import { chunkAttributes, chunkParcelId, type EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { FieldMapping } from '../../../shared/model/parcel-fields.ts';
import { assignChunkParks } from '../../../shared/parks/chunk-park-assignment.ts';
import { assignPark, parkNameIndex, type ParkAssignment, type ParkBoundary } from '../../../shared/parks/park-assignment.ts';
import { boundaryParkName } from '../../../shared/parks/park-boundary-layer.ts';
import type { ParkPreset } from '../../../shared/parks/park-preset.ts';
import { classifyParcel, classifyParcels, type ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { ParcelFacts } from '../../../shared/rules/parcel-facts.ts';
import type { RuleSet } from '../../../shared/rules/rule-set-schema.ts';
import { parcelFactsFromSource } from '../../../shared/rules/source-facts.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { effectiveValues } from '../../../shared/survey/source-values.ts';

/** What classification depends on besides the parcels: the rule set, the park preset and the as-of date. */
export interface ClassificationSettings {
  readonly ruleSet: RuleSet;
  readonly parks: ParkPreset;
  /** 'YYYY-MM-DD'. */
  readonly asOf: string;
}

/** Derived figures of some parcels, as parallel arrays (cheap to post between threads). */
export interface ClassifiedParcels {
  readonly ruleSetVersion: string;
  readonly asOf: string;
  readonly parcelIds: string[];
  /** The class shown: manual override with a reason, else the evaluated class, else 未调查 (insufficient data). */
  readonly classes: ParcelClass[];
  /** The preset park the parcel belongs to ('' when none matched). */
  readonly parks: string[];
  /** How each park was decided: by the park-boundary layer, by the park attribute, or not at all. */
  readonly parkMethods: ParkAssignment['method'][];
  /** Tax of the latest complete year, 万元; null when none recorded. */
  readonly taxes: (number | null)[];
}

/** The class a result shows on the map, in lists and on the dashboard. */
export function shownClass(result: ClassificationResult): ParcelClass {
  return result.parcelClass === 'insufficientData' ? 'unsurveyed' : result.parcelClass;
}

/** A parcel's facts with its park and how that was decided. */
type AssignedFacts = ParcelFacts & { readonly parkMethod: ParkAssignment['method'] };

interface Parcel {
  /** Facts from the source record alone (no edits). */
  readonly base: ParcelFacts;
  /** Name of the park boundary holding the parcel, as the boundary layer writes it. */
  readonly boundaryPark: string | undefined;
  edits: FieldValues | undefined;
}

/**
 * Holds every parcel's classification inputs (source facts and edited values)
 * and classifies them with the current settings: all at once when the settings
 * change, a few when their edits change. A parcel's park is the park-boundary
 * layer's park holding it when the project has one, else its park attribute.
 * Runs in the classification worker.
 */
export class ProjectClassifier {
  private readonly parcels = new Map<string, Parcel>();
  private parkIndex: ReadonlyMap<string, string>;

  constructor(private settings: ClassificationSettings, private readonly boundaries: readonly ParkBoundary[] = []) {
    this.parkIndex = parkNameIndex(settings.parks.parks);
  }

  /** Adds the parcels with geometry of a stored chunk, with their edits (by parcel id). */
  addChunk(chunk: EncodedFeatureChunk, layerId: string, mapping: FieldMapping, edits: ReadonlyMap<string, FieldValues>): void {
    const byBoundary = this.boundaries.length > 0 ? assignChunkParks(chunk, {}, this.boundaries, this.parkIndex) : undefined;
    for (let i = 0; i < chunk.count; i++) {
      if ((chunk.partCounts[i] as number) === 0) continue;
      const parcelId = chunkParcelId(chunk, i, layerId);
      const base = parcelFactsFromSource(parcelId, chunkAttributes(chunk, i), mapping, chunk.areaSquareMeters[i] as number);
      this.parcels.set(parcelId, { base, boundaryPark: byBoundary?.[i]?.parkName, edits: edits.get(parcelId) });
    }
  }

  get size(): number {
    return this.parcels.size;
  }

  setSettings(settings: ClassificationSettings): void {
    if (settings.parks !== this.settings.parks) this.parkIndex = parkNameIndex(settings.parks.parks);
    this.settings = settings;
  }

  /** Replaces a parcel's edited values (undefined: no edits); false for an unknown parcel. */
  setEdits(parcelId: string, edits: FieldValues | undefined): boolean {
    const parcel = this.parcels.get(parcelId);
    if (!parcel) return false;
    parcel.edits = edits;
    return true;
  }

  private facts(parcel: Parcel): AssignedFacts {
    const values = effectiveValues(parcel.base.values, parcel.edits);
    const { parkName: park, method } = parcel.boundaryPark
      ? { parkName: boundaryParkName(parcel.boundaryPark, this.parkIndex), method: 'boundary' as const }
      : assignPark({ parkAttribute: typeof values.park === 'string' ? values.park : '' }, [], this.parkIndex);
    return { ...parcel.base, values, parkMethod: method, ...(park ? { park } : {}) };
  }

  /** Every parcel, in the order they were added. */
  classifyAll(): ClassifiedParcels {
    return this.classifyFacts([...this.parcels.values()].map((p) => this.facts(p)));
  }

  /** Only these parcels (unknown ids are left out). */
  classify(parcelIds: Iterable<string>): ClassifiedParcels {
    const facts: AssignedFacts[] = [];
    for (const id of parcelIds) {
      const parcel = this.parcels.get(id);
      if (parcel) facts.push(this.facts(parcel));
    }
    return this.classifyFacts(facts);
  }

  /** One parcel's full result with every rule, for its card; undefined for an unknown parcel. */
  explain(parcelId: string): ClassificationResult | undefined {
    const parcel = this.parcels.get(parcelId);
    return parcel ? classifyParcel(this.facts(parcel), this.settings.ruleSet, this.settings.asOf) : undefined;
  }

  private classifyFacts(facts: readonly AssignedFacts[]): ClassifiedParcels {
    const { ruleSet, asOf } = this.settings;
    const results = classifyParcels(facts, ruleSet, asOf);
    const out: ClassifiedParcels = { ruleSetVersion: ruleSet.version, asOf, parcelIds: [], classes: [], parks: [], parkMethods: [], taxes: [] };
    results.forEach((result, i) => {
      const item = facts[i] as AssignedFacts;
      out.parcelIds.push(result.parcelId);
      out.classes.push(shownClass(result));
      out.parks.push(item.park ?? '');
      out.parkMethods.push(item.parkMethod);
      out.taxes.push(latestCompleteYearTax(item.values, asOf)?.taxWanYuan ?? null);
    });
    return out;
  }
}
