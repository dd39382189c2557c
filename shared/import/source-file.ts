/** One input file as picked, dropped or found in a zip: its path (folders with '/') and bytes. */
export interface SourceFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The extension, lower-cased, without the dot ('' when none). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The path without its extension. */
export function stemOf(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/** The last path segment without extension: a layer's display name. */
export function baseNameOf(path: string): string {
  const stem = stemOf(path);
  return stem.slice(stem.lastIndexOf('/') + 1);
}
