// Generates the importer benchmark's input: N parcels as 7-vertex polygons in
// EPSG:4547 around Xuchang, 15 DBF fields GBK-encoded with LDID 0x4D and no .cpg
// (as ArcGIS exports them), an ESRI .prj; written to a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esriWktCgcs2000GaussKruger3 } from '../../shared/crs/esri-wkt.ts';
import { gaussKruger3Zone } from '../../shared/geodesy/gauss-kruger-zone.ts';
import type { DbfValue } from '../../shared/shapefile/dbf-reader.ts';
import { GBK_DBF_TEXT, LDID_GBK, writeDbfTable } from '../../shared/shapefile/dbf-table-writer.ts';
import { writeShpRecords } from '../../shared/shapefile/shp-record-writer.ts';
import { PARCEL_FIELDS } from '../demo/park-parcels.ts';
import { between, createSeededRandom, pick } from '../demo/seeded-random.ts';
import { COMPANY_CORES, COMPANY_PREFIXES, COMPANY_SUFFIXES, DEMO_PARKS } from '../demo/xuchang-parks.ts';
import { SHAPEFILE_PARTS, type ProbeRecord, type ShapefilePart } from './bench-input.ts';

export const BENCH_LAYER_NAME = 'bench_parcels';

export interface BenchShapefile {
  readonly dir: string;
  readonly parcels: number;
  readonly paths: Record<ShapefilePart, string>;
  readonly bytes: Record<ShapefilePart, Uint8Array>;
  readonly probe: ProbeRecord;
  readonly generationMs: number;
}

/** EPSG:4547: CGCS2000 3° Gauss-Krüger, central meridian 114°E, no zone prefix. */
const ZONE = gaussKruger3Zone(38);
const EASTING_RANGE: [number, number] = [440_000, 560_000];
const NORTHING_RANGE: [number, number] = [3_700_000, 3_820_000];

/**
 * Deterministically generates `count` parcels and writes the shapefile parts to a new
 * temp folder (`dir`), which the caller removes when done.
 */
export function generateBenchParcels(count = 100_000, seed = 20240601): BenchShapefile {
  const started = performance.now();
  const random = createSeededRandom(seed);
  const columns = Math.ceil(Math.sqrt(count));
  const cellWidth = (EASTING_RANGE[1] - EASTING_RANGE[0]) / columns;
  const cellHeight = (NORTHING_RANGE[1] - NORTHING_RANGE[0]) / Math.ceil(count / columns);
  const rings: Float64Array[][] = new Array(count);
  const rows: Record<string, DbfValue>[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const x0 = EASTING_RANGE[0] + (i % columns) * cellWidth;
    const y0 = NORTHING_RANGE[0] + Math.floor(i / columns) * cellHeight;
    const ring = lShapedRing(random, x0, y0, cellWidth, cellHeight);
    rings[i] = [ring];
    rows[i] = parcelAttributes(random, i, planarArea(ring));
  }
  const { shp, shx } = writeShpRecords('polygon', rings);
  const dbf = writeDbfTable(PARCEL_FIELDS, rows, {
    text: { ...GBK_DBF_TEXT, encode: memoized(GBK_DBF_TEXT.encode) },
    languageDriverId: LDID_GBK,
    date: { year: 2024, month: 6, day: 1 },
  });
  const prj = new TextEncoder().encode(esriWktCgcs2000GaussKruger3(ZONE, false));
  const bytes: Record<ShapefilePart, Uint8Array> = { shp, shx, dbf, prj };
  const dir = mkdtempSync(join(tmpdir(), 'parceldesk-bench-'));
  const paths = Object.fromEntries(SHAPEFILE_PARTS.map((part) => [part, join(dir, `${BENCH_LAYER_NAME}.${part}`)])) as Record<ShapefilePart, string>;
  for (const part of SHAPEFILE_PARTS) writeFileSync(paths[part], bytes[part]);
  const probeIndex = Math.floor(count / 2);
  const probe = { index: probeIndex, qlr: String(rows[probeIndex]?.QLR) };
  return { dir, parcels: count, paths, bytes, probe, generationMs: performance.now() - started };
}

/**
 * An L-shaped lot (6 distinct vertices) inside its grid cell, turned by up to ±15°,
 * closed and clockwise (x east, y north) as shapefile outer rings must be.
 */
function lShapedRing(random: () => number, x0: number, y0: number, cellW: number, cellH: number): Float64Array {
  const w = between(random, 0.45, 0.8) * cellW;
  const d = between(random, 0.45, 0.8) * cellH;
  const notchW = between(random, 0.3, 0.6) * w;
  const notchD = between(random, 0.3, 0.6) * d;
  // Counter-clockwise outline around the lot's own origin.
  const local: [number, number][] = [[0, 0], [w, 0], [w, d - notchD], [w - notchW, d - notchD], [w - notchW, d], [0, d]];
  const angle = between(random, -15, 15) * (Math.PI / 180);
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const cx = x0 + cellW / 2, cy = y0 + cellH / 2;
  const ring = new Float64Array(14);
  // Walk the outline backwards for clockwise order, then repeat the first vertex.
  for (let k = 0; k < 6; k++) {
    const [lx, ly] = local[5 - k] as [number, number];
    const px = lx - w / 2, py = ly - d / 2;
    ring[2 * k] = Math.round((cx + px * cos - py * sin) * 1000) / 1000;
    ring[2 * k + 1] = Math.round((cy + px * sin + py * cos) * 1000) / 1000;
  }
  ring[12] = ring[0] as number;
  ring[13] = ring[1] as number;
  return ring;
}

/** Planar (Gauss-Krüger) area of a closed ring: within 0.01% of the ellipsoidal area here. */
function planarArea(ring: Float64Array): number {
  let twice = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    twice += (ring[i] as number) * (ring[i + 3] as number) - (ring[i + 2] as number) * (ring[i + 1] as number);
  }
  return Math.abs(twice / 2);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parcelAttributes(random: () => number, index: number, area: number): Record<string, DbfValue> {
  const park = pick(random, DEMO_PARKS);
  const parcelCode = `${park.countyCode}${String(1 + (index % 999)).padStart(3, '0')}${String(1 + Math.floor(index / 999) % 999).padStart(3, '0')}GB${String(index + 1).padStart(5, '0').slice(-5)}`;
  const supplyYear = 2008 + Math.floor(random() * 15);
  const started = random() > 0.1;
  const industry = pick(random, park.industries);
  const day = () => 1 + Math.floor(random() * 28);
  const month = () => 1 + Math.floor(random() * 12);
  return {
    ZDDM: parcelCode,
    BDCDYH: `${parcelCode}W00000000`,
    QLR: `${pick(random, COMPANY_PREFIXES)}${pick(random, COMPANY_CORES)}${industry}${pick(random, COMPANY_SUFFIXES)}`,
    ZL: `许昌市${park.countyName}${pick(random, park.roads)}${1 + Math.floor(random() * 399)}号`,
    TDYT: '工业用地',
    QLXZ: random() < 0.9 ? '出让' : '划拨',
    ZDMJ: Math.round(area * 100) / 100,
    RJL: started ? Math.round(between(random, 0.3, 2.2) * 100) / 100 : null,
    JZMD: started ? Math.round(between(random, 0.15, 0.65) * 100) / 100 : null,
    PZWH: `豫政土〔${supplyYear - 1}〕${100 + Math.floor(random() * 900)}号`,
    GDSJ: isoDate(supplyYear, month(), day()),
    YDKGSJ: isoDate(supplyYear + 1, month(), day()),
    SJKGSJ: started ? isoDate(supplyYear + 1 + Math.floor(random() * 2), month(), day()) : null,
    YQMC: park.name,
    XZQMC: park.countyName,
  };
}

/** GBK encoding per distinct string once: most attribute values repeat. */
function memoized(encode: (text: string) => Uint8Array): (text: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (text) => {
    let bytes = cache.get(text);
    if (!bytes) {
      bytes = encode(text);
      cache.set(text, bytes);
    }
    return bytes;
  };
}
