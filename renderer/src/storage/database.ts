import Dexie, { type EntityTable } from 'dexie';
import type { ImportRecord, LayerRecord, Project, StoredFeature } from '../../../shared/model/project.ts';
import { declareSchema } from './db-schema.ts';

export interface FeatureChunk {
  layerId: string;
  chunkIndex: number;
  features: StoredFeature[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The app's IndexedDB database. One per browser profile / Electron user. */
export class ParcelDeskDatabase extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  layers!: EntityTable<LayerRecord, 'id'>;
  featureChunks!: Dexie.Table<FeatureChunk, [string, number]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  imports!: EntityTable<ImportRecord, 'id'>;

  constructor(name = 'parceldesk') {
    super(name);
    declareSchema(this);
  }
}
