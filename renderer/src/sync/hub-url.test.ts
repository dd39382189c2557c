import { describe, expect, it } from 'vitest';
import { normalizeHubUrl } from './hub-url.ts';

describe('hub address', () => {
  it('keeps https addresses and local http ones, without a trailing slash', () => {
    expect(normalizeHubUrl(' https://hub.xuchang.gov.cn/ ')).toEqual({ url: 'https://hub.xuchang.gov.cn' });
    expect(normalizeHubUrl('http://127.0.0.1:8787')).toEqual({ url: 'http://127.0.0.1:8787' });
    expect(normalizeHubUrl('http://localhost:8787/parceldesk/')).toEqual({ url: 'http://localhost:8787/parceldesk' });
  });

  it('takes an address typed without a scheme as https', () => {
    expect(normalizeHubUrl('hub.xuchang.gov.cn:8443')).toEqual({ url: 'https://hub.xuchang.gov.cn:8443' });
  });

  it('refuses plain http to another computer (tokens would travel readable) and what is not an address', () => {
    expect(normalizeHubUrl('http://192.168.1.20:8787')).toEqual({ problem: 'insecureUrl' });
    expect(normalizeHubUrl('ftp://hub.example.cn')).toEqual({ problem: 'badUrl' });
    expect(normalizeHubUrl('https://user:pw@hub.example.cn')).toEqual({ problem: 'badUrl' });
    expect(normalizeHubUrl('')).toEqual({ problem: 'badUrl' });
  });
});
