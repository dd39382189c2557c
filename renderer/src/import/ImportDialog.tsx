import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type MessageLanguage } from '../../../shared/import/import-messages.ts';
import type { ImportProblem } from '../../../shared/import/import-problem.ts';
import type { SourceFile } from '../../../shared/import/source-file.ts';
import type { Project } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { findPreviousImports } from '../storage/project-store.ts';
import { ImportSession, type ImportProgressEvent } from './import-client.ts';
import type { LayerPreview, WorkerImportOptions } from './import-protocol.ts';
import { LayerPreviewCard, type LayerChoice } from './LayerPreviewCard.tsx';
import { readDroppedItems, readPickedFiles } from './read-dropped-files.ts';
import { asStoredPreview } from './layer-use.ts';
import { readRememberedMapping } from './store-imported-layer.ts';

interface Props {
  readonly db: ParcelDeskDatabase;
  readonly project: Project;
  readonly initialFiles?: SourceFile[];
  readonly onImported: () => void;
  readonly onClose: () => void;
}

type Phase = 'choose' | 'reading' | 'preview' | 'storing';

/** Import: pick or drop → parse in a worker (progress, cancel) → preview and adjust → store atomically. */
export function ImportDialog({ db, project, initialFiles, onImported, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'zh-CN') as MessageLanguage;
  const [phase, setPhase] = useState<Phase>('choose');
  const [progress, setProgress] = useState<ImportProgressEvent>();
  const [previews, setPreviews] = useState<(LayerPreview | null)[]>([]);
  const [choices, setChoices] = useState<LayerChoice[]>([]);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [error, setError] = useState<string>();
  const session = useRef<ImportSession | null>(null);

  const cancel = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setPhase('choose');
    setProgress(undefined);
  }, []);

  useEffect(() => () => session.current?.cancel(), []);

  const inspect = useCallback(async (files: SourceFile[]) => {
    session.current?.cancel();
    const current = new ImportSession(setProgress);
    session.current = current;
    setPhase('reading');
    setError(undefined);
    try {
      const result = await current.inspect(files, {});
      // Apply a mapping remembered for the same schema, then look for earlier imports of the same bytes.
      const nextChoices: LayerChoice[] = [];
      const nextPreviews = [...result.layers];
      for (let i = 0; i < nextPreviews.length; i++) {
        const preview = nextPreviews[i];
        if (!preview) {
          nextChoices.push({ options: {}, include: false, crsConfirmed: false });
          continue;
        }
        const remembered = await readRememberedMapping(db, preview.fields);
        let options: WorkerImportOptions = {};
        if (remembered) {
          options = { fieldMapping: remembered };
          nextPreviews[i] = (await current.reinspect(i, options)).layer;
        }
        const previous = await findPreviousImports(db, project.id, preview.sourceSha256);
        const previousImportDate = previous[0]?.importedAt.slice(0, 10);
        nextChoices.push({ options, include: !previousImportDate, crsConfirmed: false, ...(previousImportDate ? { previousImportDate } : {}) });
      }
      setPreviews(nextPreviews);
      setChoices(nextChoices);
      setProblems(result.problems);
      setPhase('preview');
    } catch (failure) {
      if (session.current !== current) return; // cancelled
      setError(failure instanceof Error ? failure.message : String(failure));
      setPhase('choose');
    } finally {
      setProgress(undefined);
    }
  }, [db, project.id]);

  useEffect(() => {
    if (initialFiles?.length) void inspect(initialFiles);
  }, [initialFiles, inspect]);

  const changeOptions = async (index: number, options: WorkerImportOptions) => {
    if (!session.current) return;
    setChoices((all) => all.map((c, i) => (i === index ? { ...c, options, crsConfirmed: c.crsConfirmed || !!options.crsCode } : c)));
    setPhase('reading');
    const result = await session.current.reinspect(index, options);
    setPreviews((all) => all.map((p, i) => (i === index ? result.layer : p)));
    if (result.problems.length) setProblems((all) => [...all, ...result.problems]);
    setPhase('preview');
  };

  const blocked = (preview: LayerPreview, choice: LayerChoice) =>
    choice.include && ((preview.crs.code === null ? !preview.bboxLonLat : preview.crs.needsConfirmation && !choice.crsConfirmed)
      || (choice.role === 'parkBoundaries' && !choice.parkNameColumn));

  const store = async () => {
    if (!session.current) return;
    setPhase('storing');
    try {
      for (let i = 0; i < previews.length; i++) {
        const preview = previews[i];
        const choice = choices[i];
        if (!preview || !choice?.include) continue;
        await session.current.store(i, db.name, project, asStoredPreview(preview, choice));
      }
      session.current.cancel();
      session.current = null;
      onImported();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPhase('preview');
    }
  };

  const selectable = previews.some((p, i) => p && choices[i]?.include);
  const anyBlocked = previews.some((p, i) => p && choices[i] && blocked(p, choices[i] as LayerChoice));

  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('importTitle')} data-testid="import-dialog">
      <div className="dialog">
        <h2>{t('importTitle')}</h2>
        {phase === 'choose' && (
          <div
            className="drop-zone" data-testid="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              void readDroppedItems(e.dataTransfer).then(inspect);
            }}
          >
            <p>{t('importHint')}</p>
            <p>{t('dropHere')}</p>
            <label className="button">
              {t('chooseFiles')}
              <input type="file" multiple hidden data-testid="file-input" accept=".shp,.shx,.dbf,.prj,.cpg,.zip,.geojson,.json"
                onChange={(e) => e.target.files && void readPickedFiles(e.target.files).then(inspect)} />
            </label>{' '}
            <label className="button">
              {t('chooseFolder')}
              <input type="file" hidden data-testid="folder-input" {...{ webkitdirectory: '' }}
                onChange={(e) => e.target.files && void readPickedFiles(e.target.files).then(inspect)} />
            </label>
          </div>
        )}
        {(phase === 'reading' || phase === 'storing') && (
          <div className="import-progress" data-testid="import-progress">
            <p>
              {phase === 'storing' ? t('importing') : `${t('reading')} ${progress?.layerName ?? ''} · ${progress?.stage === 'converting' ? t('stageConverting') : t('stageReading')}`}
              {progress && ` ${progress.done}/${progress.total} ${t('records')}`}
            </p>
            <progress max={progress?.total || 1} value={progress?.done ?? 0} />
            {phase === 'reading' && <button type="button" data-testid="import-cancel" onClick={cancel}>{t('cancel')}</button>}
          </div>
        )}
        {error && <p role="alert" className="error">{t('errorPrefix')}{error}</p>}
        {problems.length > 0 && (
          <div className="problems" data-testid="import-problems">
            <h3>{t('refusedFiles')}</h3>
            <ul>{problems.map((p, i) => <li key={i}>{describeProblem(p, language)}</li>)}</ul>
          </div>
        )}
        {phase === 'preview' && previews.map((preview, i) => preview && choices[i] && (
          <LayerPreviewCard key={i} index={i} preview={preview} choice={choices[i] as LayerChoice}
            onOptions={(options) => void changeOptions(i, options)}
            onChoice={(change) => setChoices((all) => all.map((c, j) => (j === i ? { ...c, ...change } : c)))} />
        ))}
        <footer>
          {phase === 'preview' && (
            <button type="button" data-testid="import-confirm" disabled={!selectable || anyBlocked} onClick={() => void store()}>
              {t('importSelected')}
            </button>
          )}{' '}
          <button type="button" data-testid="import-close" onClick={() => { cancel(); onClose(); }}>{t('close')}</button>
        </footer>
      </div>
    </div>
  );
}
