import { describe, expect, it } from 'vitest';
import { BridgeRefusal, dispatchBridgeCall, type BridgeHandlers } from './bridge-dispatch.ts';

const APP_FRAME = { url: 'app://parceldesk/index.html', isMainFrame: true };

function createHandlers(calls: string[]): BridgeHandlers {
  return {
    async getAppInfo() {
      calls.push('getAppInfo');
      return { name: 'ParcelDesk', version: '1.0.0', platform: 'electron' };
    },
    async openExternal(url) {
      calls.push(`openExternal ${url}`);
      return true;
    },
    async saveFile({ suggestedName }) {
      calls.push(`saveFile ${suggestedName}`);
      return { saved: true, fileName: suggestedName };
    },
    async printToPdf({ suggestedName }) {
      calls.push(`printToPdf ${suggestedName}`);
      return { saved: true, fileName: suggestedName };
    },
  };
}

describe('bridge dispatch in the main process', () => {
  it('runs a valid call from the app frame', async () => {
    const calls: string[] = [];
    await expect(dispatchBridgeCall('openExternal', APP_FRAME, ['https://example.com'], createHandlers(calls))).resolves.toBe(true);
    expect(calls).toEqual(['openExternal https://example.com']);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://parceldesk/index.html', isMainFrame: false }],
    ['a file: page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['an unknown frame', null],
  ])('refuses calls from %s before any handler runs', async (_label, frame) => {
    const calls: string[] = [];
    await expect(dispatchBridgeCall('getAppInfo', frame, [], createHandlers(calls))).rejects.toBeInstanceOf(BridgeRefusal);
    expect(calls).toEqual([]);
  });

  it('refuses malformed arguments before any handler runs', async () => {
    const calls: string[] = [];
    const bad = [{ suggestedName: '../x', bytes: new Uint8Array() }];
    await expect(dispatchBridgeCall('saveFile', APP_FRAME, bad, createHandlers(calls))).rejects.toThrow(/suggestedName/);
    expect(calls).toEqual([]);
  });

  it('refuses a handler result that breaks the contract', async () => {
    const handlers = { ...createHandlers([]), getAppInfo: async () => ({ name: 1 }) } as unknown as BridgeHandlers;
    await expect(dispatchBridgeCall('getAppInfo', APP_FRAME, [], handlers)).rejects.toThrow();
  });

  it.each([
    ['a path', [{ suggestedName: '../cards.pdf' }]],
    ['another extension', [{ suggestedName: 'cards.exe' }]],
  ])('refuses printing to a PDF name with %s', async (_label, args) => {
    const calls: string[] = [];
    await expect(dispatchBridgeCall('printToPdf', APP_FRAME, args, createHandlers(calls))).rejects.toBeInstanceOf(BridgeRefusal);
    expect(calls).toEqual([]);
  });

  it('prints a card to a PDF name the user may keep', async () => {
    const calls: string[] = [];
    await expect(dispatchBridgeCall('printToPdf', APP_FRAME, [{ suggestedName: '宗地卡片.pdf' }], createHandlers(calls))).resolves.toEqual({ saved: true, fileName: '宗地卡片.pdf' });
    expect(calls).toEqual(['printToPdf 宗地卡片.pdf']);
  });
});
