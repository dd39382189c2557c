import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import { createEllipsoidalArea, type EllipsoidalAreaCalculator } from '../../../shared/geodesy/ellipsoidal-area.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import type { ConflictSide, FieldConflict } from './conflict-list.ts';

/** The card field holding a parcel's edited boundary: GeoJSON text, CGCS2000 lon/lat. */
export const GEOMETRY_FIELD = 'geometry';

/** Width and height of each small outline, SVG user units (pixels at 1:1). */
export const OUTLINE_SIZE = 120;
const PADDING = 8;

type Rings = readonly (readonly (readonly [number, number])[])[];

/** One value of a geometry conflict, drawn: the outline and its ellipsoidal area. */
export interface GeometryOutline {
  /** 'base', or the side's clock stamp. */
  readonly key: string;
  readonly role: 'base' | 'mine' | 'theirs';
  readonly value: FieldValue;
  /** The side (who, where, when), absent for the base. */
  readonly side?: ConflictSide;
  /** SVG path data in the frame shared by every outline of the conflict; null when the value is no readable polygon. */
  readonly pathData: string | null;
  /** Ellipsoidal area on CGCS2000, m² (holes subtracted); null when unreadable. */
  readonly areaSquareMeters: number | null;
  readonly areaMu: number | null;
  /** Area minus the base's, m²; null for the base or when either is unreadable. */
  readonly deltaSquareMeters: number | null;
  /** Vertices of all rings (closing points not counted). */
  readonly vertexCount: number;
}

export interface GeometryConflictView {
  /** `0 0 size size`: every outline uses the same frame, so they compare in place. */
  readonly viewBox: string;
  readonly base: GeometryOutline;
  /** Oldest first, as in the conflict. */
  readonly sides: readonly GeometryOutline[];
}

let calculator: EllipsoidalAreaCalculator | undefined;
const areaCalculator = () => (calculator ??= createEllipsoidalArea());

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number'
  && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

function polygonRings(coordinates: unknown): Rings | null {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return null;
  const rings = coordinates.map((ring: unknown) => (Array.isArray(ring) && ring.length >= 3 && ring.every(isPosition) ? ring.map((p) => [p[0], p[1]] as const) : null));
  return rings.every((r) => r !== null) ? rings : null;
}

/**
 * The polygons of a geometry value: GeoJSON text (or object) of a Polygon,
 * MultiPolygon or a Feature holding one, CGCS2000 lon/lat degrees. Each polygon
 * is its rings, outer first. Null when the value is empty or not such a geometry.
 */
export function geometryPolygons(value: unknown): Rings[] | null {
  let raw: unknown = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const object = raw as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  if (object.type === 'Feature') return object.geometry ? geometryPolygons(object.geometry) : null;
  if (object.type === 'Polygon') {
    const rings = polygonRings(object.coordinates);
    return rings ? [rings] : null;
  }
  if (object.type === 'MultiPolygon' && Array.isArray(object.coordinates) && object.coordinates.length > 0) {
    const polygons = object.coordinates.map(polygonRings);
    return polygons.every((p) => p !== null) ? polygons : null;
  }
  return null;
}

/** Ellipsoidal area (CGCS2000, m²) of polygons in lon/lat degrees, holes subtracted. */
function areaOf(polygons: readonly Rings[]): number {
  return polygons.reduce((sum, rings) => sum + areaCalculator().polygonAreaSquareMeters(rings), 0);
}

interface Frame {
  readonly toX: (lon: number) => number;
  readonly toY: (lat: number) => number;
}

/** Equirectangular at the middle latitude (true shape at parcel scale), fitted into the square with padding, north up. */
function frameFor(all: readonly Rings[]): Frame {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const rings of all) for (const ring of rings) for (const [lon, lat] of ring) {
    west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
  }
  if (!Number.isFinite(west)) return { toX: () => 0, toY: () => 0 };
  const cosLat = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const width = (east - west) * cosLat, height = north - south;
  const scale = (OUTLINE_SIZE - 2 * PADDING) / Math.max(width, height, 1e-12);
  const offsetX = (OUTLINE_SIZE - width * scale) / 2, offsetY = (OUTLINE_SIZE - height * scale) / 2;
  return { toX: (lon) => offsetX + (lon - west) * cosLat * scale, toY: (lat) => offsetY + (north - lat) * scale };
}

const round = (n: number) => Math.round(n * 10) / 10;

function pathData(polygons: readonly Rings[], frame: Frame): string {
  return polygons.flatMap((rings) => rings.map((ring) => {
    const points = ring.map(([lon, lat]) => `${round(frame.toX(lon))} ${round(frame.toY(lat))}`);
    return `M${points.join('L')}Z`;
  })).join('');
}

const vertexCount = (polygons: readonly Rings[] | null) => (polygons ?? []).flat().reduce((n, ring) => {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return n + ring.length - (first && last && first[0] === last[0] && first[1] === last[1] ? 1 : 0);
}, 0);

/**
 * The geometry conflict's values drawn for review: base, then each side, as
 * outlines in one shared frame with their ellipsoidal areas (m² and 亩) and the
 * change against the base. A value that is no readable polygon gets no outline.
 */
export function geometryConflictView(conflict: Pick<FieldConflict, 'base' | 'sides'>): GeometryConflictView {
  const baseShape = geometryPolygons(conflict.base);
  const sideShapes = conflict.sides.map((side) => geometryPolygons(side.value));
  const frame = frameFor([baseShape, ...sideShapes].filter((p): p is Rings[] => p !== null).flat());
  const baseArea = baseShape ? areaOf(baseShape) : null;
  const outline = (key: string, role: GeometryOutline['role'], value: FieldValue, shape: Rings[] | null, side?: ConflictSide): GeometryOutline => {
    const area = shape ? areaOf(shape) : null;
    return {
      key, role, value, ...(side ? { side } : {}),
      pathData: shape ? pathData(shape, frame) : null,
      areaSquareMeters: area, areaMu: area === null ? null : squareMetersToMu(area),
      deltaSquareMeters: side && area !== null && baseArea !== null ? area - baseArea : null,
      vertexCount: vertexCount(shape),
    };
  };
  return {
    viewBox: `0 0 ${OUTLINE_SIZE} ${OUTLINE_SIZE}`,
    base: outline('base', 'base', conflict.base, baseShape),
    sides: conflict.sides.map((side, i) => outline(side.hlc, side.mine ? 'mine' : 'theirs', side.value, sideShapes[i] ?? null, side)),
  };
}
