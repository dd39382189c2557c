import { describe, expect, it } from 'vitest';
import { baseName, detectMimeType } from './file-type.ts';

describe('detectMimeType', () => {
  it('trusts the bytes over the name', () => {
    expect(detectMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'scan.pdf')).toBe('image/jpeg');
    expect(detectMimeType(new TextEncoder().encode('%PDF-1.7'), 'contract.bin', 'application/octet-stream')).toBe('application/pdf');
  });

  it('falls back to the extension, then the declared type', () => {
    expect(detectMimeType(new Uint8Array([0]), 'IMG_0001.HEIC')).toBe('image/heic');
    expect(detectMimeType(new Uint8Array([0]), 'notes', 'text/plain')).toBe('text/plain');
    expect(detectMimeType(new Uint8Array([0]), 'notes')).toBe('application/octet-stream');
  });
});

describe('baseName', () => {
  it('drops folders of either separator', () => {
    expect(baseName('DCIM/100MEDIA/DJI_0001.JPG')).toBe('DJI_0001.JPG');
    expect(baseName('C:\\photos\\a.jpg')).toBe('a.jpg');
  });
});
