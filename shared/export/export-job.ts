import { availableLandFeatureSet, availableLandWorkbook } from './available-land-export.ts';
import { buildAvailableLandList, type AvailableLandInput, type AvailableLandListOptions } from './available-land-list.ts';
import type { ExportLanguage } from './export-labels.ts';
import type { ExportProgressCallback } from './export-progress.ts';
import { writeGeoJson } from './geojson-export.ts';
import { ledgerWorkbook, type LedgerWorkbookOptions } from './ledger-workbook.ts';
import type { ParcelExportInput } from './parcel-export-columns.ts';
import { parcelFeatureSet, type ParcelFeatureSet } from './parcel-export-features.ts';
import { writeShapefileLayers, zipShapefileLayers } from './shapefile-writer.ts';
import { writeXlsx } from './xlsx-writer.ts';

/**
 * One export, as plain data a page can post to a worker. Parcels carry CGCS2000
 * lon/lat geometry; `crsCode` ("EPSG:n") is the shapefile's system (the layer's
 * source system, 'EPSG:4490', or a Gauss-Krüger zone).
 */
export type ExportJob =
  | { readonly kind: 'ledgerXlsx'; readonly fileName: string; readonly parcels: readonly ParcelExportInput[]; readonly options?: LedgerWorkbookOptions }
  | { readonly kind: 'parcelsShapefile'; readonly fileName: string; readonly parcels: readonly ParcelExportInput[]; readonly crsCode: string | null; readonly language?: ExportLanguage; readonly includeAttributes?: boolean }
  | { readonly kind: 'parcelsGeoJson'; readonly fileName: string; readonly parcels: readonly ParcelExportInput[]; readonly language?: ExportLanguage; readonly includeAttributes?: boolean }
  | (AvailableLandJob & { readonly kind: 'availableLandXlsx'; readonly titlePrefix?: string })
  | (AvailableLandJob & { readonly kind: 'availableLandGeoJson' })
  | (AvailableLandJob & { readonly kind: 'availableLandShapefile'; readonly crsCode: string | null });

/** What every available-land export needs: the inputs and how to build the list from them. */
interface AvailableLandJob {
  readonly fileName: string;
  readonly inputs: readonly AvailableLandInput[];
  readonly list: AvailableLandListOptions;
  readonly language?: ExportLanguage;
}

/** The file an export produced, and what the user should be told about it. */
export interface ExportFile {
  /** With extension: .xlsx, .zip (shapefile parts) or .geojson. */
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /**
   * Stable codes: 'crs-fell-back' (unknown system, written in EPSG:4490),
   * 'text-cut:<field>' (text over 254 bytes cut in the DBF), 'missing-details:<n>'
   * (list items without cost, conditions, procedure or cycle).
   */
  readonly notes: readonly string[];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const stem = (fileName: string) => fileName.replace(/\.(xlsx|zip|geojson|json|shp)$/i, '');

/** Runs an export to one file, reporting progress; pure, so it runs in a worker as well as on the page. */
export function runExportJob(job: ExportJob, onProgress?: ExportProgressCallback): ExportFile {
  const base = stem(job.fileName);
  switch (job.kind) {
    case 'ledgerXlsx':
      return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, bytes: writeXlsx(ledgerWorkbook(job.parcels, job.options), { onProgress }), notes: [] };
    case 'parcelsShapefile':
      return shapefile(base, parcelFeatureSet(job.parcels, { language: job.language, includeAttributes: job.includeAttributes }), job.crsCode, [], onProgress);
    case 'parcelsGeoJson': {
      const set = parcelFeatureSet(job.parcels, { language: job.language, includeAttributes: job.includeAttributes });
      const features = set.features.map((f, i) => ({ ...f, id: job.parcels[i]?.row.parcelId }));
      return geojson(base, writeGeoJson(features, { onProgress }), []);
    }
    default: {
      const list = buildAvailableLandList(job.inputs, job.list);
      const incomplete = list.items.filter((item) => item.missing.length > 0).length;
      const notes = incomplete > 0 ? [`missing-details:${incomplete}`] : [];
      if (job.kind === 'availableLandXlsx') {
        return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, bytes: writeXlsx(availableLandWorkbook(list, { language: job.language, titlePrefix: job.titlePrefix }), { onProgress }), notes };
      }
      const set = availableLandFeatureSet(list, job.language);
      if (job.kind === 'availableLandGeoJson') return geojson(base, writeGeoJson(set.features, { onProgress }), notes);
      return shapefile(base, set, job.crsCode, notes, onProgress);
    }
  }
}

function shapefile(base: string, set: ParcelFeatureSet, crsCode: string | null, notes: readonly string[], onProgress?: ExportProgressCallback): ExportFile {
  const layers = writeShapefileLayers(set.features, { baseName: base, columns: set.columns, crsCode, onProgress });
  const fellBack = layers[0]?.crs.fellBack ? ['crs-fell-back'] : [];
  const cut = [...new Set(layers.flatMap((layer) => layer.fields.filter((f) => f.cutsText).map((f) => `text-cut:${f.name}`)))];
  onProgress?.({ phase: 'zip', done: 0, total: 1 });
  const bytes = zipShapefileLayers(layers);
  onProgress?.({ phase: 'zip', done: 1, total: 1 });
  return { fileName: `${base}.zip`, mimeType: 'application/zip', bytes, notes: [...notes, ...fellBack, ...cut] };
}

function geojson(base: string, text: string, notes: readonly string[]): ExportFile {
  return { fileName: `${base}.geojson`, mimeType: 'application/geo+json', bytes: new TextEncoder().encode(text), notes };
}
