import { useCallback, useState } from 'react';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { EditSession } from '../survey/edit-session.ts';
import { importPackage, type ImportOutcome } from './import-package.ts';

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'importing'; readonly fileName: string }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Imports a package file. New operations are announced to the open edit
 * session (views refresh, the clock follows, undo stays local); when the
 * package brought base data or no session is open, the project is reloaded.
 */
export function usePackageImport(db: ParcelDeskDatabase, session: EditSession | undefined, onProjectChanged: () => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const importFile = useCallback(async (file: File) => {
    setState({ kind: 'importing', fileName: file.name });
    try {
      const outcome = await importPackage(db, new Uint8Array(await file.arrayBuffer()));
      if (outcome.kind === 'imported') {
        const sameProject = session?.projectId === outcome.manifest.projectId;
        if (outcome.layersAdded > 0 || !session || !sameProject) onProjectChanged();
        else await session.receiveRemote(outcome.newOperations);
      }
      setState({ kind: 'done', outcome });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [db, session, onProjectChanged]);

  return { state, importFile };
}
