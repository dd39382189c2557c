import { useTranslation } from 'react-i18next';
import { toGaussKruger3 } from '../../../shared/geodesy/gauss-kruger-zone.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';
import type { StorageStatus } from '../storage/storage-quota.ts';
import { SyncStatusIndicator } from '../sync/SyncStatusIndicator.tsx';
import { useOnlineStatus } from './use-online-status.ts';

interface StatusBarProps {
  readonly cursor: LonLat | null;
  readonly storage: StorageStatus | undefined;
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Bottom bar: connectivity, storage, and the coordinates under the pointer. */
export function StatusBar({ cursor, storage }: StatusBarProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const gk = cursor ? toGaussKruger3(cursor[0], cursor[1]) : null;
  return (
    <footer className="status-bar">
      <span data-testid="status-online" className={online ? 'online' : 'offline'}>
        ● {online ? t('online') : t('offline')}
      </span>
      <SyncStatusIndicator />
      <span data-testid="status-storage">
        {t('storageUsed')}: {formatBytes(storage?.usageBytes)}
        {storage ? ` (${storage.persisted ? t('storagePersisted') : t('storageNotPersisted')})` : ''}
      </span>
      <span data-testid="status-cursor" className="cursor">
        {cursor && gk ? (
          <>
            {t('cursorLonLat')} {cursor[0].toFixed(6)}°E {cursor[1].toFixed(6)}°N
            {' · '}
            {t('cursorGaussKruger', { zone: gk.zone.zone })} X {gk.northingMeters.toFixed(2)} Y {gk.eastingWithPrefixMeters.toFixed(2)}
          </>
        ) : (
          t('cursorNone')
        )}
      </span>
    </footer>
  );
}
