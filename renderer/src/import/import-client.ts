import type { ImportProblem } from '../../../shared/import/import-problem.ts';
import type { SourceFile } from '../../../shared/import/source-file.ts';
import type { Project } from '../../../shared/model/project.ts';
import type { ImportRequest, ImportResponse, LayerPreview, WorkerImportOptions } from './import-protocol.ts';

export interface ImportProgressEvent {
  readonly layerName: string;
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

type Pending = { resolve: (response: ImportResponse) => void; reject: (error: Error) => void };

/** One import session: a worker that holds the parsed layers until they are stored or cancelled. */
export class ImportSession {
  private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly onProgress: (event: ImportProgressEvent) => void) {
    this.worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        this.onProgress(message);
        return;
      }
      const waiter = this.pending.get(message.requestId);
      this.pending.delete(message.requestId);
      if (message.type === 'error') waiter?.reject(new Error(message.message));
      else waiter?.resolve(message);
    };
    this.worker.onerror = (event) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(event.message || 'import worker failed'));
      this.pending.clear();
    };
  }

  private request(message: WithoutId<ImportRequest>, transfer: Transferable[] = []): Promise<ImportResponse> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.worker.postMessage({ ...message, requestId }, transfer);
    });
  }

  async inspect(files: SourceFile[], options: WorkerImportOptions): Promise<{ layers: (LayerPreview | null)[]; problems: ImportProblem[] }> {
    const response = await this.request({ type: 'inspect', files, options }, files.map((f) => f.bytes.buffer as ArrayBuffer));
    if (response.type !== 'previews') throw new Error(`unexpected ${response.type}`);
    return response;
  }

  async reinspect(layerIndex: number, options: WorkerImportOptions): Promise<{ layer: LayerPreview | null; problems: ImportProblem[] }> {
    const response = await this.request({ type: 'reinspect', layerIndex, options });
    if (response.type !== 'preview') throw new Error(`unexpected ${response.type}`);
    return response;
  }

  /** Encodes the layer and stores it into the database from the worker, in one transaction. */
  async store(layerIndex: number, databaseName: string, project: Project, preview: LayerPreview): Promise<string> {
    const response = await this.request({ type: 'store', layerIndex, databaseName, project, preview });
    if (response.type !== 'stored') throw new Error(`unexpected ${response.type}`);
    return response.layerId;
  }

  /** Stops at once, whatever the worker is doing; nothing has been stored. */
  cancel(): void {
    this.worker.terminate();
    for (const waiter of this.pending.values()) waiter.reject(new Error('cancelled'));
    this.pending.clear();
  }
}
