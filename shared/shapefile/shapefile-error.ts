/** Why a shapefile could not be read; `code` is stable for UI messages and tests. */
export type ShapefileErrorCode =
  | 'truncated'
  | 'bad-header'
  | 'unsupported-shape-type'
  | 'record-count-mismatch';

/** A problem in a shapefile's bytes, naming which file part it is in. */
export class ShapefileError extends Error {
  constructor(
    readonly code: ShapefileErrorCode,
    readonly part: 'shp' | 'shx' | 'dbf',
    message: string,
  ) {
    super(message);
    this.name = 'ShapefileError';
  }
}
