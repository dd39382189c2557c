import { describe, expect, it } from 'vitest';
import { BRIDGE_CALL_NAMES, bridgeChannel } from './bridge-calls.ts';
import { bridgeContract, parseBridgeArgs } from './bridge-contract.ts';

describe('bridge contract validation', () => {
  it('accepts a well-formed call', () => {
    const parsed = parseBridgeArgs('saveFile', [{ suggestedName: '台账.xlsx', bytes: new Uint8Array([1, 2]) }]);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['unknown call', 'readAnyFile', ['/etc/passwd']],
    ['a prototype key', '__proto__', []],
    ['a path in the file name', 'saveFile', [{ suggestedName: '../../evil.exe', bytes: new Uint8Array() }]],
    ['a Windows path', 'saveFile', [{ suggestedName: 'C:\\x.txt', bytes: new Uint8Array() }]],
    ['bytes that are not a Uint8Array', 'saveFile', [{ suggestedName: 'a.txt', bytes: [1, 2, 3] }]],
    ['extra arguments', 'getAppInfo', ['surprise']],
    ['a non-string URL', 'openExternal', [{ href: 'https://x' }]],
    ['arguments that are not a list', 'openExternal', 'https://example.com'],
  ])('refuses %s', (_label, name, args) => {
    const parsed = parseBridgeArgs(name, args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
  });

  it('gives every call its own namespaced channel', () => {
    const channels = BRIDGE_CALL_NAMES.map(bridgeChannel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((c) => c.startsWith('parceldesk:'))).toBe(true);
  });

  it('lists the same calls as the schema-free name list the preload uses', () => {
    expect(Object.keys(bridgeContract).sort()).toEqual([...BRIDGE_CALL_NAMES].sort());
  });
});
