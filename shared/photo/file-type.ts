/** Types the dossier shows in the app; everything else is kept and offered for saving only. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  bmp: 'image/bmp', tif: 'image/tiff', tiff: 'image/tiff', heic: 'image/heic', pdf: 'application/pdf',
};

const startsWith = (head: Uint8Array, signature: readonly number[]) => signature.every((b, i) => head[i] === b);

/**
 * A file's MIME type from its first bytes (JPEG, PNG, PDF, GIF), else from its
 * extension, else what the system declared, else application/octet-stream.
 * The bytes win so that a misnamed file is still shown (or not) by what it is.
 */
export function detectMimeType(head: Uint8Array, name: string, declared = ''): string {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || declared || 'application/octet-stream';
}

/** The last path segment of a name picked from a folder ('DCIM/100/IMG_1.JPG' → 'IMG_1.JPG'). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
