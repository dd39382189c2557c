import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurvey } from '../survey/survey-context.ts';
import { pickedFiles, type PickedFile } from './dropped-files.ts';
import { attachMatchedPhotos, imageFiles, matchToParcels, readPhotoExif, type MatchedPhoto } from './folder-match.ts';
import { PhotoMatchTable } from './PhotoMatchTable.tsx';
import { useFileDrop } from './use-file-drop.ts';
import './photos.css';

type Step =
  | { readonly kind: 'pick' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'results'; readonly photos: readonly MatchedPhoto[] }
  | { readonly kind: 'attaching'; readonly photos: readonly MatchedPhoto[]; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly photos: readonly MatchedPhoto[]; readonly added: number; readonly parcels: number };

/**
 * Geotagged photos from a separate camera or drone → their parcels: pick a folder
 * or files (or drop them), read each photo's GPS position, find the parcel that
 * holds it, review, then attach all matched photos (one edit per parcel).
 */
export function PhotoFolderMatchDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { db, index, session } = useSurvey();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string>();
  const busy = step.kind === 'reading' || step.kind === 'attaching';

  const readFiles = async (files: readonly PickedFile[]) => {
    const images = imageFiles(files);
    setError(undefined);
    setStep({ kind: 'reading', done: 0, total: images.length });
    try {
      const read = await readPhotoExif(images, (done) => setStep({ kind: 'reading', done, total: images.length }));
      setStep({ kind: 'results', photos: await matchToParcels(db, index, read) });
    } catch (e) {
      setError(t('photoMatchFailed', { message: e instanceof Error ? e.message : String(e) }));
      setStep({ kind: 'pick' });
    }
  };
  const drop = useFileDrop((files) => !busy && void readFiles(files));

  const confirm = async (photos: readonly MatchedPhoto[]) => {
    if (!session) return;
    setError(undefined);
    try {
      const result = await attachMatchedPhotos(db, session, photos, (done, total) => setStep({ kind: 'attaching', photos, done, total }));
      setStep({ kind: 'done', photos, added: result.photos, parcels: result.parcels });
    } catch (e) {
      setError(t('photoAddFailed', { message: e instanceof Error ? e.message : String(e) }));
      setStep({ kind: 'results', photos });
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !busy && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  const photos = step.kind === 'results' || step.kind === 'attaching' || step.kind === 'done' ? step.photos : undefined;
  const matched = photos?.filter((p) => p.match.status === 'matched').length ?? 0;
  return (
    <div className="dialog-backdrop">
      <div className={`dialog photo-match-dialog${drop.dragging ? ' dragging' : ''}`} role="dialog" aria-label={t('photoMatchTitle')}
        data-testid="photo-match-dialog" {...drop.handlers}>
        <h2>{t('photoMatchTitle')}</h2>
        <p className="photo-hint">{t('photoMatchHint')}</p>
        <div className="photo-match-pick">
          <label className={`button${busy ? ' disabled' : ''}`}>
            {t('photoMatchPickFolder')}
            <input type="file" hidden disabled={busy} data-testid="photo-match-folder-input" {...{ webkitdirectory: '' }}
              onChange={(e) => { void readFiles(pickedFiles(e.target.files)); e.target.value = ''; }} />
          </label>
          <label className={`button${busy ? ' disabled' : ''}`}>
            {t('photoMatchPickFiles')}
            <input type="file" accept="image/*" multiple hidden disabled={busy} data-testid="photo-match-files-input"
              onChange={(e) => { void readFiles(pickedFiles(e.target.files)); e.target.value = ''; }} />
          </label>
          <span className="photo-hint">{t('photoMatchDrop')}</span>
        </div>
        {step.kind === 'reading' && <p role="status" data-testid="photo-match-progress">{t('photoMatchReading', { done: step.done, total: step.total })}</p>}
        {photos && (
          <>
            <p data-testid="photo-match-summary">{t('photoMatchSummary', { total: photos.length, matched, unmatched: photos.length - matched })}</p>
            <PhotoMatchTable photos={photos} index={index} />
          </>
        )}
        {step.kind === 'attaching' && <p role="status" data-testid="photo-match-progress">{t('photoMatchAttaching', { done: step.done, total: step.total })}</p>}
        {step.kind === 'done' && <p role="status" className="photo-status info" data-testid="photo-match-done">{t('photoMatchDone', { photos: step.added, parcels: step.parcels })}</p>}
        {!session && photos && <p className="photo-status error">{t('photoNeedsIdentity')}</p>}
        {error && <p role="alert" className="photo-status error">{error}</p>}
        <footer>
          <button type="button" data-testid="photo-match-close" disabled={busy} onClick={onClose}>{t('photoClose')}</button>
          {step.kind !== 'done' && (
            <button type="button" className="primary" data-testid="photo-match-confirm"
              disabled={!session || busy || matched === 0 || !photos} onClick={() => photos && void confirm(photos)}>
              {t('photoMatchConfirm', { count: matched })}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
