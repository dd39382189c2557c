import { describe, expect, it } from 'vitest';
import { photoCaption, photoHashes } from './load-print-card.ts';

const sha = (c: string) => c.repeat(64);

describe('print photos', () => {
  it('lists the photos a card refers to and skips removed ones and documents', () => {
    const values = {
      [`photo.${sha('b')}`]: '{"name":"北侧.jpg"}',
      [`photo.${sha('a')}`]: '{"name":"大门.jpg"}',
      [`photo.${sha('c')}`]: null,
      [`document.${sha('d')}`]: '{"name":"合同.pdf"}',
      notes: 'photo.x',
    };
    expect(photoHashes(values)).toEqual([sha('a'), sha('b')]);
  });

  it('captions a photo with its name and the day it was taken', () => {
    expect(photoCaption('{"name":"大门.jpg","takenAt":"2021-05-01T09:30:00+08:00"}')).toBe('大门.jpg 2021-05-01');
    expect(photoCaption('{"name":"大门.jpg","takenAt":null}')).toBe('大门.jpg');
    expect(photoCaption('not json')).toBe('');
    expect(photoCaption(null)).toBe('');
  });
});
