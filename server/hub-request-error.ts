import type { HubErrorBody, HubErrorCode } from '../shared/sync/hub-protocol.ts';

/** A refusal the routes turn into an HTTP answer with a HubErrorBody. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: HubErrorCode,
    readonly detail: string,
    readonly extra: Omit<HubErrorBody, 'error' | 'detail'> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HubRequestError';
  }

  /** The JSON body of the answer. */
  body(): HubErrorBody {
    return { error: this.code, detail: this.detail, ...this.extra };
  }
}
