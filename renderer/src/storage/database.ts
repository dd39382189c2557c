import Dexie, { type EntityTable } from 'dexie';
import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { ImportRecord, LayerRecord, Project } from '../../../shared/model/project.ts';
import { declareSchema } from './db-schema.ts';

/** One stored chunk of a layer's features (see feature-chunk-codec.ts). */
export interface FeatureChunk extends EncodedFeatureChunk {
  layerId: string;
  chunkIndex: number;
}

/** A layer's map GeoJSON (text Blob); absent for layers stored before v5 until first opened. */
export interface LayerDisplayRecord {
  layerId: string;
  geojson: Blob;
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
  layerDisplays!: EntityTable<LayerDisplayRecord, 'layerId'>;

  constructor(name = 'parceldesk') {
    super(name);
    declareSchema(this);
  }
}
