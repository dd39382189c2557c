/** A picked or dropped file with its path inside the picked folder ('' prefix for single files). */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** Files from an <input type=file> (a folder picker gives each its relative path). */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function walk(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  if (entry.isFile) {
    return new Promise((resolve, reject) =>
      (entry as FileSystemFileEntry).file((file) => resolve([{ path: `${prefix}${file.name}`, file }]), reject));
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    const next = () => reader.readEntries((batch) => {
      if (batch.length > 0) {
        children.push(...batch);
        next();
        return;
      }
      Promise.all(children.map((child) => walk(child, `${prefix}${entry.name}/`))).then((lists) => resolve(lists.flat()), reject);
    }, reject);
    next();
  });
}

/**
 * Dropped files and folders (walked recursively) as File handles: nothing is read
 * yet, so a folder of large photos costs no memory until each is used.
 * The entries must be taken during the drop event, so call this synchronously in it.
 */
export function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Promise.resolve(pickedFiles(transfer.files));
  return Promise.all(entries.map((entry) => walk(entry, ''))).then((lists) => lists.flat());
}
