import type { ExportJob } from '../../../shared/export/export-job.ts';
import type { ExportLanguage } from '../../../shared/export/export-labels.ts';
import type { ParcelExportInput } from '../../../shared/export/parcel-export-columns.ts';
import { availableLandListInputs } from './available-land-view.ts';
import type { ExportSpec } from './export-protocol.ts';
import { ledgerExportColumns } from './ledger-export-columns.ts';

const LIST_KIND = { xlsx: 'availableLandXlsx', geojson: 'availableLandGeoJson', shapefile: 'availableLandShapefile' } as const;

/**
 * The export job for a spec and the parcels read for it: the ledger with the
 * app ledger's headers, parcels with every original attribute, or the annual
 * list built from the stock parcels' stored details plus the planned increments.
 */
export function exportJobFor(spec: ExportSpec, parcels: readonly ParcelExportInput[], language: ExportLanguage): ExportJob {
  switch (spec.kind) {
    case 'ledgerXlsx':
      return {
        kind: 'ledgerXlsx', fileName: spec.fileName, parcels,
        options: { language, columns: ledgerExportColumns(), asOfDate: spec.asOfDate, titlePrefix: spec.titlePrefix, parkOrder: spec.parkOrder },
      };
    case 'parcelsShapefile':
      return { kind: 'parcelsShapefile', fileName: spec.fileName, parcels, crsCode: spec.crsCode, language };
    case 'parcelsGeoJson':
      return { kind: 'parcelsGeoJson', fileName: spec.fileName, parcels, language };
    case 'availableLand': {
      const common = {
        fileName: spec.fileName, language, inputs: availableLandListInputs(parcels, spec.increments, spec.park),
        list: { year: spec.year, parkOrder: spec.parkOrder },
      };
      if (spec.format === 'shapefile') return { ...common, kind: LIST_KIND.shapefile, crsCode: spec.crsCode };
      if (spec.format === 'geojson') return { ...common, kind: LIST_KIND.geojson };
      return { ...common, kind: LIST_KIND.xlsx, titlePrefix: spec.titlePrefix };
    }
  }
}
