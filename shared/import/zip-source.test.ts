import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildGbkParcelZip, GBK_FIXTURE } from '../../tests/fixtures/gbk-parcel-zip.ts';
import { ImportError } from './import-problem.ts';
import { groupSourceFiles } from './layer-grouping.ts';
import { importLayer } from './import-layer.ts';
import { expandZip } from './zip-source.ts';

describe('zip input', () => {
  it('reads GBK entry names written without the UTF-8 flag, and GBK attributes without .cpg', () => {
    const files = expandZip({ path: '报送.zip', bytes: buildGbkParcelZip() });
    expect(files.map((f) => f.path).sort()).toEqual(['shp', 'shx', 'dbf', 'prj'].map((e) => `报送/${GBK_FIXTURE.layerName}.${e}`).sort());
    const { layers } = groupSourceFiles([{ path: '报送.zip', bytes: buildGbkParcelZip() }]);
    const layer = importLayer(layers[0] as NonNullable<(typeof layers)[0]>);
    expect(layer.name).toBe(GBK_FIXTURE.layerName);
    expect(layer.encoding).toEqual({ name: 'gbk', source: 'ldid' });
    expect(layer.features.map((f) => f.attributes.QLR).slice(0, 3)).toEqual(GBK_FIXTURE.landholders);
    expect(layer.crs.code).toBe('EPSG:4547');
  });

  it('finds several layers in nested folders and zips inside zips, matching extensions in any case', () => {
    const inner = zipSync({ 'b/ROADS.SHP': new Uint8Array(0) });
    const files = expandZip({ path: 'all.zip', bytes: zipSync({ 'a/parcels.shp': new Uint8Array(1), 'a/parcels.DBF': new Uint8Array(1), 'inner.zip': inner }) });
    expect(files.map((f) => f.path).sort()).toEqual(['all/a/parcels.DBF', 'all/a/parcels.shp', 'all/inner/b/ROADS.SHP']);
  });

  it('refuses a file that is not a zip, naming it', () => {
    expect(() => expandZip({ path: '坏文件.zip', bytes: new TextEncoder().encode('not a zip at all') })).toThrow(ImportError);
    try {
      expandZip({ path: '坏文件.zip', bytes: new Uint8Array([1, 2, 3]) });
    } catch (error) {
      expect((error as ImportError).problem).toMatchObject({ code: 'unreadable-zip', file: '坏文件.zip' });
    }
  });
});
