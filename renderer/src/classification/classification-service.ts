import { recognizeFieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { ParkBoundary } from '../../../shared/parks/park-assignment.ts';
import { parkBoundariesFromChunk, recognizeBoundaryNameColumn } from '../../../shared/parks/park-boundary-layer.ts';
import type { ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import type { FeatureChunk, ParcelDeskDatabase } from '../storage/database.ts';
import type { ClassifierLayer, ClassifierPort, ClassifierRequest, ClassifierResponse } from './classification-port.ts';
import { ProjectClassifier, type ClassificationSettings, type ClassifiedParcels } from './project-classifier.ts';

/**
 * The classifier over the app's database: reads a project's chunks once
 * (one at a time), keeps the facts, and answers the port's requests.
 */
export class ClassificationService implements ClassifierPort {
  private classifier: ProjectClassifier | undefined;
  private db: ParcelDeskDatabase | undefined;

  constructor(private readonly database: (name: string) => ParcelDeskDatabase) {}

  private async chunks(db: ParcelDeskDatabase, layerId: string, each: (chunk: FeatureChunk) => void): Promise<void> {
    const keys = await db.featureChunks.where('layerId').equals(layerId).primaryKeys();
    for (const key of keys.sort((a, b) => a[1] - b[1])) each((await db.featureChunks.get(key)) as FeatureChunk);
  }

  async open(databaseName: string, projectId: string, layers: readonly ClassifierLayer[], settings: ClassificationSettings): Promise<ClassifiedParcels> {
    const db = this.database(databaseName);
    const records = await db.parcelEdits.where('projectId').equals(projectId).toArray();
    const edits = new Map<string, FieldValues>(records.map((r) => [r.parcelId, r.values]));
    const boundaries: ParkBoundary[] = [];
    for (const layer of layers.filter((l) => l.role === 'parkBoundaries')) {
      await this.chunks(db, layer.id, (chunk) => {
        const column = layer.fieldMapping?.park ?? recognizeBoundaryNameColumn(Object.keys(chunk.columns));
        if (column) boundaries.push(...parkBoundariesFromChunk(chunk, column));
      });
    }
    const classifier = new ProjectClassifier(settings, boundaries);
    for (const layer of layers.filter((l) => (l.role ?? 'parcels') === 'parcels')) {
      await this.chunks(db, layer.id, (chunk) =>
        classifier.addChunk(chunk, layer.id, layer.fieldMapping ?? recognizeFieldMapping(Object.keys(chunk.columns)), edits));
    }
    this.db = db;
    this.classifier = classifier;
    return classifier.classifyAll();
  }

  private opened(): ProjectClassifier {
    if (!this.classifier) throw new Error('no project open for classification');
    return this.classifier;
  }

  setSettings(settings: ClassificationSettings): Promise<ClassifiedParcels> {
    const classifier = this.opened();
    classifier.setSettings(settings);
    return Promise.resolve(classifier.classifyAll());
  }

  async reclassify(parcelIds: readonly string[]): Promise<ClassifiedParcels> {
    const classifier = this.opened();
    const records = await (this.db as ParcelDeskDatabase).parcelEdits.bulkGet([...parcelIds]);
    parcelIds.forEach((id, i) => classifier.setEdits(id, records[i]?.values));
    return classifier.classify(parcelIds);
  }

  explain(parcelId: string): Promise<ClassificationResult | undefined> {
    return Promise.resolve(this.opened().explain(parcelId));
  }

  /** Answers one worker request. */
  async handle(request: ClassifierRequest): Promise<ClassifierResponse> {
    const { id } = request;
    try {
      switch (request.kind) {
        case 'open': return { id, classified: await this.open(request.databaseName, request.projectId, request.layers, request.settings) };
        case 'setSettings': return { id, classified: await this.setSettings(request.settings) };
        case 'reclassify': return { id, classified: await this.reclassify(request.parcelIds) };
        case 'explain': return { id, result: await this.explain(request.parcelId) };
      }
    } catch (error) {
      return { id, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
