/** Stable codes for why an input cannot be imported; texts live in import-messages.ts. */
export type ImportProblemCode =
  | 'missing-shp'
  | 'missing-dbf'
  | 'missing-shx'
  | 'truncated'
  | 'bad-header'
  | 'record-count-mismatch'
  | 'unsupported-shape-type'
  | 'unreadable-zip'
  | 'zip-too-large'
  | 'unreadable-geojson'
  | 'empty-layer'
  | 'unsupported-file'
  | 'no-layers'
  | 'crs-unknown';

/** A problem with one input file, for the user: which file, what is wrong. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** The file the problem is in, as the user named or dropped it. */
  readonly file: string;
  /** Extra detail in English (record numbers, counts), shown after the translated message. */
  readonly detail?: string;
}

/** Thrown by readers; carries an ImportProblem. */
export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.file}: ${problem.code}${problem.detail ? ` (${problem.detail})` : ''}`);
    this.name = 'ImportError';
  }
}
