import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { MapView } from '../map/MapView.tsx';
import { useProject } from '../project/use-project.ts';
import { StatusBar } from '../status/StatusBar.tsx';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { projectBbox } from '../storage/project-store.ts';
import { readStorageStatus, type StorageStatus } from '../storage/storage-quota.ts';
import { SidePanel } from './SidePanel.tsx';
import { TopBar } from './TopBar.tsx';

const NO_FEATURES: never[] = [];

/** Root layout: top bar, side panel, map, status bar. Wiring only. */
export function App({ db }: { readonly db: ParcelDeskDatabase }) {
  const { t } = useTranslation();
  const { state, openDemo } = useProject(db, t('demoProjectName'));
  const [cursor, setCursor] = useState<LonLat | null>(null);
  const [storage, setStorage] = useState<StorageStatus>();

  useEffect(() => {
    void readStorageStatus().then(setStorage);
  }, [state.status]);

  const loaded = state.status === 'ready' ? state.loaded : undefined;
  const bbox = useMemo(() => (loaded ? projectBbox(loaded.layers) : undefined), [loaded]);

  return (
    <div className="app">
      <TopBar />
      <main className="workspace">
        <SidePanel state={state} onOpenDemo={openDemo} />
        <MapView features={loaded?.features ?? NO_FEATURES} bbox={bbox} label={t('mapLabel')} onCursor={setCursor} />
      </main>
      <StatusBar cursor={cursor} storage={storage} />
    </div>
  );
}
