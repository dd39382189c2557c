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

/** One vector tile of a layer's parcels, kept once made (see SCHEMA_V7). */
export interface ParcelTileRecord {
  key: string;
  layerId: string;
  bytes: Uint8Array;
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
  parcelTiles!: EntityTable<ParcelTileRecord, 'key'>;
  operations!: EntityTable<FieldOperation, 'id'>;
  parcelEdits!: EntityTable<ParcelEdits, 'parcelId'>;
  attachments!: EntityTable<AttachmentRecord, 'sha256'>;

  constructor(name = 'parceldesk') {
    super(name);
    declareSchema(this);
  }
}
