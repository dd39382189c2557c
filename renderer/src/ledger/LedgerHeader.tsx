import { useTranslation } from 'react-i18next';
import { parseNumberCondition } from '../../../shared/search/number-filter.ts';
import type { LedgerColumn } from './ledger-columns.ts';
import type { LedgerFilters, LedgerSort } from './ledger-view.ts';

interface LedgerHeaderProps {
  readonly columns: readonly LedgerColumn[];
  readonly sort: LedgerSort | undefined;
  readonly filters: LedgerFilters;
  readonly onSort: (column: LedgerColumn) => void;
  readonly onFilter: (column: LedgerColumn, value: string) => void;
}

/** Column titles (click to sort ascending, then descending, then unsorted) and one filter per column. */
export function LedgerHeader({ columns, sort, filters, onSort, onFilter }: LedgerHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="ledger-head" role="rowgroup">
      <div className="ledger-row ledger-titles" role="row">
        {columns.map((column) => {
          const direction = sort?.column === column.key ? sort.direction : undefined;
          return (
            <div
              key={column.key} role="columnheader" className={`ledger-title ledger-${column.kind}`}
              aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
            >
              <button type="button" data-testid={`ledger-sort-${column.key}`} onClick={() => onSort(column)}
                title={direction ? t(direction === 'asc' ? 'ledgerSortAsc' : 'ledgerSortDesc') : undefined}>
                {t(`ledgerCol_${column.key}`)}
                <span className="ledger-sort-mark">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}</span>
              </button>
            </div>
          );
        })}
      </div>
      <div className="ledger-row ledger-filters" role="row">
        {columns.map((column) => (
          <div key={column.key} role="cell" className="ledger-filter">
            <ColumnFilter column={column} value={filters[column.key] ?? ''} onChange={(value) => onFilter(column, value)} />
          </div>
        ))}
      </div>
    </div>
  );
}

function ColumnFilter({ column, value, onChange }: { column: LedgerColumn; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const testId = `ledger-filter-${column.key}`;
  const label = t(`ledgerCol_${column.key}`);
  if (column.kind === 'choice' || column.kind === 'flag') {
    const choices = column.kind === 'choice' ? column.choices.map((c) => [c, t(`${column.labelPrefix}_${c}`)]) : [['yes', t('ledgerYes')], ['no', t('ledgerNo')]];
    return (
      <select data-testid={testId} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('ledgerAny')}</option>
        {choices.map(([code, text]) => <option key={code} value={code}>{text}</option>)}
      </select>
    );
  }
  const invalid = column.kind === 'number' && value.trim() !== '' && !parseNumberCondition(value);
  return (
    <input
      type="search" data-testid={testId} aria-label={label} value={value} aria-invalid={invalid}
      placeholder={t(column.kind === 'number' ? 'ledgerFilterNumber' : 'ledgerFilterText')}
      title={column.kind === 'number' ? t('ledgerFilterNumberHint') : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

