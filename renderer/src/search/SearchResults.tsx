import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, localIsoDate } from '../../../shared/search/parcel-filter.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { visibleRange } from '../ledger/virtual-window.ts';

const ROW_HEIGHT = 48;
const MAX_HEIGHT = 420;
const OVERSCAN = 6;

interface SearchResultsProps {
  readonly rows: readonly ParcelRow[];
  readonly matches: readonly number[];
  readonly selection: ReadonlySet<string>;
  readonly onOpen: (row: ParcelRow) => void;
}

/** The matching parcels as a scrolling list; only the rows in view are in the page. */
export function SearchResults({ rows, matches, selection, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const height = Math.min(MAX_HEIGHT, matches.length * ROW_HEIGHT);
  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT, matches.length, OVERSCAN);
  const today = localIsoDate(new Date());

  useEffect(() => {
    if (listRef.current) listRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [matches]);

  if (matches.length === 0) return <p className="search-empty" data-testid="search-empty">{t('searchNoResults')}</p>;
  return (
    <div
      ref={listRef} className="search-results" data-testid="search-results" role="listbox" aria-label={t('searchResultsLabel')}
      style={{ height }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: matches.length * ROW_HEIGHT, position: 'relative' }}>
        {matches.slice(start, end).map((position, k) => {
          const row = rows[position] as ParcelRow;
          return (
            <div
              key={row.parcelId} role="option" aria-selected={selection.has(row.parcelId)} tabIndex={0}
              className="search-result" data-testid="search-result" data-parcel-id={row.parcelId}
              style={{ top: (start + k) * ROW_HEIGHT, height: ROW_HEIGHT }}
              onClick={() => onOpen(row)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(row)}
            >
              <span className="search-result-title">{row.landholder || t('searchNoLandholder')}</span>
              <span className="search-result-detail">
                <span className="search-result-code">{row.parcelCode}</span>
                <span className={`search-class search-class-${row.parcelClass}`}>{t(`searchClass_${row.parcelClass}`)}</span>
                {isOverdue(row, today) && <span className="search-overdue">{t('searchOverdueBadge')}</span>}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
