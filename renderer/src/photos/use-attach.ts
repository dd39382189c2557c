import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentKind, ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import type { PhotoExif } from '../../../shared/photo/exif-reader.ts';
import type { Survey } from '../survey/survey-context.ts';
import { attachToParcel, prepareAttachment, removeFromParcel, type PreparedAttachment } from './attach-files.ts';

/** What the user is told after adding or removing. */
export interface AttachStatus {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

/** A file to add: its bytes, its name, and Exif facts it lacks (a camera frame's time). */
export interface FileToAdd {
  readonly blob: Blob;
  readonly name: string;
  readonly exif?: Partial<PhotoExif>;
}

/** Adding files to and removing them from one parcel's dossier, with a status line. */
export function useAttach(survey: Survey, parcelId: string) {
  const { t } = useTranslation();
  const { db, session } = survey;
  const [status, setStatus] = useState<AttachStatus>();
  const [busy, setBusy] = useState(false);

  const add = useCallback(async (files: readonly FileToAdd[], kind: AttachmentKind) => {
    if (!session) {
      setStatus({ tone: 'error', text: t('photoNeedsIdentity') });
      return;
    }
    if (files.length === 0) return;
    setBusy(true);
    try {
      const prepared: PreparedAttachment[] = [];
      for (const [i, file] of files.entries()) {
        setStatus({ tone: 'info', text: t('photoAdding', { done: i, total: files.length }) });
        prepared.push(await prepareAttachment(file.blob, file.name, kind, file.exif));
      }
      const added = await attachToParcel(db, session, parcelId, prepared);
      setStatus({ tone: 'info', text: added > 0 ? t('photoAdded', { count: added }) : t('photoAlreadyThere') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('photoAddFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }, [db, session, parcelId, t]);

  const remove = useCallback(async (attachment: ParcelAttachment) => {
    if (!session) {
      setStatus({ tone: 'error', text: t('photoNeedsIdentity') });
      return;
    }
    if (!window.confirm(t('photoRemoveConfirm', { name: attachment.meta.name }))) return;
    await removeFromParcel(session, parcelId, attachment);
    setStatus(undefined);
  }, [session, parcelId, t]);

  return { add, remove, status, busy, canEdit: !!session };
}
