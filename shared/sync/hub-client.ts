import type { z } from 'zod';
import { sha256Hex } from '../encoding/sha256.ts';
import {
  changesPageSchema, completeResponseSchema, enrollResponseSchema, healthResponseSchema, hubErrorBodySchema,
  packagesResponseSchema, uploadCreateResponseSchema, uploadStatusSchema, verifiedResponseSchema,
  type ChangesPage, type CompleteResponse, type EnrollRequest, type EnrollResponse, type HealthResponse,
  type HubErrorBody, type PackageSummary, type UploadStatus,
} from './hub-protocol.ts';

/** The part of `fetch` the client needs; the global fetch of browsers, Node and Electron fits. */
export type HubFetch = (url: string, init?: {
  method?: string;
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer> | string;
}) => Promise<HubResponse>;

export interface HubResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A refused request: HTTP status and the hub's error code (or 'network' / 'badResponse' / 'hashMismatch' from the client). */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: HubErrorBody['error'] | 'network' | 'badResponse' | 'hashMismatch',
    readonly detail: string,
    readonly body?: HubErrorBody,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HubError';
  }
}

export interface HubClientOptions {
  /** e.g. http://127.0.0.1:8787 (no trailing slash needed). */
  readonly baseUrl: string;
  readonly token?: string;
  readonly fetch?: HubFetch;
  /** Chunk size for pushes, bytes (default 1 MiB). */
  readonly chunkBytes?: number;
}

export interface PushProgress {
  readonly sentBytes: number;
  readonly totalBytes: number;
}

/** A small client of the hub protocol (shared/sync/hub-protocol.ts) over fetch only. */
export class HubClient {
  private readonly baseUrl: string;
  private readonly fetchFn: HubFetch;
  private readonly chunkBytes: number;

  constructor(private readonly options: HubClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const globalFetch = (globalThis as unknown as { fetch?: HubFetch }).fetch;
    const chosen = options.fetch ?? globalFetch?.bind(globalThis);
    if (!chosen) throw new Error('no fetch available');
    this.fetchFn = chosen;
    this.chunkBytes = options.chunkBytes ?? 1024 * 1024;
  }

  /** Whether the hub answers, its protocol version and database. */
  async health(): Promise<HealthResponse> {
    return this.call('GET', '/v1/health', healthResponseSchema);
  }

  /** Enrolls this device with a one-time code; returns the device token (the client does not keep it). */
  async enroll(code: string, request: EnrollRequest): Promise<EnrollResponse> {
    return this.call('POST', '/v1/enroll', enrollResponseSchema, JSON.stringify(request), code);
  }

  /**
   * Pushes a signed package in chunks. Calling it again after an interruption
   * resumes at the hub's received offset; pushing a package the hub has changes nothing.
   */
  async pushPackage(bytes: Uint8Array, packageId: string, onProgress?: (progress: PushProgress) => void): Promise<CompleteResponse> {
    const sha256 = await sha256Hex(bytes);
    const created = await this.call('POST', '/v1/uploads', uploadCreateResponseSchema, JSON.stringify({ packageId, size: bytes.length, sha256 }));
    if (created.status === 'stored') return { status: 'alreadyStored', packageId, operations: 0, attachments: 0 };
    let received = created.received;
    onProgress?.({ sentBytes: received, totalBytes: bytes.length });
    while (received < bytes.length) {
      // A copy: fetch bodies must be backed by a plain ArrayBuffer.
      const chunk = bytes.slice(received, Math.min(bytes.length, received + this.chunkBytes));
      try {
        received = (await this.call('PUT', `/v1/uploads/${created.uploadId}/chunks/${received}`, uploadStatusSchema, chunk)).received;
      } catch (error) {
        // Another attempt got further (or the hub lost the tail): continue from where the hub is.
        if (error instanceof HubError && error.code === 'offsetMismatch' && error.body?.received !== undefined) received = error.body.received;
        else throw error;
      }
      onProgress?.({ sentBytes: received, totalBytes: bytes.length });
    }
    return this.call('POST', `/v1/uploads/${created.uploadId}/complete`, completeResponseSchema);
  }

  /** The hub's state of an upload (bytes received). */
  async uploadStatus(uploadId: string): Promise<UploadStatus> {
    return this.call('GET', `/v1/uploads/${uploadId}`, uploadStatusSchema);
  }

  /** One page of operations after `since` ('' for the beginning), in the hub's stable order. */
  async pullChanges(since = '', limit = 1000): Promise<ChangesPage> {
    const query = `since=${encodeURIComponent(since)}&limit=${limit}`;
    return this.call<ChangesPage>('GET', `/v1/changes?${query}`, changesPageSchema);
  }

  /** Every page after `since`; returns the cursor to keep for the next pull. */
  async pullAll(since: string, onPage: (page: ChangesPage) => Promise<void> | void, limit = 1000): Promise<string> {
    let cursor = since;
    for (;;) {
      const page = await this.pullChanges(cursor, limit);
      await onPage(page);
      cursor = page.nextCursor;
      if (!page.hasMore) return cursor;
    }
  }

  /** An attachment's bytes, checked against its SHA-256 (throws HubError 'hashMismatch' otherwise). */
  async fetchAttachment(sha256: string): Promise<Uint8Array> {
    const response = await this.send('GET', `/v1/attachments/${sha256}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if ((await sha256Hex(bytes)) !== sha256) throw new HubError(response.status, 'hashMismatch', `attachment ${sha256} arrived with other content`);
    return bytes;
  }

  /** Which of these attachments the hub holds, verified, within this token's scope. */
  async verifiedAttachments(sha256: readonly string[]): Promise<string[]> {
    return (await this.call('POST', '/v1/attachments/verified', verifiedResponseSchema, JSON.stringify({ sha256 }))).verified;
  }

  /** Packages whose bbox meets [west, south, east, north] (degrees, CGCS2000), within scope. */
  async packagesInBbox(bbox: readonly [number, number, number, number]): Promise<PackageSummary[]> {
    return (await this.call('GET', `/v1/packages?bbox=${bbox.join(',')}`, packagesResponseSchema)).packages;
  }

  private async call<T>(method: string, path: string, schema: z.ZodType<T>, body?: Uint8Array<ArrayBuffer> | string, token?: string): Promise<T> {
    const response = await this.send(method, path, body, token);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new HubError(response.status, 'badResponse', `${method} ${path}: unexpected answer`);
    return parsed.data;
  }

  private async send(method: string, path: string, body?: Uint8Array<ArrayBuffer> | string, token = this.options.token): Promise<HubResponse> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    else if (body) headers['content-type'] = 'application/octet-stream';
    let response: HubResponse;
    try {
      response = await this.fetchFn(`${this.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    } catch (error) {
      throw new HubError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    if (response.ok) return response;
    const errorBody = hubErrorBodySchema.safeParse(await response.json().catch(() => undefined));
    if (errorBody.success) throw new HubError(response.status, errorBody.data.error, errorBody.data.detail, errorBody.data);
    throw new HubError(response.status, 'badResponse', `${method} ${path}: HTTP ${response.status}`);
  }
}
