import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserIdentity } from './user-identity.ts';

interface IdentityDialogProps {
  readonly identity: UserIdentity | undefined;
  readonly onSave: (author: string, deviceName: string) => Promise<void>;
  readonly onClose?: () => void;
}

/** Asks once for the surveyor's name and the device's name; both are stamped on every change. */
export function IdentityDialog({ identity, onSave, onClose }: IdentityDialogProps) {
  const { t } = useTranslation();
  const [author, setAuthor] = useState(identity?.author ?? '');
  const [deviceName, setDeviceName] = useState(identity?.deviceName ?? '');
  const [error, setError] = useState<string>();
  const submit = async () => {
    if (!author.trim() || !deviceName.trim()) {
      setError(t('identityRequired'));
      return;
    }
    await onSave(author, deviceName);
    onClose?.();
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog identity-dialog" role="dialog" aria-label={t('identityTitle')} data-testid="identity-dialog"
        onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2>{t('identityTitle')}</h2>
        <p>{t('identityHint')}</p>
        <label>{t('identityAuthor')} <input data-testid="identity-author" value={author} onChange={(e) => setAuthor(e.target.value)} autoFocus /></label>
        <label>{t('identityDevice')} <input data-testid="identity-device" value={deviceName} placeholder={t('identityDevicePlaceholder')} onChange={(e) => setDeviceName(e.target.value)} /></label>
        {error && <p role="alert" className="error">{error}</p>}
        <footer>
          {onClose && <button type="button" onClick={onClose}>×</button>}
          <button type="submit" data-testid="identity-save">{t('identitySave')}</button>
        </footer>
      </form>
    </div>
  );
}
