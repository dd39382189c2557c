import { useEffect, useState } from 'react';
import { parcelAttachments, type AttachmentKind, type ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import type { Survey } from '../survey/survey-context.ts';

/**
 * A parcel's current attachments of one kind, in the order they were added;
 * read from the parcel's stored edits and read again after every edit, undo or
 * redo that touches the parcel. Undefined while loading.
 */
export function useParcelAttachments(survey: Survey, parcelId: string, kind: AttachmentKind): readonly ParcelAttachment[] | undefined {
  const { db, session } = survey;
  const [state, setState] = useState<{ parcelId: string; list: readonly ParcelAttachment[] }>();

  useEffect(() => {
    let cancelled = false;
    const load = () => void db.parcelEdits.get(parcelId).then((edits) => {
      if (!cancelled) setState({ parcelId, list: edits ? parcelAttachments(edits.values, edits.clocks, kind) : [] });
    });
    load();
    const unsubscribe = session?.subscribe((ops) => {
      if (ops.some((op) => op.parcelId === parcelId && op.field.startsWith(`${kind}.`))) load();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [db, session, parcelId, kind]);

  return state?.parcelId === parcelId ? state.list : undefined;
}
