/** What an export is doing: a phase, and how many of its items are done. */
export interface ExportProgress {
  /** 'geometry' (projecting and writing shapes), 'attributes' (DBF rows or GeoJSON properties), 'sheet' (worksheet rows), 'zip'. */
  readonly phase: 'geometry' | 'attributes' | 'sheet' | 'zip';
  readonly done: number;
  readonly total: number;
}

/** Called after each chunk; a worker posts it to the page. */
export type ExportProgressCallback = (progress: ExportProgress) => void;

/** Items handled between two progress reports. */
export const EXPORT_CHUNK_SIZE = 1000;

/**
 * Runs `step` for indices 0…total−1 in chunks of {@link EXPORT_CHUNK_SIZE},
 * reporting after each chunk (and once at 0 of total, so a bar appears at once).
 */
export function forEachInChunks(
  total: number, phase: ExportProgress['phase'], step: (index: number) => void, onProgress?: ExportProgressCallback,
): void {
  onProgress?.({ phase, done: 0, total });
  for (let start = 0; start < total; start += EXPORT_CHUNK_SIZE) {
    const end = Math.min(total, start + EXPORT_CHUNK_SIZE);
    for (let i = start; i < end; i++) step(i);
    onProgress?.({ phase, done: end, total });
  }
}
