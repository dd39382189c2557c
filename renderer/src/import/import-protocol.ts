import type { ImportedLayer, ImportOptions } from '../../../shared/import/imported-layer.ts';
import type { ImportedLayerPart } from '../../../shared/import/layer-part.ts';
import type { ShapefileSource } from '../../../shared/import/layer-grouping.ts';
import type { LayerRole, Project } from '../../../shared/model/project.ts';
import type { RecordRange } from '../../../shared/shapefile/shp-reader.ts';
import type { ImportProblem } from '../../../shared/import/import-problem.ts';
import type { SourceFile } from '../../../shared/import/source-file.ts';

/**
 * A layer as the preview shows it: everything but the features, plus a
 * fingerprint of its source. The role may be changed to park boundaries
 * (name column in fieldMapping.park) before storing.
 */
export type LayerPreview = Omit<ImportedLayer, 'features' | 'role'> & { readonly role: LayerRole; readonly sourceSha256: string };

/** Options a message may carry: the worker calls onProgress itself. */
export type WorkerImportOptions = Omit<ImportOptions, 'onProgress'>;

export type ImportRequest =
  | { readonly type: 'inspect'; readonly requestId: number; readonly files: SourceFile[]; readonly options: WorkerImportOptions }
  | { readonly type: 'reinspect'; readonly requestId: number; readonly layerIndex: number; readonly options: WorkerImportOptions }
  | {
    readonly type: 'part'; readonly requestId: number; readonly source: ShapefileSource;
    readonly options: WorkerImportOptions; readonly range: RecordRange;
  }
  | {
    readonly type: 'store'; readonly requestId: number; readonly layerIndex: number;
    readonly databaseName: string; readonly project: Project; readonly preview: LayerPreview;
  };

export type ImportResponse =
  | { readonly type: 'progress'; readonly requestId: number; readonly layerName: string; readonly stage: string; readonly done: number; readonly total: number }
  | { readonly type: 'previews'; readonly requestId: number; readonly layers: (LayerPreview | null)[]; readonly problems: ImportProblem[] }
  | { readonly type: 'preview'; readonly requestId: number; readonly layer: LayerPreview | null; readonly problems: ImportProblem[] }
  | { readonly type: 'stored'; readonly requestId: number; readonly layerId: string }
  | { readonly type: 'part-result'; readonly requestId: number; readonly part: ImportedLayerPart }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };
