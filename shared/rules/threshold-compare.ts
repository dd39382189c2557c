/**
 * Values within this relative distance of a threshold count as equal to it, so
 * that binary rounding (2 900 m² ÷ 10 000 m² × 100 = 28.999999999999996 %) does
 * not turn "exactly at the threshold" into "below it".
 */
const RELATIVE_TOLERANCE = 1e-9;

/** True when `actual` is below `threshold` by more than rounding noise. */
export function isBelowThreshold(actual: number, threshold: number): boolean {
  return actual < threshold - RELATIVE_TOLERANCE * Math.max(1, Math.abs(threshold));
}
