import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../photos/format.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { Survey } from '../survey/survey-context.ts';
import { listRecipients, type HandoffRecord } from './handoff-store.ts';
import { usePackageExport, type ExportState } from './use-package-export.ts';

/** What the export has come to: progress, the package's size and content, or the outcome of saving. */
function ExportStatus({ state }: { readonly state: ExportState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'building':
      return (
        <div className="exchange-progress">
          <progress data-testid="exchange-progress" max={1} value={state.done} />
          <span>{t(`exchangeStep_${state.step}`)}</span>
        </div>
      );
    case 'built': {
      const { counts, bytes, missingAttachments } = state.built;
      return (
        <p data-testid="exchange-built">
          {t('exchangeBuilt', { size: formatBytes(bytes.length), ...counts })}
          {missingAttachments > 0 && ` ${t('exchangeMissingFiles', { count: missingAttachments })}`}
        </p>
      );
    }
    case 'nothing':
      return <p data-testid="exchange-nothing">{t('exchangeNothingToSend', { recipient: state.recipient })}</p>;
    case 'saved':
      return <p data-testid="exchange-saved">{t('exchangeSaved', { name: state.name, size: formatBytes(state.byteLength) })}</p>;
    case 'notSaved':
      return <p>{t('exchangeNotSaved')}</p>;
    case 'error':
      return <p role="alert" className="error">{t('exchangeFailed', { message: state.message })}</p>;
    default:
      return null;
  }
}

/** Export: whole project or changes since the last hand-off to a recipient, built with progress, then saved to a file. */
export function ExportSection({ db, survey }: { readonly db: ParcelDeskDatabase; readonly survey: Survey | undefined }) {
  const { t } = useTranslation();
  const project = survey?.loaded.project;
  const { state, build, save } = usePackageExport(db, project, survey?.identity);
  const [scope, setScope] = useState<'full' | 'changes'>('changes');
  const [recipient, setRecipient] = useState('');
  const [recipients, setRecipients] = useState<HandoffRecord[]>([]);
  const [missingRecipient, setMissingRecipient] = useState(false);

  useEffect(() => {
    if (project) void listRecipients(db, project.id).then(setRecipients);
  }, [db, project, state.kind]);

  if (!survey || !project) return <p className="card-hint">{t('exchangeNoProject')}</p>;
  if (!survey.identity) return <p className="card-hint" data-testid="exchange-needs-identity">{t('exchangeIdentityRequired')}</p>;
  const last = recipients.find((r) => r.recipient === recipient.trim());
  const onBuild = () => {
    const name = recipient.trim();
    if (scope === 'changes' && !name) {
      setMissingRecipient(true);
      return;
    }
    setMissingRecipient(false);
    void build(scope === 'full' ? { kind: 'full', ...(name ? { recipient: name } : {}) } : { kind: 'changes', recipient: name });
  };
  return (
    <section className="exchange-section" data-testid="exchange-export">
      <h3>{t('exchangeExportTitle')}</h3>
      <label><input type="radio" name="exchange-scope" data-testid="exchange-scope-changes" checked={scope === 'changes'} onChange={() => setScope('changes')} /> {t('exchangeScopeChanges')}</label>
      <label><input type="radio" name="exchange-scope" data-testid="exchange-scope-full" checked={scope === 'full'} onChange={() => setScope('full')} /> {t('exchangeScopeFull')}</label>
      <label className="exchange-recipient">
        {t('exchangeRecipient')}
        <input data-testid="exchange-recipient" list="exchange-recipients" value={recipient} placeholder={t('exchangeRecipientPlaceholder')} onChange={(e) => setRecipient(e.target.value)} />
        <datalist id="exchange-recipients">{recipients.map((r) => <option key={r.recipient} value={r.recipient} />)}</datalist>
      </label>
      {missingRecipient && <p role="alert" className="error">{t('exchangeRecipientRequired')}</p>}
      {last && <p className="card-hint">{t('exchangeLastHandoff', { recipient: last.recipient, time: new Date(last.lastAt).toLocaleString() })}</p>}
      <div className="exchange-actions">
        <button type="button" data-testid="exchange-build" disabled={state.kind === 'building'} onClick={onBuild}>{t('exchangeBuild')}</button>
        <button type="button" data-testid="exchange-save" disabled={state.kind !== 'built'} onClick={() => void save()}>{t('exchangeSave')}</button>
      </div>
      <ExportStatus state={state} />
    </section>
  );
}
