/** A numeric condition typed into a column filter: ">1000", "<= 5", "100-200", "100~200", "12.5". */
export interface NumberCondition {
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
const COMPARISON = new RegExp(String.raw`^(>=|<=|>|<|=|≥|≤)?\s*${NUMBER}$`);
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(?:-|~|～|至|到)\s*${NUMBER}$`);

/**
 * Parses a numeric column filter (thousands separators allowed); undefined when
 * the text is not a condition. Ranges include both ends. A bare number matches the
 * values it rounds from at its own precision ("1234.5" matches 1234.45 up to 1234.55).
 */
export function parseNumberCondition(text: string): NumberCondition | undefined {
  const clean = text.normalize('NFKC').replace(/[,，\s]/g, '');
  const range = RANGE.exec(clean);
  if (range) {
    const a = Number(range[1]), b = Number(range[2]);
    return { min: Math.min(a, b), max: Math.max(a, b), minInclusive: true, maxInclusive: true };
  }
  const match = COMPARISON.exec(clean);
  if (!match) return undefined;
  const value = Number(match[2]);
  switch (match[1]) {
    case '>': return { min: value, max: Infinity, minInclusive: false, maxInclusive: false };
    case '>=': case '≥': return { min: value, max: Infinity, minInclusive: true, maxInclusive: false };
    case '<': return { min: -Infinity, max: value, minInclusive: false, maxInclusive: false };
    case '<=': case '≤': return { min: -Infinity, max: value, minInclusive: false, maxInclusive: true };
    default: {
      const half = 0.5 * 10 ** -((match[2] as string).split('.')[1]?.length ?? 0);
      return { min: value - half, max: value + half, minInclusive: true, maxInclusive: false };
    }
  }
}

/** Whether `value` meets the condition. */
export function meetsNumberCondition(value: number, condition: NumberCondition): boolean {
  const aboveMin = condition.minInclusive ? value >= condition.min : value > condition.min;
  const belowMax = condition.maxInclusive ? value <= condition.max : value < condition.max;
  return aboveMin && belowMax;
}
