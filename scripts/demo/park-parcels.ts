import geodesicModule from 'geographiclib-geodesic';
import { cgcs2000GaussKruger3, gaussKruger3Zone } from '../../shared/geodesy/gauss-kruger-zone.ts';
import type { DbfValue } from '../../shared/shapefile/dbf-reader.ts';
import type { DbfTableField } from '../../shared/shapefile/dbf-table-writer.ts';
import { between, createSeededRandom, pick } from './seeded-random.ts';
import { COMPANY_CORES, COMPANY_PREFIXES, COMPANY_SUFFIXES, DEMO_PARKS, type DemoPark } from './xuchang-parks.ts';

/** A generated parcel: one clockwise outer ring in EPSG:4547 metres, plus its DBF row. */
export interface GeneratedParcel {
  readonly ringEastNorth: Float64Array;
  readonly attributes: Record<string, DbfValue>;
}

export const PARCEL_FIELDS: readonly DbfTableField[] = [
  { name: 'ZDDM', type: 'C', length: 19 },
  { name: 'BDCDYH', type: 'C', length: 28 },
  { name: 'QLR', type: 'C', length: 60 },
  { name: 'ZL', type: 'C', length: 80 },
  { name: 'TDYT', type: 'C', length: 20 },
  { name: 'QLXZ', type: 'C', length: 10 },
  { name: 'ZDMJ', type: 'N', length: 15, decimals: 2 },
  { name: 'RJL', type: 'N', length: 8, decimals: 2 },
  { name: 'JZMD', type: 'N', length: 8, decimals: 2 },
  { name: 'PZWH', type: 'C', length: 40 },
  { name: 'GDSJ', type: 'D', length: 8 },
  { name: 'YDKGSJ', type: 'D', length: 8 },
  { name: 'SJKGSJ', type: 'D', length: 8 },
  { name: 'YQMC', type: 'C', length: 60 },
  { name: 'XZQMC', type: 'C', length: 20 },
];

const ZONE = gaussKruger3Zone(38);
const projection = cgcs2000GaussKruger3(ZONE, false);
const geodesic = geodesicModule.Geodesic;
const CGCS2000_GEODESIC = new geodesic.Geodesic(6378137, 1 / 298.257222101);

const BLOCK_WIDTH_M = 420;
const BLOCK_DEPTH_M = 300;
const ROAD_WIDTH_M = 40;

/** Generates the demo parcels of every park, deterministically from `seed`. */
export function generateParkParcels(seed = 20210301): GeneratedParcel[] {
  const random = createSeededRandom(seed);
  return DEMO_PARKS.flatMap((park, parkIndex) => generatePark(park, parkIndex, random));
}

function generatePark(park: DemoPark, parkIndex: number, random: () => number): GeneratedParcel[] {
  const [cx, cy] = projection.forward(park.centerLonLat[0], park.centerLonLat[1]);
  const angle = (park.rotationDegrees * Math.PI) / 180;
  const toWorld = (x: number, y: number): [number, number] => [
    cx + x * Math.cos(angle) - y * Math.sin(angle),
    cy + x * Math.sin(angle) + y * Math.cos(angle),
  ];
  const parcels: GeneratedParcel[] = [];
  const originX = -(park.blockColumns * (BLOCK_WIDTH_M + ROAD_WIDTH_M)) / 2;
  const originY = -(park.blockRows * (BLOCK_DEPTH_M + ROAD_WIDTH_M)) / 2;
  for (let row = 0; row < park.blockRows; row++) {
    for (let col = 0; col < park.blockColumns; col++) {
      const x0 = originX + col * (BLOCK_WIDTH_M + ROAD_WIDTH_M);
      const y0 = originY + row * (BLOCK_DEPTH_M + ROAD_WIDTH_M);
      const widths = splitLength(random, BLOCK_WIDTH_M, 3 + Math.floor(random() * 4));
      const splitDepth = random() < 0.65;
      let x = x0;
      for (const width of widths) {
        const depths = splitDepth ? splitLength(random, BLOCK_DEPTH_M, 2) : [BLOCK_DEPTH_M];
        let y = y0;
        for (const depth of depths) {
          const local = parcelOutline(random, x, y, width, depth);
          const ring = closeClockwise(local.map(([lx, ly]) => toWorld(lx, ly)));
          const sequence = parcels.length + 1;
          parcels.push({ ringEastNorth: ring, attributes: parcelAttributes(random, park, parkIndex, row, col, sequence, ring) });
          y += depth;
        }
        x += width;
      }
    }
  }
  return parcels;
}

function splitLength(random: () => number, total: number, pieces: number): number[] {
  const weights = Array.from({ length: pieces }, () => between(random, 0.6, 1.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

/** A rectangle set back from its lot lines, sometimes with a cut corner or a notch (4–7 vertices). */
function parcelOutline(random: () => number, x: number, y: number, w: number, d: number): [number, number][] {
  const s = between(random, 3, 8);
  const [x0, y0, x1, y1] = [x + s, y + s, x + w - s, y + d - s];
  const shape = random();
  if (shape < 0.2) {
    const c = between(random, 10, 25);
    return [[x0, y0], [x1, y0], [x1, y1 - c], [x1 - c, y1], [x0, y1]];
  }
  if (shape < 0.35) {
    const nw = between(random, 0.2, 0.4) * (x1 - x0);
    const nd = between(random, 0.15, 0.3) * (y1 - y0);
    return [[x0, y0], [x1, y0], [x1, y1], [x0 + nw, y1], [x0 + nw, y1 - nd], [x0, y1 - nd]];
  }
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
}

/** Closes a ring and orders it clockwise (x east, y north), as shapefile outer rings must be. */
function closeClockwise(points: [number, number][]): Float64Array {
  let twiceArea = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i] as [number, number];
    const [bx, by] = points[(i + 1) % points.length] as [number, number];
    twiceArea += ax * by - bx * ay;
  }
  const ordered = twiceArea > 0 ? [...points].reverse() : points;
  const closed = [...ordered, ordered[0] as [number, number]];
  return Float64Array.from(closed.flat());
}

/** Ellipsoidal area (m²) of a ring in EPSG:4547 metres, by GeographicLib on CGCS2000. */
export function geodesicAreaSquareMeters(ringEastNorth: Float64Array): number {
  const polygon = CGCS2000_GEODESIC.Polygon(false);
  for (let i = 0; i < ringEastNorth.length - 2; i += 2) {
    const [lon, lat] = projection.inverse(ringEastNorth[i] as number, ringEastNorth[i + 1] as number);
    polygon.AddPoint(lat, lon);
  }
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parcelAttributes(
  random: () => number, park: DemoPark, parkIndex: number, row: number, col: number, sequence: number, ring: Float64Array,
): Record<string, DbfValue> {
  const street = String(parkIndex + 1).padStart(3, '0');
  const block = String(row * park.blockColumns + col + 1).padStart(3, '0');
  const parcelCode = `${park.countyCode}${street}${block}GB${String(sequence).padStart(5, '0')}`;
  const supplied = random() > 0.12;
  const area = geodesicAreaSquareMeters(ring);
  const registeredArea = random() < 0.04 ? area * between(random, 0.95, 1.05) : area;
  const supplyYear = 2008 + Math.floor(random() * 12);
  const agreedStartYear = supplyYear + 1;
  const started = random() > 0.1;
  const industry = pick(random, park.industries);
  return {
    ZDDM: parcelCode,
    BDCDYH: supplied ? `${parcelCode}W00000000` : '',
    QLR: supplied ? `${pick(random, COMPANY_PREFIXES)}${pick(random, COMPANY_CORES)}${industry}${pick(random, COMPANY_SUFFIXES)}` : '',
    ZL: `许昌市${park.countyName}${pick(random, park.roads)}${1 + Math.floor(random() * 399)}号`,
    TDYT: '工业用地',
    QLXZ: supplied ? (random() < 0.9 ? '出让' : '划拨') : '',
    ZDMJ: Math.round(registeredArea * 100) / 100,
    RJL: supplied && started ? Math.round(between(random, 0.3, 2.2) * 100) / 100 : null,
    JZMD: supplied && started ? Math.round(between(random, 0.15, 0.65) * 100) / 100 : null,
    PZWH: `豫政土〔${supplyYear - 1}〕${100 + Math.floor(random() * 900)}号`,
    GDSJ: supplied ? isoDate(supplyYear, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)) : null,
    YDKGSJ: supplied ? isoDate(agreedStartYear, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)) : null,
    SJKGSJ: supplied && started ? isoDate(agreedStartYear + Math.floor(random() * 2), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)) : null,
    YQMC: park.name,
    XZQMC: park.countyName,
  };
}
