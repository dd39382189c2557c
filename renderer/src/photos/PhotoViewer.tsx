import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { formatBytes, formatDirection, formatLonLat, formatTakenAt } from './format.ts';
import { useAttachmentUrl } from './use-attachment-url.ts';

interface PhotoViewerProps {
  readonly db: ParcelDeskDatabase;
  readonly photos: readonly ParcelAttachment[];
  readonly index: number;
  readonly onIndex: (index: number) => void;
  readonly onClose: () => void;
}

/** Full view of one photo with its Exif facts; ←/→ step through, Esc closes. */
export function PhotoViewer({ db, photos, index, onIndex, onClose }: PhotoViewerProps) {
  const { t } = useTranslation();
  const photo = photos[index];
  const url = useAttachmentUrl(db, photo?.meta.sha256 ?? '');
  const count = photos.length;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else if (e.key === 'ArrowLeft' && count > 1) onIndex((index - 1 + count) % count);
      else if (e.key === 'ArrowRight' && count > 1) onIndex((index + 1) % count);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [index, count, onIndex, onClose]);

  if (!photo) return null;
  const { meta } = photo;
  const unknown = t('photoUnknown');
  return (
    <div className="photo-viewer" role="dialog" aria-modal="true" aria-label={t('photoViewerTitle', { index: index + 1, total: count })}
      data-testid="photo-viewer" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="photo-viewer-stage">
        {url.state === 'ready' && <img src={url.url} alt={meta.name} data-testid="photo-viewer-image" />}
        {url.state === 'missing' && <p className="photo-missing">{t('photoMissingFile')}</p>}
      </div>
      <aside className="photo-viewer-facts">
        <h2>{t('photoViewerTitle', { index: index + 1, total: count })}</h2>
        <dl>
          <dt>{t('photoFileName')}</dt><dd>{meta.name} · {formatBytes(meta.byteLength)}</dd>
          <dt>{t('photoTakenAt')}</dt><dd data-testid="photo-viewer-time">{formatTakenAt(meta.takenAt) ?? unknown}</dd>
          <dt>{t('photoPosition')}</dt><dd data-testid="photo-viewer-position">{formatLonLat(meta.lon, meta.lat) ?? unknown}</dd>
          <dt>{t('photoDirection')}</dt><dd data-testid="photo-viewer-direction">{formatDirection(t, meta) ?? unknown}</dd>
        </dl>
        <footer>
          <button type="button" data-testid="photo-viewer-previous" disabled={count < 2} onClick={() => onIndex((index - 1 + count) % count)}>‹ {t('photoPrevious')}</button>
          <button type="button" data-testid="photo-viewer-next" disabled={count < 2} onClick={() => onIndex((index + 1) % count)}>{t('photoNext')} ›</button>
          <button type="button" data-testid="photo-viewer-close" onClick={onClose}>{t('photoClose')}</button>
        </footer>
      </aside>
    </div>
  );
}
