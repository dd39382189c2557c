import { useState, type DragEvent } from 'react';
import { droppedFiles, type PickedFile } from './dropped-files.ts';

/**
 * Drop handlers for an area that takes files itself: the drop is marked handled
 * (preventDefault, stopPropagation) so the app-wide import drop does not also fire.
 * `dragging` is true while files are held over the area.
 */
export function useFileDrop(onFiles: (files: PickedFile[]) => void) {
  const [dragging, setDragging] = useState(false);
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setDragging(false);
      void droppedFiles(e.dataTransfer).then((files) => files.length > 0 && onFiles(files));
    },
  };
  return { dragging, handlers };
}
