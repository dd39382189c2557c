import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import type { Survey } from '../survey/survey-context.ts';
import { CameraDialog } from './CameraDialog.tsx';
import { pickedFiles } from './dropped-files.ts';
import { PhotoThumbnail } from './PhotoThumbnail.tsx';
import { PhotoViewer } from './PhotoViewer.tsx';
import { useAttach } from './use-attach.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useParcelAttachments } from './use-parcel-attachments.ts';

/** A parcel's site photos: thumbnails, full view, and adding from files, drops or the camera. */
export function PhotoGallery({ survey, parcelId }: { readonly survey: Survey; readonly parcelId: string }) {
  const { t } = useTranslation();
  const photos = useParcelAttachments(survey, parcelId, 'photo');
  const { add, remove, status, busy, canEdit } = useAttach(survey, parcelId);
  const [viewing, setViewing] = useState<number>();
  const [camera, setCamera] = useState(false);
  const drop = useFileDrop((files) => void add(files.map(({ file, path }) => ({ blob: file, name: path })), 'photo'));
  const list: readonly ParcelAttachment[] = photos ?? [];

  return (
    <section className={`photo-section${drop.dragging ? ' dragging' : ''}`} data-testid="parcel-photos" {...drop.handlers}>
      <header>
        <h3>{t('photoSectionTitle')} <small>{photos ? list.length : ''}</small></h3>
        <label className={`photo-action${!canEdit || busy ? ' disabled' : ''}`}>
          {t('photoAddFiles')}
          <input type="file" accept="image/*" multiple hidden disabled={!canEdit || busy} data-testid="photo-file-input"
            onChange={(e) => {
              void add(pickedFiles(e.target.files).map(({ file, path }) => ({ blob: file, name: path })), 'photo');
              e.target.value = '';
            }} />
        </label>
        <button type="button" className="photo-action" disabled={!canEdit || busy} data-testid="photo-camera" onClick={() => setCamera(true)}>
          {t('photoTakePicture')}
        </button>
      </header>
      {!canEdit && <p className="photo-hint">{t('photoNeedsIdentity')}</p>}
      {list.length > 0
        ? (
          <ul className="photo-grid">
            {list.map((photo, i) => (
              <PhotoThumbnail key={photo.field} db={survey.db} photo={photo} onOpen={() => setViewing(i)}
                onRemove={canEdit ? () => void remove(photo) : undefined} />
            ))}
          </ul>
        )
        : photos && <p className="photo-hint">{t('photoNone')} · {t('photoDropHint')}</p>}
      {status && <p className={`photo-status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="photo-status">{status.text}</p>}
      {viewing !== undefined && list[viewing] && (
        <PhotoViewer db={survey.db} photos={list} index={viewing} onIndex={setViewing} onClose={() => setViewing(undefined)} />
      )}
      {camera && (
        <CameraDialog
          onCapture={(jpeg, takenAt) => add([{ blob: jpeg, name: `camera-${takenAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.jpg`, exif: { takenAt } }], 'photo')}
          onClose={() => setCamera(false)}
        />
      )}
    </section>
  );
}
