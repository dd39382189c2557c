import { useCallback, useEffect, useState } from 'react';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';
import { LEDGER_COLUMN_KEYS, visibleColumns, type LedgerColumnKey } from './ledger-columns.ts';

const SETTING_KEY = 'ledger.visibleColumns';

/** The ledger's visible columns, remembered in the database's settings. */
export function useColumnChoice(db: ParcelDeskDatabase): [readonly LedgerColumnKey[], (next: readonly LedgerColumnKey[]) => void] {
  const [columns, setColumns] = useState<readonly LedgerColumnKey[]>(LEDGER_COLUMN_KEYS);

  useEffect(() => {
    let cancelled = false;
    void readSetting<string[] | undefined>(db, SETTING_KEY, undefined).then((saved) => {
      if (!cancelled && saved) setColumns(visibleColumns(saved));
    });
    return () => {
      cancelled = true;
    };
  }, [db]);

  const choose = useCallback((next: readonly LedgerColumnKey[]) => {
    const kept = visibleColumns(next);
    setColumns(kept);
    void writeSetting(db, SETTING_KEY, kept);
  }, [db]);

  return [columns, choose];
}
