import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportCancelled, ExportWorkerFailed, runExportInWorker } from './export-client.ts';
import type { ExportRequest, ExportResponse, ExportStep } from './export-protocol.ts';

/** A stand-in for the browser's Worker: records what the page posts and whether it was stopped. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: MessageEvent<ExportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: ExportResponse) {
    this.onmessage?.({ data: message } as MessageEvent<ExportResponse>);
  }
}

const request = { databaseName: 'db', projectId: 'p', layers: [], shown: [], language: 'zh-CN', spec: { kind: 'parcelsGeoJson', fileName: 'x' } } satisfies ExportRequest;

describe('runExportInWorker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes progress on and resolves with the file, stopping the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const steps: ExportStep[] = [];
    const done = runExportInWorker(request, (step) => steps.push(step));
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.posted).toEqual([request]);
    worker.reply({ type: 'progress', phase: 'read', done: 1, total: 2 });
    worker.reply({ type: 'done', file: { fileName: 'x.geojson', mimeType: 'application/geo+json', bytes: new Uint8Array([1]), notes: [] } });
    expect((await done).fileName).toBe('x.geojson');
    expect(steps).toEqual([{ type: 'progress', phase: 'read', done: 1, total: 2 }]);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker at once on cancel and rejects as cancelled; a crash rejects as a worker failure', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const cancelled = runExportInWorker(request, () => undefined, controller.signal);
    const worker = FakeWorker.last as FakeWorker;
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled);
    expect(worker.terminated).toBe(true);

    const crashed = runExportInWorker(request, () => undefined);
    (FakeWorker.last as FakeWorker).onerror?.({ message: 'Uncaught RangeError' } as ErrorEvent);
    await expect(crashed).rejects.toBeInstanceOf(ExportWorkerFailed);
  });
});
