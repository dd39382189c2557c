import type { ParcelClass } from '../../../shared/survey/card-enums.ts';

/**
 * Fill colours by parcel class, from the Okabe–Ito palette (told apart with the
 * common colour-vision deficiencies). 未调查 is a sand fill with a brown hatch,
 * so it differs from every class by texture as well as colour.
 */
export const PARCEL_CLASS_COLOURS: Readonly<Record<ParcelClass, string>> = {
  approvedUnsupplied: '#CC79A7',
  idle: '#D55E00',
  inefficient: '#F0E442',
  reserve: '#0072B2',
  efficient: '#009E73',
  unsurveyed: '#E3B27F',
};

/** The hatch drawn over unsurveyed parcels. */
export const UNSURVEYED_HATCH_COLOUR = '#8C5A2B';

/** Legend order: the classes the plan asks to find first, then the rest. */
export const LEGEND_ORDER: readonly ParcelClass[] = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve', 'efficient', 'unsurveyed'];

/** Image name of the hatch pattern (see hatchImage). */
export const HATCH_IMAGE = 'parceldesk-hatch';

/** An 8×8 RGBA tile of one diagonal line in UNSURVEYED_HATCH_COLOUR on transparency, for fill-pattern. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(UNSURVEYED_HATCH_COLOUR.slice(at, at + 2), 16)) as [number, number, number];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      const alpha = d === 0 ? 255 : d === 1 || d === size - 1 ? 110 : 0;
      data.set([r, g, b, alpha], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
