import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { EnrollError, enrollDevice } from './enroll-device.ts';
import type { useSync } from './use-sync.ts';

interface SyncDialogProps {
  readonly db: ParcelDeskDatabase;
  readonly sync: ReturnType<typeof useSync>;
  readonly onClose: () => void;
}

/** Hub settings: enroll with an address and a one-time code, or (once connected) sync now / disconnect. */
export function SyncDialog({ db, sync, onClose }: SyncDialogProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { connection } = sync;

  const enroll = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      sync.connected(await enrollDevice(db, url, code));
      setCode('');
    } catch (error) {
      const reason = error instanceof EnrollError ? error : new EnrollError('hubError', String(error));
      setProblem(t(`syncProblem_${reason.problem}`, { detail: reason.detail }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('syncTitle')} data-testid="sync-dialog">
      <div className="dialog sync-dialog">
        <h2>{t('syncTitle')}</h2>
        {connection ? (
          <>
            <p data-testid="sync-connected">
              {t('syncConnected', { url: connection.url, user: connection.user.name, role: t(`syncRole_${connection.user.role}`) })}
            </p>
            <div className="sync-actions">
              <button type="button" data-testid="sync-now" onClick={() => sync.syncNow()}>{t('syncNow')}</button>
              <button type="button" data-testid="sync-disconnect" onClick={() => void sync.disconnect()}>{t('syncDisconnect')}</button>
            </div>
          </>
        ) : (
          <form className="sync-form" onSubmit={(event) => void enroll(event)}>
            <p className="card-hint">{t('syncHint')}</p>
            <label>
              {t('syncUrl')}
              <input data-testid="sync-url" value={url} placeholder="https://" autoComplete="url" onChange={(e) => setUrl(e.target.value)} />
            </label>
            <label>
              {t('syncCode')}
              <input data-testid="sync-code" value={code} autoComplete="off" onChange={(e) => setCode(e.target.value)} />
            </label>
            {problem && <p role="alert" className="error" data-testid="sync-enroll-error">{problem}</p>}
            <button type="submit" data-testid="sync-enroll" disabled={busy || !url.trim() || !code.trim()}>
              {busy ? t('syncEnrolling') : t('syncEnroll')}
            </button>
          </form>
        )}
        <footer>
          <button type="button" data-testid="sync-close" onClick={onClose}>{t('syncClose')}</button>
        </footer>
      </div>
    </div>
  );
}
