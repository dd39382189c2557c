import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * Pinyin initials of Chinese text, one letter per character ("许昌金星" → "xcjx"),
 * other characters kept (lowercased): what a user types to find 许昌金星 by "xcjx".
 *
 * Fast for 100k names: each distinct character is looked up once; a name is read
 * as a whole (so pinyin-pro picks the reading from context, 长葛 → "cg", 重庆 → "cq")
 * only when one of its characters has readings with different initials. Results
 * are cached per distinct text, so repeated landholders cost nothing.
 */
export class PinyinInitials {
  /** Initial of a character; null when its readings start with different letters. */
  private readonly byChar = new Map<string, string | null>();
  private readonly byText = new Map<string, string>();

  /** Lowercase initials of `text`, one per character (code point). */
  of(text: string): string {
    let initials = this.byText.get(text);
    if (initials === undefined) {
      initials = this.compute(text);
      this.byText.set(text, initials);
    }
    return initials;
  }

  private compute(text: string): string {
    let out = '';
    for (const char of text) {
      const initial = this.charInitial(char);
      if (initial === null) return wholeTextInitials(text);
      out += initial;
    }
    return out;
  }

  private charInitial(char: string): string | null {
    let initial = this.byChar.get(char);
    if (initial !== undefined) return initial;
    if (!HAN.test(char)) initial = char.toLowerCase();
    else {
      const readings = new Set(pinyin(char, { pattern: 'first', toneType: 'none', multiple: true, type: 'array' }).map((r) => r.toLowerCase()));
      initial = readings.size === 1 ? ([...readings][0] as string) : null;
    }
    this.byChar.set(char, initial);
    return initial;
  }
}

/** Initials of the text read as a whole (polyphonic characters resolved from context). */
function wholeTextInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}
