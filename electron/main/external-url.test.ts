import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './external-url.ts';

describe('external link guard', () => {
  it.each(['https://www.tianditu.gov.cn/', 'http://example.com/path?q=1'])('opens %s in the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:password@example.com/',
    'app://parceldesk/index.html',
    `https://example.com/${'a'.repeat(3000)}`,
    'notaurl',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
