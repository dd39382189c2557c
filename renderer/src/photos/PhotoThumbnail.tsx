import { useTranslation } from 'react-i18next';
import type { ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { formatTakenAt } from './format.ts';
import { useAttachmentUrl } from './use-attachment-url.ts';

interface PhotoThumbnailProps {
  readonly db: ParcelDeskDatabase;
  readonly photo: ParcelAttachment;
  readonly onOpen: () => void;
  readonly onRemove?: () => void;
}

/** A small image of one photo (its object URL revoked on unmount); click opens the full view. */
export function PhotoThumbnail({ db, photo, onOpen, onRemove }: PhotoThumbnailProps) {
  const { t } = useTranslation();
  const url = useAttachmentUrl(db, photo.meta.sha256);
  const caption = formatTakenAt(photo.meta.takenAt) ?? photo.meta.name;
  return (
    <li className="photo-thumb" data-testid="photo-thumb" data-sha256={photo.meta.sha256}>
      <button type="button" className="photo-thumb-open" title={`${photo.meta.name}\n${caption}`} onClick={onOpen}>
        {url.state === 'ready'
          ? <img src={url.url} alt={photo.meta.name} loading="lazy" decoding="async" />
          : <span className="photo-missing">{url.state === 'missing' ? t('photoMissingFile') : '…'}</span>}
      </button>
      {onRemove && (
        <button type="button" className="photo-thumb-remove" aria-label={`${t('photoRemove')} ${photo.meta.name}`} title={t('photoRemove')}
          data-testid="photo-remove" onClick={onRemove}>×</button>
      )}
    </li>
  );
}
