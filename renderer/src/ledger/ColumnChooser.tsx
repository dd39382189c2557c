import { useTranslation } from 'react-i18next';
import { LEDGER_COLUMN_KEYS, type LedgerColumnKey } from './ledger-columns.ts';

interface ColumnChooserProps {
  readonly columns: readonly LedgerColumnKey[];
  readonly onChange: (columns: readonly LedgerColumnKey[]) => void;
}

/** Check boxes for the ledger's columns; the last visible column cannot be hidden. */
export function ColumnChooser({ columns, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  return (
    <details className="ledger-column-chooser" data-testid="ledger-columns">
      <summary>{t('ledgerColumns')}</summary>
      <div className="ledger-column-list">
        {LEDGER_COLUMN_KEYS.map((key) => {
          const shown = columns.includes(key);
          return (
            <label key={key}>
              <input
                type="checkbox" data-testid={`ledger-column-${key}`} checked={shown} disabled={shown && columns.length === 1}
                onChange={() => onChange(shown ? columns.filter((k) => k !== key) : [...columns, key])}
              />
              {t(`ledgerCol_${key}`)}
            </label>
          );
        })}
      </div>
    </details>
  );
}
