// Writes the demo project: a zipped shapefile of parcels in six Xuchang parks,
// EPSG:4547, GBK DBF identified only by its LDID byte (as ArcGIS exports it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { esriWktCgcs2000GaussKruger3 } from '../shared/crs/esri-wkt.ts';
import { gaussKruger3Zone } from '../shared/geodesy/gauss-kruger-zone.ts';
import { writeDbfTable } from '../shared/shapefile/dbf-table-writer.ts';
import { writeShpRecords } from '../shared/shapefile/shp-record-writer.ts';
import { generateDemoSurvey, type DemoSurvey } from './demo/demo-survey.ts';
import { generateParkParcels, PARCEL_FIELDS } from './demo/park-parcels.ts';
import { DEMO_PARKS } from './demo/xuchang-parks.ts';

export const DEMO_LAYER_NAME = 'xuchang_parks_zd';

/** Builds the demo zip's bytes; identical on every run. */
export function buildDemoZip(): Uint8Array {
  const parcels = generateParkParcels();
  const { shp, shx } = writeShpRecords('polygon', parcels.map((p) => [p.ringEastNorth]));
  const dbf = writeDbfTable(PARCEL_FIELDS, parcels.map((p) => p.attributes), { date: { year: 2021, month: 3, day: 1 } });
  const prj = new TextEncoder().encode(esriWktCgcs2000GaussKruger3(gaussKruger3Zone(38), false));
  const mtime = new Date('2021-03-01T00:00:00Z');
  return zipSync(
    {
      [`${DEMO_LAYER_NAME}.shp`]: [shp, { mtime }],
      [`${DEMO_LAYER_NAME}.shx`]: [shx, { mtime }],
      [`${DEMO_LAYER_NAME}.dbf`]: [dbf, { mtime }],
      [`${DEMO_LAYER_NAME}.prj`]: [prj, { mtime }],
    },
    { level: 6 },
  );
}

/** The demo's survey in progress (demo-survey.ts); identical on every run. */
export function buildDemoSurvey(): DemoSurvey {
  const industries = new Map(DEMO_PARKS.map((park) => [park.name, park.industries]));
  return generateDemoSurvey(generateParkParcels().map((p) => p.attributes), (park) => industries.get(park) ?? ['其他']);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'assets', 'public', 'demo', 'xuchang-demo.zip');
  mkdirSync(dirname(out), { recursive: true });
  const zip = buildDemoZip();
  writeFileSync(out, zip);
  console.log(`demo project: ${out} (${(zip.byteLength / 1024).toFixed(0)} KiB)`);
  const survey = buildDemoSurvey();
  writeFileSync(join(dirname(out), 'xuchang-demo-survey.json'), JSON.stringify(survey));
  console.log(`demo survey: ${survey.parcels.length} parcels with survey values`);
}
