import { describe, expect, it } from 'vitest';
import { attachmentField, type AttachmentMeta, attachmentMeta, parcelAttachments, parseAttachmentMeta, serializeAttachmentMeta } from './attachment-meta.ts';
import { NO_EXIF } from './exif-reader.ts';

const sha = (digit: string) => digit.repeat(64);
const photo = (digit: string, name: string) => attachmentMeta(
  { name, sha256: sha(digit), byteLength: 1234, mimeType: 'image/jpeg' },
  { takenAt: '2021-05-12T09:30:15', lonLat: [113.85, 34.03], directionDegrees: 90, directionReference: 'true' },
);

describe('attachment fields', () => {
  it('round-trips a record through its field value', () => {
    const meta = photo('a', 'IMG_0001.JPG');
    expect(parseAttachmentMeta(serializeAttachmentMeta(meta))).toEqual(meta);
    expect(meta).toMatchObject({ lon: 113.85, lat: 34.03, directionDegrees: 90 });
  });

  it('writes the same text for the same record, so re-adding a photo is no change', () => {
    const meta = photo('b', 'x.jpg');
    const reordered = Object.fromEntries(Object.entries(meta).reverse()) as unknown as AttachmentMeta;
    expect(serializeAttachmentMeta(reordered)).toBe(serializeAttachmentMeta(meta));
  });

  it('lists a parcel\'s attachments of one kind in the order they were added, leaving out removed ones', () => {
    const first = photo('1', 'first.jpg'), second = photo('2', 'second.jpg'), removed = photo('3', 'removed.jpg');
    const doc = attachmentMeta({ name: 'contract.pdf', sha256: sha('4'), byteLength: 99, mimeType: 'application/pdf' }, NO_EXIF);
    const values = {
      [attachmentField('photo', second.sha256)]: serializeAttachmentMeta(second),
      [attachmentField('photo', first.sha256)]: serializeAttachmentMeta(first),
      [attachmentField('photo', removed.sha256)]: null,
      [attachmentField('document', doc.sha256)]: serializeAttachmentMeta(doc),
      landholder: '许昌腾飞装备制造股份有限公司',
    };
    const clocks = { [`photo.${sha('1')}`]: '0001', [`photo.${sha('2')}`]: '0002', [`photo.${sha('3')}`]: '0003', [`document.${sha('4')}`]: '0004' };
    expect(parcelAttachments(values, clocks, 'photo').map((a) => a.meta.name)).toEqual(['first.jpg', 'second.jpg']);
    expect(parcelAttachments(values, clocks, 'document').map((a) => [a.meta.name, a.meta.takenAt, a.meta.lon])).toEqual([['contract.pdf', null, null]]);
  });

  it('rejects values that are not attachment records', () => {
    expect(parseAttachmentMeta(null)).toBeUndefined();
    expect(parseAttachmentMeta('not json')).toBeUndefined();
    expect(parseAttachmentMeta(JSON.stringify({ sha256: 'short' }))).toBeUndefined();
  });
});
