/** ESRI shapefile shape type codes (ESRI Shapefile Technical Description, 1998). */
export const ShapeType = {
  Null: 0,
  Point: 1,
  PolyLine: 3,
  Polygon: 5,
  MultiPoint: 8,
  PointZ: 11,
  PolyLineZ: 13,
  PolygonZ: 15,
  MultiPointZ: 18,
  PointM: 21,
  PolyLineM: 23,
  PolygonM: 25,
  MultiPointM: 28,
} as const;

/** The planar kind of a shape type, with Z and M variants folded in. */
export type BaseShapeKind = 'null' | 'point' | 'polyline' | 'polygon' | 'multipoint';

const KIND_BY_TYPE: Readonly<Record<number, BaseShapeKind>> = {
  0: 'null',
  1: 'point', 11: 'point', 21: 'point',
  3: 'polyline', 13: 'polyline', 23: 'polyline',
  5: 'polygon', 15: 'polygon', 25: 'polygon',
  8: 'multipoint', 18: 'multipoint', 28: 'multipoint',
};

/** Planar kind of a shape type code, or undefined for codes we do not read (e.g. MultiPatch, 31). */
export function baseShapeKind(shapeType: number): BaseShapeKind | undefined {
  return KIND_BY_TYPE[shapeType];
}

/** True for the Z and M variants, whose extra ordinates are dropped on reading. */
export function hasZOrM(shapeType: number): boolean {
  return shapeType >= 11;
}
