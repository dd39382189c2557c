import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from './sync-status.ts';
import { useSyncView } from './sync-status-store.ts';
import './sync.css';

function label(status: SyncStatus, t: TFunction): string {
  switch (status.kind) {
    case 'off': return '';
    case 'offline': return t('syncStatusOffline');
    case 'syncing': return status.totalBytes
      ? t('syncStatusSyncingBytes', { percent: Math.floor((100 * (status.sentBytes ?? 0)) / status.totalBytes) })
      : t('syncStatusSyncing');
    case 'upToDate': return t('syncStatusUpToDate');
    case 'conflicts': return t('syncStatusConflicts', { count: status.count });
    case 'error': return t('syncStatusError', { reason: t(`syncReason_${status.code}`) });
  }
}

function detail(status: SyncStatus, t: TFunction): string {
  const time = (at: number) => new Date(at).toLocaleTimeString();
  if (status.kind === 'upToDate' || status.kind === 'conflicts') return t('syncStatusLastAt', { time: time(status.at) });
  if (status.kind === 'error') return `${status.detail}\n${t('syncStatusRetryAt', { time: time(status.retryAt) })}`;
  return '';
}

/** The status bar's sync state: 离线 / 同步中 / 已同步 / N 处冲突 / 错误（原因）; nothing when no hub is set up. */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const { status, url } = useSyncView();
  if (status.kind === 'off') return null;
  const title = [t('syncStatusTitle', { url }), detail(status, t)].filter(Boolean).join('\n');
  return (
    <span data-testid="status-sync" data-state={status.kind} data-count={status.kind === 'conflicts' ? status.count : 0}
      className={`sync-status sync-status-${status.kind}`} title={title}>
      ⇅ {label(status, t)}
    </span>
  );
}
