import { sha256Hex } from '../../../shared/encoding/sha256.ts';
import { readPackage } from '../../../shared/package/package-reader.ts';
import { HubError, type PushProgress } from '../../../shared/sync/hub-client.ts';
import type { ChangesPage, CompleteResponse } from '../../../shared/sync/hub-protocol.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { SyncTransport } from './sync-transport.ts';

const CHUNK = 64;

/**
 * Test double of the hub, in memory, for the sync rounds: verifies each
 * package against the pushing device's registered key, keeps uploads by
 * package id so a repeated push resumes at the received offset, and can be
 * told to drop the connection part-way or to lose files.
 */
export class FakeHub {
  readonly operations: FieldOperation[] = [];
  readonly files = new Map<string, Uint8Array>();
  /** Where each push call started sending, by package id. */
  readonly pushStarts: { packageId: string; offset: number }[] = [];
  private readonly uploads = new Map<string, { sha256: string; received: number }>();
  private readonly packages = new Set<string>();
  /** Cut the next push after this many bytes (network error), once. */
  cutAfterBytes: number | undefined;
  /** Files silently dropped on store (a broken hub), so never verified. */
  loseFiles = false;

  constructor(private readonly keys: Map<string, string> = new Map()) {}

  /** Registers a device's public key (enrollment). */
  register(device: string, publicKeyBase64: string): void {
    this.keys.set(device, publicKeyBase64);
  }

  /** The transport one enrolled device uses. */
  transport(): SyncTransport {
    return {
      pushPackage: (bytes, packageId, onProgress) => this.push(bytes, packageId, onProgress),
      pullChanges: async (since = '', limit = 1000) => this.page(since, limit),
      fetchAttachment: async (sha256) => {
        const file = this.files.get(sha256);
        if (!file) throw new HubError(404, 'notFound', `no attachment ${sha256}`);
        return file.slice();
      },
      verifiedAttachments: async (sha256s) => sha256s.filter((sha) => this.files.has(sha)),
    };
  }

  private async push(bytes: Uint8Array, packageId: string, onProgress?: (p: PushProgress) => void): Promise<CompleteResponse> {
    if (this.packages.has(packageId)) return { status: 'alreadyStored', packageId, operations: 0, attachments: 0 };
    const sha256 = await sha256Hex(bytes);
    const upload = this.uploads.get(packageId) ?? { sha256, received: 0 };
    if (upload.sha256 !== sha256) throw new HubError(422, 'uploadMismatch', 'other bytes for this package');
    this.uploads.set(packageId, upload);
    this.pushStarts.push({ packageId, offset: upload.received });
    const cut = this.cutAfterBytes === undefined ? Infinity : upload.received + this.cutAfterBytes;
    this.cutAfterBytes = undefined;
    while (upload.received < bytes.length) {
      if (upload.received >= cut) throw new HubError(0, 'network', 'connection reset');
      upload.received = Math.min(bytes.length, upload.received + CHUNK);
      onProgress?.({ sentBytes: upload.received, totalBytes: bytes.length });
    }
    const read = await readPackage(bytes, { isTrustedKey: (device, key) => this.keys.get(device) === key });
    if (!read.ok) throw new HubError(422, 'badPackage', `${read.problem.code}: ${read.problem.detail}`);
    this.uploads.delete(packageId);
    this.packages.add(packageId);
    const known = new Set(this.operations.map((op) => op.id));
    const fresh = read.value.operations.filter((op) => !known.has(op.id));
    this.operations.push(...fresh);
    if (!this.loseFiles) for (const [sha, file] of read.value.attachments) this.files.set(sha, file);
    return { status: 'stored', packageId, operations: fresh.length, attachments: read.value.attachments.size };
  }

  private page(since: string, limit: number): ChangesPage {
    const start = since === '' ? 0 : Number(since);
    const operations = this.operations.slice(start, start + limit);
    const next = start + operations.length;
    return { operations, nextCursor: String(next), hasMore: next < this.operations.length };
  }
}
