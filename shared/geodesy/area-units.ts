/** Square metres in one 亩 (mu): 10000/15 = 666.666… m². */
export const SQUARE_METERS_PER_MU = 10000 / 15;

/** Converts an area in square metres to 亩. */
export function squareMetersToMu(areaSquareMeters: number): number {
  return areaSquareMeters / SQUARE_METERS_PER_MU;
}
