import type { BridgeApi } from '../../../shared/ipc/bridge-contract.ts';

/** The bridge in a plain browser: same contract, implemented with web APIs. */
export const webBridge: BridgeApi = {
  async getAppInfo() {
    return { name: 'ParcelDesk', version: __APP_VERSION__, platform: 'web' };
  },
  async openExternal(url) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return false;
    window.open(parsed.href, '_blank', 'noopener,noreferrer');
    return true;
  },
  async saveFile({ suggestedName, bytes }) {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { saved: true, fileName: suggestedName };
  },
  async printToPdf() {
    // The browser's print dialog offers "Save as PDF"; whether the user saved is not known to the page.
    window.print();
    return { saved: false };
  },
};
