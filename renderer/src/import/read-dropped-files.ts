import type { SourceFile } from '../../../shared/import/source-file.ts';

async function fromFile(file: File, path = file.webkitRelativePath || file.name): Promise<SourceFile> {
  return { path, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Picked files (a folder picker gives each file its relative path). */
export function readPickedFiles(files: FileList | readonly File[]): Promise<SourceFile[]> {
  return Promise.all([...files].map((file) => fromFile(file)));
}

function readEntry(entry: FileSystemEntry, prefix: string): Promise<SourceFile[]> {
  if (entry.isFile) {
    return new Promise((resolve, reject) => (entry as FileSystemFileEntry).file(
      (file) => fromFile(file, `${prefix}${file.name}`).then((f) => resolve([f]), reject), reject));
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) {
        Promise.all(all.map((child) => readEntry(child, `${prefix}${entry.name}/`))).then((lists) => resolve(lists.flat()), reject);
        return;
      }
      all.push(...batch);
      next();
    }, reject);
    next();
  });
}

/** Dropped files and folders (folders are walked recursively). */
export async function readDroppedItems(transfer: DataTransfer): Promise<SourceFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return readPickedFiles(transfer.files);
  return (await Promise.all(entries.map((entry) => readEntry(entry, '')))).flat();
}
