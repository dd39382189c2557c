import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';

/** A length for the measuring tool: metres to 2 decimals below 1 km, else kilometres to 3. */
export function formatLength(meters: number): string {
  return meters < 1000 ? `${meters.toFixed(2)} m` : `${(meters / 1000).toFixed(3)} km`;
}

/** An area for the measuring tool: m² to 1 decimal and 亩 to 2 (1 亩 = 10000/15 m²). */
export function formatArea(squareMeters: number, muLabel: string): string {
  return `${squareMeters.toFixed(1)} m² · ${squareMetersToMu(squareMeters).toFixed(2)} ${muLabel}`;
}
