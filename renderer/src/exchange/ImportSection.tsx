import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { EditSession } from '../survey/edit-session.ts';
import { problemText } from './problem-text.ts';
import { usePackageImport, type ImportState } from './use-package-import.ts';

/** The outcome of an import in words: what came in, or why the package was refused. */
function ImportResult({ state }: { readonly state: ImportState }) {
  const { t } = useTranslation();
  if (state.kind === 'importing') return <p role="status">{t('exchangeImporting')}</p>;
  if (state.kind === 'error') return <p role="alert" className="error">{state.message}</p>;
  if (state.kind !== 'done') return null;
  const { outcome } = state;
  if (outcome.kind === 'refused') {
    return <p role="alert" className="error" data-testid="exchange-refused" data-code={outcome.problem.code}>{t('exchangeRefused', { reason: problemText(t, outcome.problem) })}</p>;
  }
  const nothing = outcome.newOperations.length === 0 && outcome.newAttachments === 0 && outcome.layersAdded === 0;
  if (nothing) return <p data-testid="exchange-nothing-new">{t('exchangeNothingNew')}</p>;
  return (
    <div data-testid="exchange-imported" data-operations={outcome.newOperations.length} data-conflicts={outcome.conflicts}>
      <p>{t('exchangeImported', {
        author: outcome.manifest.producer.author, device: outcome.manifest.producer.deviceName,
        operations: outcome.newOperations.length, conflicts: outcome.conflicts, photos: outcome.newAttachments,
      })}</p>
      {outcome.layersAdded > 0 && <p>{t('exchangeImportedLayers', { count: outcome.layersAdded })}</p>}
      {outcome.conflicts > 0 && <p className="exchange-conflict-hint">{t('exchangeConflictHint')}</p>}
    </div>
  );
}

interface ImportSectionProps {
  readonly db: ParcelDeskDatabase;
  readonly session: EditSession | undefined;
  readonly onProjectChanged: () => void;
}

/** Import: a package chosen or dropped here is verified in full, then written at once, or refused with the reason. */
export function ImportSection({ db, session, onProjectChanged }: ImportSectionProps) {
  const { t } = useTranslation();
  const { state, importFile } = usePackageImport(db, session, onProjectChanged);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void importFile(file);
  };
  return (
    <section
      className={`exchange-section exchange-drop${over ? ' over' : ''}`} data-testid="exchange-import"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); e.stopPropagation(); setOver(false); take(e.dataTransfer.files); }}
    >
      <h3>{t('exchangeImportTitle')}</h3>
      <p className="card-hint">{t('exchangeImportHint')}</p>
      <label className="button">
        {t('exchangeImportChoose')}
        <input type="file" hidden accept=".pdpkg,.zip,application/zip" data-testid="exchange-import-file"
          disabled={state.kind === 'importing'} onChange={(e) => { take(e.target.files); e.target.value = ''; }} />
      </label>
      <ImportResult state={state} />
    </section>
  );
}
