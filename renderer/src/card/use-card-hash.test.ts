import { describe, expect, it } from 'vitest';
import { hashWithParcel, parcelIdFromHash } from './use-card-hash.ts';

describe('parcel hash', () => {
  const id = 'demo-xuchang:xuchang_parks_zd:17';

  it('round-trips a parcel id with colons and Chinese text', () => {
    expect(parcelIdFromHash(hashWithParcel('', id))).toBe(id);
    expect(parcelIdFromHash(hashWithParcel('', '项目:图层:3'))).toBe('项目:图层:3');
  });

  it('reads hand-written and absent hashes', () => {
    expect(parcelIdFromHash(`#parcel=${id}`)).toBe(id);
    expect(parcelIdFromHash('')).toBeUndefined();
    expect(parcelIdFromHash('#parcel=')).toBeUndefined();
    expect(parcelIdFromHash('#view=map')).toBeUndefined();
  });

  it('keeps other hash parameters and drops the parcel when the card closes', () => {
    const both = hashWithParcel('#view=map', id);
    expect(parcelIdFromHash(both)).toBe(id);
    expect(both.startsWith('#view=map&')).toBe(true);
    expect(hashWithParcel(both, undefined)).toBe('#view=map');
    expect(hashWithParcel(`#parcel=${id}`, undefined)).toBe('');
  });
});
