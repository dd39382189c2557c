import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LonLat } from '../../../shared/model/geometry.ts';
import type { SourceFile } from '../../../shared/import/source-file.ts';
import type { Project } from '../../../shared/model/project.ts';
import { ParcelCardPanel } from '../card/ParcelCardPanel.tsx';
import { RulesSettingsButton } from '../classification/RulesSettingsButton.tsx';
import { ConflictsButton } from '../conflicts/ConflictsButton.tsx';
import { DashboardButton } from '../dashboard/DashboardButton.tsx';
import { EvaluationButtons } from '../enterprise/EvaluationButtons.tsx';
import { ExchangeButton } from '../exchange/ExchangeButton.tsx';
import { ExportsButtons } from '../exports/ExportsButtons.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { readDroppedItems } from '../import/read-dropped-files.ts';
import { LedgerPanel } from '../ledger/LedgerPanel.tsx';
import { MapView, type MapLayer } from '../map/MapView.tsx';
import { PhotoFolderButton } from '../photos/PhotoFolderButton.tsx';
import { useProject } from '../project/use-project.ts';
import { SearchPanel } from '../search/SearchPanel.tsx';
import { StatusBar } from '../status/StatusBar.tsx';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { projectBbox } from '../storage/project-store.ts';
import { readStorageStatus, type StorageStatus } from '../storage/storage-quota.ts';
import { SurveyContext } from '../survey/survey-context.ts';
import { SurveyToolbar } from '../survey/SurveyToolbar.tsx';
import { useSurveyState } from '../survey/use-survey-state.ts';
import { SyncButton } from '../sync/SyncButton.tsx';
import { SidePanel } from './SidePanel.tsx';
import { TopBar } from './TopBar.tsx';

/** Root layout: top bar, side panel, map, card, ledger, status bar. Wiring only. */
export function App({ db }: { readonly db: ParcelDeskDatabase }) {
  const { t } = useTranslation();
  const { state, openDemo, refresh } = useProject(db, t('demoProjectName'));
  const [importFiles, setImportFiles] = useState<SourceFile[] | null>(null);
  const [newProject] = useState<Project>(() => ({ id: crypto.randomUUID(), name: t('myProject'), createdAt: new Date().toISOString() }));
  const [cursor, setCursor] = useState<LonLat | null>(null);
  const [storage, setStorage] = useState<StorageStatus>();
  const [ledgerOpen, setLedgerOpen] = useState(false);

  useEffect(() => {
    void readStorageStatus().then(setStorage);
  }, [state.status]);

  const loaded = state.status === 'ready' ? state.loaded : undefined;
  const survey = useSurveyState(db, loaded);
  const bbox = useMemo(() => (loaded ? projectBbox(loaded.layers) : undefined), [loaded]);
  const mapLayers = useMemo<MapLayer[]>(() => (loaded?.layers ?? []).filter((layer) => layer.role !== 'parkBoundaries')
    .map((layer) => ({ id: layer.id, databaseName: db.name, bbox: layer.bbox, featureCount: layer.featureCount })), [loaded, db]);

  const project = loaded?.project ?? newProject;
  return (
    <SurveyContext.Provider value={survey}>
      <div
        className={`app${ledgerOpen && survey ? ' with-ledger' : ''}`}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          if (importFiles || e.defaultPrevented) return;
          e.preventDefault();
          void readDroppedItems(e.dataTransfer).then(setImportFiles);
        }}
      >
        <TopBar
          onImport={() => setImportFiles([])}
          tools={<>
            <ExchangeButton db={db} onProjectChanged={refresh} />
            <SyncButton db={db} />
            {survey && <ConflictsButton />}
            {survey && <RulesSettingsButton />}
            {survey && <DashboardButton />}
            {survey && <EvaluationButtons />}
            {survey && <ExportsButtons />}
          </>}
        >
          {survey && <SurveyToolbar onToggleLedger={() => setLedgerOpen((open) => !open)} />}
          {survey && <PhotoFolderButton />}
        </TopBar>
        <main className="workspace">
          <SidePanel state={state} onOpenDemo={openDemo}>
            {survey && <SearchPanel />}
          </SidePanel>
          <MapView db={db} layers={mapLayers} bbox={bbox} label={t('mapLabel')} onCursor={setCursor} />
          {survey && <ParcelCardPanel />}
        </main>
        {survey && ledgerOpen && <LedgerPanel />}
        <StatusBar cursor={cursor} storage={storage} />
        {importFiles && (
          <ImportDialog
            db={db} project={project} initialFiles={importFiles}
            onImported={() => {
              setImportFiles(null);
              refresh();
            }}
            onClose={() => setImportFiles(null)}
          />
        )}
      </div>
    </SurveyContext.Provider>
  );
}
