import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';
import { ColumnChooser } from './ColumnChooser.tsx';
import { ledgerColumn, type LedgerColumn } from './ledger-columns.ts';
import { LedgerTable } from './LedgerTable.tsx';
import { LedgerView, type LedgerFilters, type LedgerSort } from './ledger-view.ts';
import { useColumnChoice } from './use-column-choice.ts';
import './ledger.css';

const collator = new Intl.Collator('zh-CN');

/** The ledger table (台账) of all parcels: sortable, filterable, in step with the map's selection. */
export function LedgerPanel() {
  const { t, i18n } = useTranslation();
  const { db, index, workspace } = useSurvey();
  const { selection, highlight } = useWorkspace(workspace);
  const [columnKeys, setColumnKeys] = useColumnChoice(db);
  const [sort, setSort] = useState<LedgerSort>();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [onlySearch, setOnlySearch] = useState(false);
  const view = useMemo(() => new LedgerView(collator.compare), []);
  const rows = index.rows;
  const deferredFilters = useDeferredValue(filters);
  const sorted = useMemo(() => view.positions(rows, sort, deferredFilters), [view, rows, sort, deferredFilters]);
  const searchActive = onlySearch && highlight.size > 0;
  const positions = useMemo(
    () => (searchActive ? sorted.filter((i) => highlight.has((rows[i] as ParcelRow).parcelId)) : sorted),
    [searchActive, sorted, highlight, rows],
  );
  const columns = useMemo(() => columnKeys.map(ledgerColumn), [columnKeys]);
  const count = new Intl.NumberFormat(i18n.language);

  const onSort = (column: LedgerColumn) => setSort((previous) => {
    if (previous?.column !== column.key) return { column: column.key, direction: 'asc' };
    return previous.direction === 'asc' ? { column: column.key, direction: 'desc' } : undefined;
  });
  const onFilter = (column: LedgerColumn, value: string) => setFilters((previous) => ({ ...previous, [column.key]: value }));
  const filtered = Object.values(filters).some((value) => value?.trim());

  return (
    <section className="ledger-panel" data-testid="ledger" aria-label={t('ledgerTitle')}>
      <header className="ledger-bar">
        <h2>{t('ledgerTitle')}</h2>
        <span data-testid="ledger-count" className="ledger-count">
          {t('ledgerCount', { total: count.format(rows.length), shown: count.format(positions.length) })}
        </span>
        <label className="ledger-only-search">
          <input type="checkbox" data-testid="ledger-only-search" checked={onlySearch} onChange={(e) => setOnlySearch(e.target.checked)} />
          {t('ledgerOnlySearch')}
        </label>
        <button type="button" data-testid="ledger-clear-filters" disabled={!filtered} onClick={() => setFilters({})}>{t('ledgerClearFilters')}</button>
        <ColumnChooser columns={columnKeys} onChange={setColumnKeys} />
        <span className="ledger-hint">{t('ledgerKeyboardHint')}</span>
      </header>
      <LedgerTable
        rows={rows} positions={positions} columns={columns} sort={sort} filters={filters}
        onSort={onSort} onFilter={onFilter} workspace={workspace} selection={selection}
      />
    </section>
  );
}
