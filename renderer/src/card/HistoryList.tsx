import { useTranslation } from 'react-i18next';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { parseHlc } from '../../../shared/sync/hlc.ts';
import { displayValue, fieldLabel } from './card-text.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An operation's local time, "2026-11-26 16:15:30", from its clock stamp. */
function operationTime(op: FieldOperation): string {
  const stamp = parseHlc(op.hlc);
  if (!stamp) return op.hlc;
  const d = new Date(stamp.millis);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The parcel's changes, newest first: when, who on which device, which field, old → new; undo and redo marked. */
export function HistoryList({ history }: { readonly history: readonly FieldOperation[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="card-hint">{t('cardHistoryEmpty')}</p>;
  return (
    <ol className="card-history" data-testid="card-history">
      {history.map((op) => (
        <li key={op.id} data-testid="history-entry" data-field={op.field} className={op.undoOf ? 'undo' : op.redoOf ? 'redo' : undefined}>
          <div className="card-history-meta">
            <time>{operationTime(op)}</time>
            <span>{t('cardHistoryWho', { author: op.author, device: op.deviceName })}</span>
            {op.undoOf && <span className="card-history-mark">{t('cardHistoryUndo')}</span>}
            {op.redoOf && <span className="card-history-mark">{t('cardHistoryRedo')}</span>}
            {op.origin === 'remote' && <span className="card-history-mark">{t('cardHistoryRemote')}</span>}
          </div>
          <div className="card-history-change">
            <strong>{fieldLabel(t, op.field)}</strong>：
            <span className="old">{displayValue(t, op.field, op.oldValue)}</span> → <span className="new">{displayValue(t, op.field, op.newValue)}</span>
          </div>
        </li>
      ))}
    </ol>
  );
}
