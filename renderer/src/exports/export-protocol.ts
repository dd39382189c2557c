import type { AvailableLandInput } from '../../../shared/export/available-land-list.ts';
import type { ExportFile } from '../../../shared/export/export-job.ts';
import type { ExportLanguage } from '../../../shared/export/export-labels.ts';
import type { ExportProgress } from '../../../shared/export/export-progress.ts';
import type { FieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';

/** A stored parcel layer as the export worker reads it. */
export interface ExportLayer {
  readonly id: string;
  readonly fieldMapping?: FieldMapping;
}

/** What to write, without the parcels (the worker reads them from the database). */
export type ExportSpec =
  | { readonly kind: 'ledgerXlsx'; readonly fileName: string; readonly titlePrefix?: string; readonly asOfDate?: string; readonly parkOrder?: readonly string[] }
  | { readonly kind: 'parcelsShapefile'; readonly fileName: string; readonly crsCode: string | null }
  | { readonly kind: 'parcelsGeoJson'; readonly fileName: string }
  | {
    readonly kind: 'availableLand'; readonly format: AvailableLandFormat; readonly fileName: string; readonly crsCode: string | null;
    readonly year: number; readonly parkOrder?: readonly string[]; readonly titlePrefix?: string;
    /** Planned increments (not stored parcels), already complete. */
    readonly increments: readonly AvailableLandInput[];
    /** Only list items of this park ('' for those without one); every park when absent. */
    readonly park?: string;
  };

export type AvailableLandFormat = 'xlsx' | 'geojson' | 'shapefile';

/** A parcel's id, shown class and shown park. */
export type ShownParcel = readonly [parcelId: string, parcelClass: ParcelClass, park: string];

/** One export posted to the worker: plain data (structured-cloneable). */
export interface ExportRequest {
  readonly databaseName: string;
  readonly projectId: string;
  readonly layers: readonly ExportLayer[];
  /** Parcel ids to export; every parcel with geometry when absent. */
  readonly only?: readonly string[];
  /**
   * Each parcel's class and park as the app shows them (manual override or
   * evaluation; park as assigned by the preset), so files agree with the map,
   * the ledger table and the dashboard: [parcelId, class, park].
   */
  readonly shown: readonly ShownParcel[];
  readonly language: ExportLanguage;
  readonly spec: ExportSpec;
}

/** Where an export stands: reading the stored parcels, or a phase of the writer. */
export interface ExportStep {
  readonly phase: 'read' | ExportProgress['phase'];
  readonly done: number;
  readonly total: number;
}

/** What the worker posts back. */
export type ExportResponse =
  | ({ readonly type: 'progress' } & ExportStep)
  | { readonly type: 'done'; readonly file: ExportFile }
  | { readonly type: 'error'; readonly message: string };
