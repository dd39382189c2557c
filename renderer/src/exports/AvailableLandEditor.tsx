import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailableLandDetails } from '../../../shared/export/available-land-list.ts';
import { DETAIL_KEYS, detailsForm, parseDetailsForm, type DetailProblem } from './available-land-fields.ts';
import type { PlannedIncrement } from './available-land-store.ts';
import { incrementForm, parseIncrementForm, type IncrementForm } from './increment-form.ts';

const INCREMENT_KEYS = ['parcelCode', 'name', 'park', 'county', 'location', 'plannedUse', 'areaMu'] as const;
const LONG = new Set(['supplyConditions', 'procedure', 'notes']);

export type EditorTarget =
  | { readonly kind: 'stock'; readonly parcelId: string; readonly parcelCode: string; readonly details: AvailableLandDetails }
  | { readonly kind: 'increment'; readonly increment?: PlannedIncrement };

interface EditorProps {
  readonly target: EditorTarget;
  /** Codes already on the list (an increment must not reuse one). */
  readonly takenCodes: ReadonlySet<string>;
  readonly onSaveDetails: (parcelId: string, details: AvailableLandDetails) => Promise<void>;
  readonly onSaveIncrement: (increment: PlannedIncrement) => Promise<void>;
  readonly onDeleteIncrement: (id: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Edits a stock parcel's supply details, or a planned increment (identity, area in 亩 and details). */
export function AvailableLandEditor({ target, takenCodes, onSaveDetails, onSaveIncrement, onDeleteIncrement, onClose }: EditorProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<IncrementForm>(() => (target.kind === 'stock'
    ? { ...incrementForm(), ...detailsForm(target.details) } : incrementForm(target.increment)));
  const [problems, setProblems] = useState<DetailProblem[]>([]);
  const [error, setError] = useState<string>();
  const existing = target.kind === 'increment' ? target.increment : undefined;
  const keys = target.kind === 'stock' ? DETAIL_KEYS : [...INCREMENT_KEYS, ...DETAIL_KEYS];

  const save = async () => {
    setError(undefined);
    try {
      if (target.kind === 'stock') {
        const parsed = parseDetailsForm(form);
        setProblems(parsed.problems);
        if (parsed.problems.length === 0) await onSaveDetails(target.parcelId, parsed.details);
        if (parsed.problems.length === 0) onClose();
        return;
      }
      const own = target.increment?.parcelCode;
      const taken = new Set([...takenCodes].filter((code) => code !== own));
      const parsed = parseIncrementForm(form, target.increment?.id ?? crypto.randomUUID(), taken);
      setProblems(parsed.problems);
      if (parsed.increment) {
        await onSaveIncrement(parsed.increment);
        onClose();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const title = target.kind === 'stock' ? t('landListEditorTitle', { code: target.parcelCode }) : t('landListIncrementTitle');
  return (
    <form className="land-list-editor" data-testid="land-list-editor" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{title}</h3>
      <div className="land-list-editor-fields">
        {keys.map((key) => (
          <label key={key} className={LONG.has(key) ? 'wide' : undefined}>
            {t(`landListField_${key}`)}
            {LONG.has(key)
              ? <textarea data-testid={`land-field-${key}`} rows={2} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
              : <input data-testid={`land-field-${key}`} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />}
          </label>
        ))}
      </div>
      {problems.length > 0 && (
        <ul className="export-error" role="alert" data-testid="land-list-problems">
          {problems.map((p) => <li key={`${p.field}-${p.code}`}>{t(`landListProblem_${p.code}`, { field: t(`landListField_${p.field}`), code: form.parcelCode.trim() })}</li>)}
        </ul>
      )}
      {error && <p className="export-error" role="alert">{t('exportsFailed', { message: error })}</p>}
      <footer>
        <button type="submit" className="export-primary" data-testid="land-list-save">{t('landListSave')}</button>
        <button type="button" onClick={onClose}>{t('landListCancel')}</button>
        {existing && (
          <button type="button" data-testid="land-list-delete" onClick={() => void onDeleteIncrement(existing.id).then(onClose)}>{t('landListDelete')}</button>
        )}
      </footer>
    </form>
  );
}
