/**
 * Whether the map has drawn the open project's parcels in view. Work that
 * reads every parcel (the parcel index, the classification) waits for it, so
 * that on two cores opening a large project shows the map first and builds
 * the lists a moment later instead of making the map wait for them.
 */
let drawn = false;
const waiters = new Set<() => void>();

/** Called by the map once every parcel source has loaded what is in view. */
export function markParcelsDrawn(): void {
  drawn = true;
  for (const waiter of [...waiters]) waiter();
}

/** Called by the map when it starts drawing a (new) set of parcel layers. */
export function markParcelsPending(): void {
  drawn = false;
}

/** Resolves once the parcels are drawn, or after `maxWaitMs` (no map, or a map that cannot draw). */
export function whenParcelsDrawn(maxWaitMs = 3000): Promise<void> {
  if (drawn) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    waiters.add(done);
  });
}
