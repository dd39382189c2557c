import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { PhotoFolderMatchDialog } from './PhotoFolderMatchDialog.tsx';

/**
 * Toolbar button that opens the photo-to-parcel matching dialog (needs an open project).
 * The dialog is portalled to <body> so it does not inherit the top bar's colours.
 */
export function PhotoFolderButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="photo-folder-button" data-testid="photo-folder-button" onClick={() => setOpen(true)}>
        {t('photoMatchButton')}
      </button>
      {open && createPortal(<PhotoFolderMatchDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
