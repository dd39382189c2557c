import { z } from 'zod';
import { deviceIdSchema, publicKeySchema, sha256Schema } from './id-schemas.ts';

/** The package format this code writes; readers refuse versions they do not know. */
export const PACKAGE_FORMAT = 'parceldesk-package';
export const PACKAGE_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const OPERATIONS_ENTRY = 'operations.json';
export const LAYERS_ENTRY = 'snapshot/layers.json';
/** Snapshot GeoJSON of layer `i` (in layers.json order). */
export const layerEntry = (index: number) => `snapshot/layer-${index}.geojson`;
export const attachmentEntry = (sha256: string) => `attachments/${sha256}`;

const manifestEntry = z.object({ path: z.string().min(1).max(255), sha256: sha256Schema, byteLength: z.number().int().nonnegative() });

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  packageId: z.string().uuid(),
  projectId: z.string().min(1).max(200),
  projectName: z.string().max(200),
  producer: z.object({
    device: deviceIdSchema,
    deviceName: z.string().max(200),
    author: z.string().max(200),
    /** Ed25519 public key, raw 32 bytes, base64. */
    publicKey: publicKeySchema,
  }),
  /** ISO 8601 UTC. */
  createdAt: z.string().datetime(),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('full') }),
    z.object({ kind: z.literal('changesSince'), recipient: z.string().min(1).max(200), sinceHlc: z.string().max(64) }),
  ]),
  counts: z.object({
    operations: z.number().int().nonnegative(),
    layers: z.number().int().nonnegative(),
    features: z.number().int().nonnegative(),
    attachments: z.number().int().nonnegative(),
  }),
  /** [west, south, east, north], degrees CGCS2000; null when the package holds no geometry. */
  bboxLonLat: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  entries: z.array(manifestEntry).max(200_000),
});

export type PackageManifest = z.output<typeof manifestSchema>;
