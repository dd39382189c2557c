import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { WorkspaceStore } from '../workspace/workspace-store.ts';
import type { LedgerColumn } from './ledger-columns.ts';
import { createCellFormatter } from './ledger-format.ts';
import { LedgerHeader } from './LedgerHeader.tsx';
import type { LedgerFilters, LedgerSort } from './ledger-view.ts';
import { rangeIds, scrollTopToReveal, visibleRange } from './virtual-window.ts';

/** Fixed row height in CSS px (ledger.css uses the same). */
export const LEDGER_ROW_HEIGHT = 28;
const OVERSCAN = 8;

interface LedgerTableProps {
  readonly rows: readonly ParcelRow[];
  /** Positions into `rows`, in display order. */
  readonly positions: Int32Array;
  readonly columns: readonly LedgerColumn[];
  readonly sort: LedgerSort | undefined;
  readonly filters: LedgerFilters;
  readonly onSort: (column: LedgerColumn) => void;
  readonly onFilter: (column: LedgerColumn, value: string) => void;
  readonly workspace: WorkspaceStore;
  readonly selection: ReadonlySet<string>;
}

/**
 * The ledger grid: sticky titles and filters, then only the rows in view (plus a
 * few) inside a spacer as tall as all rows. Selection is the workspace's, so the
 * map and the table always agree.
 */
export function LedgerTable({ rows, positions, columns, sort, filters, onSort, onFilter, workspace, selection }: LedgerTableProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);
  const anchor = useRef<string | undefined>(undefined);
  const ownSelection = useRef(false);
  const format = useMemo(() => createCellFormatter(t, i18n.language), [t, i18n.language]);
  const latest = useRef({ rows, positions, viewport });
  latest.current = { rows, positions, viewport };
  const idAt = (row: number) => (rows[row] as ParcelRow).parcelId;

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewport(Math.max(0, element.clientHeight - (headRef.current?.offsetHeight ?? 0)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new sort or filter starts from the top.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [sort, filters]);

  // A selection made elsewhere (map, search, card): bring its first row into view.
  useEffect(() => {
    if (ownSelection.current) {
      ownSelection.current = false;
      return;
    }
    const element = scrollRef.current;
    const { rows: current, positions: order, viewport: height } = latest.current;
    if (!element || selection.size === 0) return;
    const first = order.findIndex((row) => selection.has((current[row] as ParcelRow).parcelId));
    if (first < 0) return;
    const top = scrollTopToReveal(first, element.scrollTop, height, LEDGER_ROW_HEIGHT);
    if (top !== undefined) element.scrollTop = top;
  }, [selection]);

  const select = (ids: string[], mode: 'replace' | 'add' | 'toggle') => {
    ownSelection.current = true;
    workspace.select(ids, mode);
  };

  const onRowClick = (event: MouseEvent, at: number) => {
    const id = idAt(positions[at] as number);
    const multi = event.ctrlKey || event.metaKey;
    const anchorRow = anchor.current === undefined ? -1 : rows.findIndex((row) => row.parcelId === anchor.current);
    const anchorAt = anchorRow < 0 ? -1 : positions.indexOf(anchorRow);
    if (event.shiftKey && anchorAt >= 0) select(rangeIds(positions, anchorAt, at, idAt), multi ? 'add' : 'replace');
    else {
      select([id], multi ? 'toggle' : 'replace');
      anchor.current = id;
    }
  };

  const open = (at: number) => {
    const row = rows[positions[at] as number] as ParcelRow;
    ownSelection.current = true;
    workspace.openParcel(row.parcelId);
    workspace.zoomTo(row.bbox);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, select, button, summary')) return;
    const current = positions.findIndex((row) => selection.has(idAt(row)));
    const last = positions.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: Math.max(0, current - 1), Home: 0, End: last, PageDown: current + Math.floor(viewport / LEDGER_ROW_HEIGHT), PageUp: current - Math.floor(viewport / LEDGER_ROW_HEIGHT) };
    if (event.key === 'Enter' && current >= 0) open(current);
    else if (event.key in moves && last >= 0) {
      const to = Math.min(last, Math.max(0, moves[event.key] as number));
      select([idAt(positions[to] as number)], 'replace');
      anchor.current = idAt(positions[to] as number);
      const element = scrollRef.current;
      const top = element ? scrollTopToReveal(to, element.scrollTop, viewport, LEDGER_ROW_HEIGHT) : undefined;
      if (element && top !== undefined) element.scrollTop = top;
    } else return;
    event.preventDefault();
  };

  const { start, end } = visibleRange(scrollTop, viewport, LEDGER_ROW_HEIGHT, positions.length, OVERSCAN);
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const style = { '--ledger-columns': columns.map((c) => `${c.width}px`).join(' '), '--ledger-width': `${width}px` } as CSSProperties;
  const visible: number[] = [];
  for (let at = start; at < end; at++) visible.push(at);

  return (
    <div
      ref={scrollRef} className="ledger-scroll" data-testid="ledger-scroll" style={style} tabIndex={0}
      role="grid" aria-rowcount={positions.length + 2} aria-colcount={columns.length} aria-multiselectable
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}
    >
      <div ref={headRef} className="ledger-sticky">
        <LedgerHeader columns={columns} sort={sort} filters={filters} onSort={onSort} onFilter={onFilter} />
      </div>
      <div className="ledger-body" role="rowgroup" style={{ height: positions.length * LEDGER_ROW_HEIGHT }}>
        <div style={{ transform: `translateY(${start * LEDGER_ROW_HEIGHT}px)` }}>
          {visible.map((at) => {
            const row = rows[positions[at] as number] as ParcelRow;
            const selected = selection.has(row.parcelId);
            return (
              <div
                key={row.parcelId} role="row" aria-rowindex={at + 3} aria-selected={selected}
                className={`ledger-row ledger-data${selected ? ' selected' : ''}${at % 2 ? ' odd' : ''}`}
                data-testid="ledger-row" data-parcel-id={row.parcelId}
                onClick={(e) => onRowClick(e, at)} onDoubleClick={() => open(at)}
              >
                {columns.map((column) => (
                  <div key={column.key} role="gridcell" className={`ledger-cell ledger-${column.kind}`} data-column={column.key}>
                    {format(column, row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
