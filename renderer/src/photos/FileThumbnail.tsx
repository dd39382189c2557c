import { useEffect, useState } from 'react';

/** A small preview of a picked file (not yet stored); its object URL is revoked on unmount. */
export function FileThumbnail({ file, alt }: { readonly file: Blob; readonly alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url ? <img className="file-thumb" src={url} alt={alt} loading="lazy" decoding="async" data-testid="photo-match-thumb" /> : null;
}
