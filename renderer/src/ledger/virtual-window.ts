/** Rows [start, end) to render for a fixed row height: the visible ones plus `overscan` each side. */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan: number): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.max(0, Math.min(count, last + overscan)) };
}

/**
 * The scrollTop that brings row `index` fully into view, moving as little as
 * possible; undefined when it is already fully visible.
 */
export function scrollTopToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | undefined {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return undefined;
}

/** The ids between two positions of `order` (inclusive, either way round): a Shift-click range. */
export function rangeIds(order: ArrayLike<number>, from: number, to: number, idAt: (row: number) => string): string[] {
  const ids: string[] = [];
  for (let p = Math.min(from, to); p <= Math.max(from, to); p++) ids.push(idAt(order[p] as number));
  return ids;
}
