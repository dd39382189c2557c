import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDefinition } from '../../../shared/survey/card-fields.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { displayValue, fieldLabel } from '../card/card-text.ts';
import { parseInputValue } from '../card/input-value.ts';
import type { FieldConflict } from './conflict-list.ts';
import { GeometryConflict } from './GeometryConflict.tsx';
import { GEOMETRY_FIELD } from './geometry-conflict-view.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const localTime = (millis: number) => {
  const d = new Date(millis);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

interface ConflictRowProps {
  readonly conflict: FieldConflict;
  readonly parcelCode: string;
  readonly canResolve: boolean;
  readonly onResolve: (value: FieldValue) => void;
  readonly onOpenCard: () => void;
}

/** One conflicted field: the base, every side with who/where/when, pick one or type a new value. */
export function ConflictRow({ conflict, parcelCode, canResolve, onResolve, onOpenCard }: ConflictRowProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const { field } = conflict;
  const kind = fieldDefinition(field)?.kind;
  if (field === GEOMETRY_FIELD) {
    return (
      <li className="conflict-row" data-testid="conflict-row" data-parcel-id={conflict.parcelId} data-field={field}>
        <header>
          <strong>{parcelCode}</strong> · {t('conflictGeometryField')}
          <button type="button" className="conflict-link" onClick={onOpenCard}>{t('conflictsOpenCard')}</button>
        </header>
        <GeometryConflict conflict={conflict} canResolve={canResolve} onResolve={onResolve} timeText={localTime} />
      </li>
    );
  }
  return (
    <li className="conflict-row" data-testid="conflict-row" data-parcel-id={conflict.parcelId} data-field={field}>
      <header>
        <strong>{parcelCode}</strong> · {fieldLabel(t, field)}
        <button type="button" className="conflict-link" onClick={onOpenCard}>{t('conflictsOpenCard')}</button>
      </header>
      <div className="conflict-base" data-testid="conflict-base">{t('conflictBase')}：{displayValue(t, field, conflict.base)}</div>
      <ul className="conflict-sides">
        {conflict.sides.map((side) => (
          <li key={side.hlc} className={side.mine ? 'mine' : 'theirs'} data-testid="conflict-side" data-mine={side.mine}>
            <span className="conflict-who">{side.mine ? t('conflictMine') : t('conflictTheirs')}</span>
            <span className="conflict-value" data-testid="conflict-value">{displayValue(t, field, side.value)}</span>
            <small>{t('conflictBy', { author: side.author, device: side.deviceName, time: localTime(side.millis) })}</small>
            <button type="button" data-testid="conflict-pick" disabled={!canResolve} onClick={() => onResolve(side.value)}>{t('conflictPick')}</button>
          </li>
        ))}
      </ul>
      <div className="conflict-custom">
        <input data-testid="conflict-custom" aria-label={t('conflictCustom')} placeholder={t('conflictCustom')} value={typed}
          disabled={!canResolve} onChange={(e) => setTyped(e.target.value)} />
        <button type="button" data-testid="conflict-apply-custom" disabled={!canResolve || typed.trim() === ''}
          onClick={() => onResolve(kind ? parseInputValue(kind, typed) : typed)}>{t('conflictApplyCustom')}</button>
      </div>
    </li>
  );
}
