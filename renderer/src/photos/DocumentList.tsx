import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../shared/photo/attachment-meta.ts';
import type { Survey } from '../survey/survey-context.ts';
import { pickedFiles } from './dropped-files.ts';
import { DocumentViewer } from './DocumentViewer.tsx';
import { formatBytes } from './format.ts';
import { useAttach } from './use-attach.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useParcelAttachments } from './use-parcel-attachments.ts';

/** A parcel's documents (contracts, approvals, scans): listed with size, viewed in the app, added from files or drops. */
export function DocumentList({ survey, parcelId }: { readonly survey: Survey; readonly parcelId: string }) {
  const { t } = useTranslation();
  const documents = useParcelAttachments(survey, parcelId, 'document');
  const { add, remove, status, busy, canEdit } = useAttach(survey, parcelId);
  const [viewing, setViewing] = useState<AttachmentMeta>();
  const drop = useFileDrop((files) => void add(files.map(({ file, path }) => ({ blob: file, name: path })), 'document'));

  return (
    <section className={`photo-section${drop.dragging ? ' dragging' : ''}`} data-testid="parcel-documents" {...drop.handlers}>
      <header>
        <h3>{t('documentSectionTitle')} <small>{documents ? documents.length : ''}</small></h3>
        <label className={`photo-action${!canEdit || busy ? ' disabled' : ''}`}>
          {t('documentAdd')}
          <input type="file" accept=".pdf,application/pdf,image/*" multiple hidden disabled={!canEdit || busy} data-testid="document-file-input"
            onChange={(e) => {
              void add(pickedFiles(e.target.files).map(({ file, path }) => ({ blob: file, name: path })), 'document');
              e.target.value = '';
            }} />
        </label>
      </header>
      {documents && documents.length > 0
        ? (
          <ul className="document-list">
            {documents.map((doc) => (
              <li key={doc.field} data-testid="document-row" data-sha256={doc.meta.sha256}>
                <span className="document-name" title={doc.meta.name}>{doc.meta.name}</span>
                <span className="document-size">{formatBytes(doc.meta.byteLength)}</span>
                <button type="button" data-testid="document-open" onClick={() => setViewing(doc.meta)}>{t('documentOpen')}</button>
                {canEdit && <button type="button" data-testid="document-remove" onClick={() => void remove(doc)}>{t('photoRemove')}</button>}
              </li>
            ))}
          </ul>
        )
        : documents && <p className="photo-hint">{t('documentNone')} · {t('documentDropHint')}</p>}
      {status && <p className={`photo-status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="document-status">{status.text}</p>}
      {viewing && <DocumentViewer db={survey.db} meta={viewing} onClose={() => setViewing(undefined)} />}
    </section>
  );
}
