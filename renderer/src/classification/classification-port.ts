import type { ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { FieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { ClassificationSettings, ClassifiedParcels } from './project-classifier.ts';

/** The parcel layers of a project (and its park-boundary layers), as the classifier reads them. */
export interface ClassifierLayer {
  readonly id: string;
  readonly fieldMapping?: FieldMapping;
  /** Absent: parcels. A park-boundary layer's names are in its fieldMapping.park column. */
  readonly role?: 'parcels' | 'parkBoundaries';
}

/**
 * What the app asks of the classifier, wherever it runs (the worker in the
 * app, in process in tests). One project at a time.
 */
export interface ClassifierPort {
  /** Reads the project's parcels and edits from the database and classifies them all. */
  open(databaseName: string, projectId: string, layers: readonly ClassifierLayer[], settings: ClassificationSettings): Promise<ClassifiedParcels>;
  /** New rule set, parks or date: classifies every parcel again. */
  setSettings(settings: ClassificationSettings): Promise<ClassifiedParcels>;
  /** Re-reads these parcels' edits and classifies them again. */
  reclassify(parcelIds: readonly string[]): Promise<ClassifiedParcels>;
  /** One parcel's result with every rule (undefined for an unknown parcel). */
  explain(parcelId: string): Promise<ClassificationResult | undefined>;
}

/** A request to the classification worker. */
export type ClassifierRequest =
  | { readonly id: number; readonly kind: 'open'; readonly databaseName: string; readonly projectId: string; readonly layers: readonly ClassifierLayer[]; readonly settings: ClassificationSettings }
  | { readonly id: number; readonly kind: 'setSettings'; readonly settings: ClassificationSettings }
  | { readonly id: number; readonly kind: 'reclassify'; readonly parcelIds: readonly string[] }
  | { readonly id: number; readonly kind: 'explain'; readonly parcelId: string };

/** The worker's answer to the request with the same id. */
export type ClassifierResponse =
  | { readonly id: number; readonly classified: ClassifiedParcels }
  | { readonly id: number; readonly result: ClassificationResult | undefined }
  | { readonly id: number; readonly error: string };
