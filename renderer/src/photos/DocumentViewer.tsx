import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../shared/photo/attachment-meta.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { formatBytes } from './format.ts';
import { useAttachmentUrl } from './use-attachment-url.ts';

/**
 * A document inside the app (Electron denies window.open): PDFs in an <iframe>
 * on a blob: URL of the stored bytes, re-labelled application/pdf so only PDF
 * bytes are ever framed (the CSP allows frame-src blob: for this alone); images
 * as <img>; anything else can only be saved. Esc closes.
 */
export function DocumentViewer({ db, meta, onClose }: { readonly db: ParcelDeskDatabase; readonly meta: AttachmentMeta; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const isPdf = meta.mimeType === 'application/pdf';
  const isImage = meta.mimeType.startsWith('image/');
  const url = useAttachmentUrl(db, meta.sha256, isPdf ? 'application/pdf' : undefined);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="photo-viewer" role="dialog" aria-modal="true" aria-label={meta.name} data-testid="document-viewer"
      onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="photo-viewer-stage document-stage">
        {url.state === 'missing' && <p className="photo-missing">{t('photoMissingFile')}</p>}
        {url.state === 'ready' && isPdf && <iframe src={url.url} title={meta.name} data-testid="document-frame" />}
        {url.state === 'ready' && isImage && <img src={url.url} alt={meta.name} data-testid="document-image" />}
        {url.state === 'ready' && !isPdf && !isImage && <p className="photo-missing">{t('documentNoPreview')}</p>}
      </div>
      <aside className="photo-viewer-facts">
        <h2>{meta.name}</h2>
        <p>{meta.mimeType} · {formatBytes(meta.byteLength)}</p>
        <footer>
          {url.state === 'ready' && <a className="button" href={url.url} download={meta.name} data-testid="document-save">{t('documentSave')}</a>}
          <button type="button" data-testid="document-viewer-close" onClick={onClose}>{t('photoClose')}</button>
        </footer>
      </aside>
    </div>
  );
}
