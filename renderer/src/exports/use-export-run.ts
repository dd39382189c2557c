import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/bridge.ts';
import { webBridge } from '../bridge/web-bridge.ts';
import { runExportInWorker } from './export-client.ts';
import { failureText, overallFraction } from './export-feedback.ts';
import type { ExportRequest, ExportStep } from './export-protocol.ts';

/** Where an export run stands, as the progress view shows it. */
export type ExportRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fraction: number; readonly step: ExportStep | undefined }
  | { readonly status: 'finished'; readonly fileName: string; readonly saved: boolean; readonly downloaded: boolean; readonly notes: readonly string[] }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'cancelled' };

/**
 * Runs exports in a worker with progress, then saves the file through the bridge
 * (the native save dialog in Electron, a download in the browser). Cancel stops
 * the worker; leaving the view cancels a running export too.
 */
export function useExportRun(): { state: ExportRunState; run: (request: ExportRequest) => Promise<void>; cancel: () => void } {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportRunState>({ status: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (request: ExportRequest) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    let fraction = 0;
    setState({ status: 'running', fraction, step: undefined });
    let file;
    try {
      file = await runExportInWorker(request, (step) => {
        fraction = overallFraction(step, fraction);
        if (!current.signal.aborted) setState({ status: 'running', fraction, step });
      }, current.signal);
    } catch (error) {
      const message = failureText(t, error);
      setState(message === undefined ? { status: 'cancelled' } : { status: 'failed', message });
      return;
    }
    try {
      const result = await bridge.saveFile({ suggestedName: file.fileName, bytes: file.bytes as Uint8Array<ArrayBuffer> });
      setState({ status: 'finished', fileName: result.fileName ?? file.fileName, saved: result.saved, downloaded: bridge === webBridge, notes: file.notes });
    } catch (error) {
      setState({ status: 'failed', message: t('exportsSaveFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }, [t]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, run, cancel };
}
