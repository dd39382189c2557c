import { useEffect, useState } from 'react';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { loadAttachmentBlob } from './attachment-store.ts';

/** 'loading', 'missing' (this device does not hold the file) or an object URL. */
export type AttachmentUrl = { readonly state: 'loading' | 'missing' } | { readonly state: 'ready'; readonly url: string; readonly blob: Blob };

/**
 * An object URL for a stored file, revoked when the component unmounts or the
 * file changes, so viewing many photos does not keep their bytes alive.
 * `type` re-labels the Blob (e.g. application/pdf for the PDF viewer).
 */
export function useAttachmentUrl(db: ParcelDeskDatabase, sha256: string, type?: string): AttachmentUrl {
  const [result, setResult] = useState<{ key: string; value: AttachmentUrl }>();
  const key = `${sha256}|${type ?? ''}`;

  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    void loadAttachmentBlob(db, sha256).then((stored) => {
      if (cancelled) return;
      if (!stored) {
        setResult({ key, value: { state: 'missing' } });
        return;
      }
      const blob = type && stored.type !== type ? new Blob([stored], { type }) : stored;
      url = URL.createObjectURL(blob);
      setResult({ key, value: { state: 'ready', url, blob } });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [db, sha256, type, key]);

  return result?.key === key ? result.value : { state: 'loading' };
}
