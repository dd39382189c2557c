import { useContext, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardFieldDefinition } from '../../../shared/survey/card-fields.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { ConflictBadge } from '../conflicts/ConflictBadge.tsx';
import { CardContext } from './card-context.ts';
import { choiceLabel, unitLabel } from './card-text.ts';
import { parseInputValue, valueToInput } from './input-value.ts';

export interface FieldEditorProps {
  readonly definition: CardFieldDefinition;
  /** The key stored (a yearly figure's key differs from its metric definition's). */
  readonly fieldKey: string;
  readonly label: string;
  readonly value: FieldValue | undefined;
  readonly invalid: boolean;
  readonly readOnly: boolean;
  readonly onCommit: (field: string, oldValue: FieldValue, newValue: FieldValue) => void;
}

/**
 * The input for one field. Text, number and date inputs are plain text boxes
 * (what the user typed is kept even when invalid) stored when left or on Enter;
 * choices and flags are stored as soon as they change. Escape puts the stored value back.
 */
export function FieldEditor({ definition, fieldKey, label, value, invalid, readOnly, onCommit }: FieldEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string>();
  const stored = value ?? null;
  const common = { 'data-testid': `field-${fieldKey}`, 'aria-label': label, 'aria-invalid': invalid || undefined, disabled: readOnly };
  const commitText = () => {
    if (draft === undefined) return;
    setDraft(undefined);
    if (draft === valueToInput(stored)) return;
    onCommit(fieldKey, stored, parseInputValue(definition.kind, draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitText();
    else if (event.key === 'Escape') setDraft(undefined);
  };
  switch (definition.kind) {
    case 'flag':
      return <input type="checkbox" {...common} checked={stored === true} onChange={(e) => onCommit(fieldKey, stored, e.target.checked)} />;
    case 'choice': {
      const current = stored === null ? '' : String(stored);
      const listed = definition.choices ?? [];
      return (
        <select {...common} value={current} onChange={(e) => onCommit(fieldKey, stored, e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('cardChooseNone')}</option>
          {current !== '' && !listed.includes(current) && <option value={current}>{t('cardUnknownChoice', { value: current })}</option>}
          {listed.map((choice) => <option key={choice} value={choice}>{choiceLabel(t, fieldKey, choice)}</option>)}
        </select>
      );
    }
    case 'longText':
      return (
        <textarea {...common} rows={2} value={draft ?? valueToInput(stored)} onChange={(e) => setDraft(e.target.value)} onBlur={commitText}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(undefined)} />
      );
    default:
      return (
        <input type="text" {...common} value={draft ?? valueToInput(stored)} onChange={(e) => setDraft(e.target.value)}
          onBlur={commitText} onKeyDown={onKeyDown}
          inputMode={definition.kind === 'number' ? 'decimal' : undefined}
          placeholder={definition.kind === 'date' ? 'YYYY-MM-DD' : undefined} />
      );
  }
}

/** A labelled field with its unit and inline validation messages. */
export function CardField(props: FieldEditorProps & { readonly messages: readonly string[] }) {
  const { t } = useTranslation();
  const unit = unitLabel(t, props.definition.unit);
  const conflicted = useContext(CardContext)?.conflicts?.includes(props.fieldKey);
  return (
    <div className={`card-field kind-${props.definition.kind}${props.messages.length > 0 ? ' invalid' : ''}`}>
      <label>
        <span className="card-field-label">{props.label}{conflicted && <ConflictBadge field={props.fieldKey} />}</span>
        <span className="card-field-input">
          <FieldEditor {...props} />
          {unit && <span className="card-unit">{unit}</span>}
        </span>
      </label>
      {props.messages.map((message) => (
        <p key={message} className="card-issue" role="alert" data-testid={`issue-${props.fieldKey}`}>{message}</p>
      ))}
    </div>
  );
}
