import { useCallback, useState } from 'react';
import type { Project } from '../../../shared/model/project.ts';
import { bridge } from '../bridge/bridge.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { UserIdentity } from '../survey/user-identity.ts';
import { buildPackage, type BuiltPackage, type ExportProgress, type ExportScope } from './export-package.ts';
import { rememberHandoff } from './handoff-store.ts';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly done: number; readonly step: Parameters<ExportProgress>[1] }
  | { readonly kind: 'built'; readonly built: BuiltPackage; readonly recipient?: string }
  | { readonly kind: 'nothing'; readonly recipient: string }
  | { readonly kind: 'saved'; readonly name: string; readonly byteLength: number }
  | { readonly kind: 'notSaved' }
  | { readonly kind: 'error'; readonly message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Building a package (with progress) and saving it through the bridge: the
 * native save dialog in Electron, a download in the browser. Only a saved
 * package counts as handed to its recipient.
 */
export function usePackageExport(db: ParcelDeskDatabase, project: Project | undefined, identity: UserIdentity | undefined) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const build = useCallback(async (scope: ExportScope) => {
    if (!project || !identity) return;
    setState({ kind: 'building', done: 0, step: 'operations' });
    try {
      const built = await buildPackage(db, project, identity, scope, (done, step) => setState({ kind: 'building', done, step }));
      setState(built ? { kind: 'built', built, recipient: scope.recipient } : { kind: 'nothing', recipient: scope.recipient ?? '' });
    } catch (error) {
      setState({ kind: 'error', message: message(error) });
    }
  }, [db, project, identity]);

  const save = useCallback(async () => {
    if (state.kind !== 'built' || !project) return;
    const { built, recipient } = state;
    try {
      const result = await bridge.saveFile({ suggestedName: built.fileName, bytes: built.bytes as Uint8Array<ArrayBuffer> });
      if (!result.saved) {
        setState({ kind: 'notSaved' });
        return;
      }
      if (recipient) await rememberHandoff(db, project.id, recipient, built.operations, new Date().toISOString());
      setState({ kind: 'saved', name: result.fileName ?? built.fileName, byteLength: built.bytes.length });
    } catch (error) {
      setState({ kind: 'error', message: message(error) });
    }
  }, [db, project, state]);

  return { state, build, save };
}
