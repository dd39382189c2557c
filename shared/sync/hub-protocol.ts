import { z } from 'zod';
import { deviceIdSchema, publicKeySchema, sha256Schema } from '../package/id-schemas.ts';
import { fieldOperationSchema } from '../package/operation-schema.ts';
import type { FieldOperation } from '../survey/field-operation.ts';

/**
 * The city hub's HTTP protocol (version 1), shared by the hub (server/) and its
 * clients (the app, tests, benchmarks). Every request except `GET /v1/health`
 * carries `Authorization: Bearer <token>`; enrollment uses the one-time code as
 * that token and receives the device token in return.
 *
 *   GET  /v1/health                          → HealthResponse (no auth)
 *   POST /v1/enroll                          EnrollRequest → EnrollResponse (bearer: enrollment code)
 *   POST /v1/uploads                         UploadCreateRequest → UploadCreateResponse
 *   GET  /v1/uploads/:id                     → UploadStatus
 *   PUT  /v1/uploads/:id/chunks/:offset      raw bytes → UploadStatus (409 offsetMismatch carries `received`)
 *   POST /v1/uploads/:id/complete            → CompleteResponse (422 badPackage with the reader's problem)
 *   GET  /v1/changes?since=&limit=           → ChangesPage
 *   GET  /v1/attachments/:sha256             → bytes; HEAD answers 200 only for a hub-verified attachment in scope
 *   POST /v1/attachments/verified            VerifiedRequest → VerifiedResponse
 *   GET  /v1/packages?bbox=w,s,e,n           → PackagesResponse
 */
export const HUB_PROTOCOL_VERSION = 1;

/** Largest chunk body the hub accepts, bytes. */
export const HUB_MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export const hubRoles = ['surveyor', 'county-reviewer', 'city'] as const;
export type HubRole = (typeof hubRoles)[number];

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  service: z.literal('parceldesk-hub'),
  protocolVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
  postgis: z.boolean(),
});
export type HealthResponse = z.output<typeof healthResponseSchema>;

export const enrollRequestSchema = z.object({
  device: deviceIdSchema,
  deviceName: z.string().min(1).max(200),
  publicKey: publicKeySchema,
});
export type EnrollRequest = z.output<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.object({
  token: z.string().min(20),
  device: deviceIdSchema,
  user: z.object({ id: z.string(), name: z.string(), role: z.enum(hubRoles), countyId: z.string().nullable() }),
});
export type EnrollResponse = z.output<typeof enrollResponseSchema>;

export const uploadCreateRequestSchema = z.object({
  packageId: z.string().uuid(),
  /** Whole package, bytes. */
  size: z.number().int().positive(),
  sha256: sha256Schema,
});
export type UploadCreateRequest = z.output<typeof uploadCreateRequestSchema>;

export const uploadStatusSchema = z.object({
  uploadId: z.string(),
  packageId: z.string().uuid(),
  size: z.number().int(),
  /** Bytes received so far: the next chunk must start here. */
  received: z.number().int(),
});
export type UploadStatus = z.output<typeof uploadStatusSchema>;

/** An open upload (new, or the one this device left unfinished for the same package), or the package is stored already. */
export const uploadCreateResponseSchema = z.discriminatedUnion('status', [
  uploadStatusSchema.extend({ status: z.literal('open') }),
  z.object({ status: z.literal('stored'), packageId: z.string().uuid() }),
]);
export type UploadCreateResponse = z.output<typeof uploadCreateResponseSchema>;

export const completeResponseSchema = z.object({
  status: z.enum(['stored', 'alreadyStored']),
  packageId: z.string().uuid(),
  /** Operations and attachments this push added (0 when everything was on the hub already). */
  operations: z.number().int(),
  attachments: z.number().int(),
});
export type CompleteResponse = z.output<typeof completeResponseSchema>;

export const changesPageSchema = z.object({
  operations: z.array(fieldOperationSchema),
  /** Pass as `since` for the next page; unchanged when nothing new. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
export interface ChangesPage {
  readonly operations: FieldOperation[];
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

/** Most attachments one `POST /v1/attachments/verified` may ask about. */
export const HUB_MAX_VERIFIED_QUERY = 1000;

export const verifiedRequestSchema = z.object({ sha256: z.array(sha256Schema).max(HUB_MAX_VERIFIED_QUERY) });
export const verifiedResponseSchema = z.object({ verified: z.array(sha256Schema) });

export const packageSummarySchema = z.object({
  packageId: z.string().uuid(),
  projectId: z.string(),
  countyId: z.string().nullable(),
  device: deviceIdSchema,
  operations: z.number().int(),
  attachments: z.number().int(),
  /** [west, south, east, north], degrees CGCS2000 (EPSG:4490). */
  bboxLonLat: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
});
export const packagesResponseSchema = z.object({ packages: z.array(packageSummarySchema) });
export type PackageSummary = z.output<typeof packageSummarySchema>;

export const hubErrorCodes = [
  'unauthorized', 'forbidden', 'notFound', 'badRequest', 'offsetMismatch', 'uploadMismatch',
  'badPackage', 'deviceExists', 'tooLarge', 'internal',
] as const;
export type HubErrorCode = (typeof hubErrorCodes)[number];

/** Body of every non-2xx answer. `problem` is the package reader's reason for badPackage. */
export const hubErrorBodySchema = z.object({
  error: z.enum(hubErrorCodes),
  detail: z.string(),
  received: z.number().int().optional(),
  problem: z.object({ code: z.string(), detail: z.string() }).optional(),
});
export type HubErrorBody = z.output<typeof hubErrorBodySchema>;

/** Whether this client can talk to a hub announcing `hubVersion` in its health answer. */
export function protocolCompatibility(hubVersion: number): 'compatible' | 'hubTooOld' | 'clientTooOld' {
  if (hubVersion === HUB_PROTOCOL_VERSION) return 'compatible';
  return hubVersion < HUB_PROTOCOL_VERSION ? 'hubTooOld' : 'clientTooOld';
}
