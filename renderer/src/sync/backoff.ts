export interface BackoffOptions {
  /** Wait after the first failure, milliseconds. */
  readonly baseMs: number;
  /** Longest wait, milliseconds. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000 };

/**
 * Wait before retry number `attempt` (1 after the first failure), milliseconds:
 * doubling from `baseMs` up to `maxMs`, then spread over its upper half by
 * `random` (0…1) so many devices coming back online do not retry in step.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
