import { describe, expect, it } from 'vitest';
import { pdfFileName } from './use-print-cards.ts';

describe('pdfFileName', () => {
  it('makes a plain file name the bridge accepts', () => {
    expect(pdfFileName('411002001001GB00001')).toBe('411002001001GB00001.pdf');
    expect(pdfFileName('宗地卡 a/b:c*?')).toBe('宗地卡 a_b_c__.pdf');
    expect(pdfFileName('   ')).toBe('parcel-cards.pdf');
  });
});
