/** 亩 with two decimals, as the dashboard and the e2e test show them. */
export function formatMu(areaMu: number, language: string): string {
  return formatFigure(areaMu, language);
}

/** A figure with two decimals (亩均税收, 万元/亩). */
export function formatFigure(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0–1 as a percent with one decimal (no % sign). */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100);
}
