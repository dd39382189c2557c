import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parcelAttachments } from '../../../shared/photo/attachment-meta.ts';
import { jpegWithExif } from '../../../tests/fixtures/photo-fixtures.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { loadParcelEdits, parcelHistory } from '../storage/survey-store.ts';
import { EditSession } from '../survey/edit-session.ts';
import { attachToParcel, prepareAttachment, removeFromParcel } from './attach-files.ts';

const identity = { author: '李测', deviceName: '县局笔记本-1', device: '0123456789abcdef' };
let dbCount = 0;
const open = async () => {
  const db = new ParcelDeskDatabase(`attach-files-${dbCount++}`);
  return { db, session: await EditSession.open(db, 'p', identity) };
};
const photoBytes = () => jpegWithExif({ latitude: 34.0356, longitude: 113.8523, dateTimeOriginal: '2021:05:12 09:30:15', directionDegrees: 200, directionRef: 'M' });
const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n% parcel contract\n%%EOF\n');

async function photosOf(db: ParcelDeskDatabase, parcelId: string) {
  const edits = await loadParcelEdits(db, parcelId);
  return edits ? parcelAttachments(edits.values, edits.clocks, 'photo') : [];
}

describe('attaching files to a parcel', () => {
  it('describes a JPEG by its digest and Exif, and a PDF by its digest only', async () => {
    const bytes = photoBytes();
    const photo = await prepareAttachment(new Blob([bytes]), 'DCIM/IMG_0001.JPG', 'photo');
    expect(photo.meta).toMatchObject({
      name: 'IMG_0001.JPG', sha256: createHash('sha256').update(bytes).digest('hex'), byteLength: bytes.length, mimeType: 'image/jpeg',
      takenAt: '2021-05-12T09:30:15', directionDegrees: 200, directionReference: 'magnetic',
    });
    expect(photo.meta.lat).toBeCloseTo(34.0356, 6);
    const pdf = await prepareAttachment(new Blob([pdfBytes()]), '出让合同.pdf', 'document');
    expect(pdf.meta).toMatchObject({ name: '出让合同.pdf', mimeType: 'application/pdf', takenAt: null, lon: null });
  });

  it('stores the same bytes once though two parcels link them, each link one edit by the surveyor', async () => {
    const { db, session } = await open();
    const photo = await prepareAttachment(new Blob([photoBytes()]), 'a.jpg', 'photo');
    const copy = await prepareAttachment(new Blob([photoBytes()]), 'copy-of-a.jpg', 'photo');
    expect(await attachToParcel(db, session, 'p:1', [photo])).toBe(1);
    expect(await attachToParcel(db, session, 'p:2', [copy])).toBe(1);
    expect(await db.attachments.count()).toBe(1);
    const stored = await db.attachments.get(photo.meta.sha256);
    expect(stored).toMatchObject({ name: 'a.jpg', byteLength: photo.bytes.length, mimeType: 'image/jpeg' });
    expect(new Uint8Array(await (stored?.blob as Blob).arrayBuffer())).toEqual(photo.bytes);
    const [op] = await parcelHistory(db, 'p', 'p:2');
    expect(op).toMatchObject({ field: `photo.${photo.meta.sha256}`, oldValue: null, author: '李测' });
    expect(JSON.parse(String(op?.newValue))).toMatchObject({ name: 'copy-of-a.jpg', sha256: photo.meta.sha256 });
  });

  it('adds several files as one undo step and skips ones the parcel already holds', async () => {
    const { db, session } = await open();
    const photo = await prepareAttachment(new Blob([photoBytes()]), 'a.jpg', 'photo');
    const doc = await prepareAttachment(new Blob([pdfBytes()]), 'contract.pdf', 'document');
    expect(await attachToParcel(db, session, 'p:1', [photo, doc, photo])).toBe(2);
    expect(await attachToParcel(db, session, 'p:1', [photo])).toBe(0);
    expect((await parcelHistory(db, 'p', 'p:1')).length).toBe(2);
    await session.undo();
    expect(await photosOf(db, 'p:1')).toEqual([]);
    expect(await db.attachments.count()).toBe(2); // the files stay; history refers to them
  });

  it('removes a photo from the parcel by setting its field to null, keeping the file and the history', async () => {
    const { db, session } = await open();
    const photo = await prepareAttachment(new Blob([photoBytes()]), 'a.jpg', 'photo');
    await attachToParcel(db, session, 'p:1', [photo]);
    const [attached] = await photosOf(db, 'p:1');
    await removeFromParcel(session, 'p:1', attached as NonNullable<typeof attached>);
    expect(await photosOf(db, 'p:1')).toEqual([]);
    expect((await loadParcelEdits(db, 'p:1'))?.values[`photo.${photo.meta.sha256}`]).toBeNull();
    expect(await db.attachments.get(photo.meta.sha256)).toBeDefined();
    expect((await parcelHistory(db, 'p', 'p:1')).map((op) => op.newValue === null)).toEqual([true, false]);
  });
});
