import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportParcels } from '../../tests/fixtures/export-parcels.ts';
import { readXlsx } from '../../tests/fixtures/xlsx-read-back.ts';
import { importShapefile } from '../import/shapefile-import.ts';
import { availableLandFromParcels } from './available-land-list.ts';
import { runExportJob, type ExportJob } from './export-job.ts';
import type { ExportProgress } from './export-progress.ts';

function progressOf(job: ExportJob) {
  const seen: ExportProgress[] = [];
  const file = runExportJob(structuredClone(job), (p) => seen.push(p));
  return { file, seen };
}

describe('runExportJob', () => {
  it('ledger: an .xlsx whose sheets the page can offer for download, with progress up to the zip', () => {
    const { file, seen } = progressOf({ kind: 'ledgerXlsx', fileName: '许昌市土地台账', parcels: exportParcels() });
    expect([file.fileName, file.mimeType]).toEqual(['许昌市土地台账.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(readXlsx(file.bytes).sheets.map((s) => s.name)).toEqual(['汇总', '批而未供', '闲置', '低效', '政府储备']);
    expect(seen.at(-1)).toEqual({ phase: 'zip', done: 1, total: 1 });
  });

  it('parcels as a zipped shapefile in the chosen system; an unknown system falls back to EPSG:4490 and says so', () => {
    const parcels = exportParcels();
    const known = runExportJob({ kind: 'parcelsShapefile', fileName: '宗地.zip', parcels, crsCode: 'EPSG:4547' });
    const entries = unzipSync(known.bytes);
    expect(Object.keys(entries).sort()).toEqual(['宗地.cpg', '宗地.dbf', '宗地.prj', '宗地.shp', '宗地.shx']);
    const layer = importShapefile({ kind: 'shapefile', name: '宗地', path: '宗地.shp', shp: entries['宗地.shp'], dbf: entries['宗地.dbf'], prj: new TextDecoder().decode(entries['宗地.prj']), cpg: 'GBK' });
    expect(layer.crs.code).toBe('EPSG:4547');
    expect(layer.features.map((f) => f.attributes['宗地代码'])).toEqual(parcels.map((p) => p.row.parcelCode));
    expect(layer.features.map((f) => f.attributes.BZ)).toEqual(parcels.map((p) => p.attributes!.BZ));
    expect(known.notes).toEqual([]);
    expect(runExportJob({ kind: 'parcelsShapefile', fileName: 'x', parcels, crsCode: 'EPSG:999999' }).notes).toEqual(['crs-fell-back']);
  });

  it('notes text that a DBF field cannot hold (over 254 bytes) instead of cutting it silently', () => {
    const [first, ...rest] = exportParcels();
    const long = { ...first!, values: { ...first!.values, classReasons: '亩均税收低于控制值；'.repeat(20) } };
    expect(runExportJob({ kind: 'parcelsShapefile', fileName: 'x', parcels: [long, ...rest], crsCode: 'EPSG:4490' }).notes).toEqual(['text-cut:认定理由']);
  });

  it('parcels as GeoJSON with the parcel id as feature id', () => {
    const parcels = exportParcels();
    const { file } = progressOf({ kind: 'parcelsGeoJson', fileName: 'parcels', parcels });
    expect([file.fileName, file.mimeType]).toEqual(['parcels.geojson', 'application/geo+json']);
    expect(JSON.parse(new TextDecoder().decode(file.bytes)).features.map((f: { id: string }) => f.id)).toEqual(parcels.map((p) => p.row.parcelId));
  });

  it('available-land list in the three formats, noting items that lack the details the list needs', () => {
    const inputs = availableLandFromParcels(exportParcels());
    const list = { year: 2021 };
    const xlsx = runExportJob({ kind: 'availableLandXlsx', fileName: '2021年度可供土地清单', inputs, list });
    expect(readXlsx(xlsx.bytes).sheets[0]!.rows.length).toBe(2 + inputs.length + 1);
    expect(xlsx.notes).toEqual([`missing-details:${inputs.length}`]);
    const shp = runExportJob({ kind: 'availableLandShapefile', fileName: '2021年度可供土地清单', inputs, list, crsCode: 'EPSG:4547' });
    expect(Object.keys(unzipSync(shp.bytes))).toContain('2021年度可供土地清单.dbf');
    const geo = runExportJob({ kind: 'availableLandGeoJson', fileName: 'list', inputs, list });
    expect(JSON.parse(new TextDecoder().decode(geo.bytes)).features).toHaveLength(inputs.length);
  });
});
