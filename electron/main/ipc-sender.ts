import { isAppUrl } from './app-origin.ts';

/** What the main process knows about the frame an IPC message came from. */
export interface SenderFrameInfo {
  readonly url: string;
  /** True when the frame is its window's top-level frame. */
  readonly isMainFrame: boolean;
}

/** Accepts only the app's own top-level frame, served from app://parceldesk. */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url);
}
