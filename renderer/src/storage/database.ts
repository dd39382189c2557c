import Dexie, { type EntityTable } from 'dexie';
import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { ImportRecord, LayerRecord, Project } from '../../../shared/model/project.ts';
import type { FieldOperation, ParcelEdits } from '../../../shared/survey/field-operation.ts';
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
  /** DISPLAY_GEOJSON_VERSION it was built with; absent: version 1 (rebuilt on opening). */
  version?: number;
}

/** A stored file (photo, scan, PDF) by the SHA-256 of its bytes; parcels refer to it by hash. */
export interface AttachmentRecord {
  sha256: string;
  blob: Blob;
  mimeType: string;
  name: string;
  byteLength: number;
  addedAt: string;
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
  operations!: EntityTable<FieldOperation, 'id'>;
  parcelEdits!: EntityTable<ParcelEdits, 'parcelId'>;
  attachments!: EntityTable<AttachmentRecord, 'sha256'>;

  constructor(name = 'parceldesk') {
    super(name);
    declareSchema(this);
  }
}
