import { useCallback, useEffect, useState } from 'react';
import { openDemoProject } from '../demo/demo-project.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { loadLatestProject, type LoadedProject } from '../storage/project-store.ts';

export type ProjectState =
  | { readonly status: 'loading' }
  | { readonly status: 'empty' }
  | { readonly status: 'opening-demo' }
  | { readonly status: 'ready'; readonly loaded: LoadedProject }
  | { readonly status: 'error'; readonly message: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the stored project at start, and opens the demo on request. */
export function useProject(db: ParcelDeskDatabase, demoName: string) {
  const [state, setState] = useState<ProjectState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const started = performance.now();
    const loaded = await loadLatestProject(db);
    // Read by the benchmark: how long reading the stored project took.
    performance.measure('parceldesk:load-project', { start: started, end: performance.now() });
    setState(loaded ? { status: 'ready', loaded } : { status: 'empty' });
  }, [db]);

  useEffect(() => {
    reload().catch((error: unknown) => setState({ status: 'error', message: describe(error) }));
  }, [reload]);

  const openDemo = useCallback(() => {
    setState({ status: 'opening-demo' });
    openDemoProject(db, demoName)
      .then(reload)
      .catch((error: unknown) => setState({ status: 'error', message: describe(error) }));
  }, [db, demoName, reload]);

  const refresh = useCallback(() => {
    reload().catch((error: unknown) => setState({ status: 'error', message: describe(error) }));
  }, [reload]);

  return { state, openDemo, refresh };
}
