import type { ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { ClassifierLayer, ClassifierPort, ClassifierRequest, ClassifierResponse } from './classification-port.ts';
import type { ClassificationSettings, ClassifiedParcels } from './project-classifier.ts';

type Waiter = { resolve: (response: ClassifierResponse) => void; reject: (error: Error) => void };
type Body = ClassifierRequest extends infer R ? (R extends ClassifierRequest ? Omit<R, 'id'> : never) : never;

/** The classifier in its own worker (one per open project; end it with `terminate`). */
export class WorkerClassifier implements ClassifierPort {
  private readonly worker = new Worker(new URL('./classification.worker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<ClassifierResponse>) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiter?.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message || 'classification worker failed'));
      this.waiting.clear();
    };
  }

  private async ask(body: Body): Promise<ClassifierResponse> {
    const id = this.nextId++;
    const response = await new Promise<ClassifierResponse>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as ClassifierRequest);
    });
    if ('error' in response) throw new Error(response.error);
    return response;
  }

  private async classified(body: Body): Promise<ClassifiedParcels> {
    const response = await this.ask(body);
    if (!('classified' in response)) throw new Error('unexpected classification answer');
    return response.classified;
  }

  open(databaseName: string, projectId: string, layers: readonly ClassifierLayer[], settings: ClassificationSettings): Promise<ClassifiedParcels> {
    return this.classified({ kind: 'open', databaseName, projectId, layers, settings });
  }

  setSettings(settings: ClassificationSettings): Promise<ClassifiedParcels> {
    return this.classified({ kind: 'setSettings', settings });
  }

  reclassify(parcelIds: readonly string[]): Promise<ClassifiedParcels> {
    return this.classified({ kind: 'reclassify', parcelIds });
  }

  async explain(parcelId: string): Promise<ClassificationResult | undefined> {
    const response = await this.ask({ kind: 'explain', parcelId });
    return 'result' in response ? response.result : undefined;
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiter of this.waiting.values()) waiter.reject(new Error('classification stopped'));
    this.waiting.clear();
  }
}
