import { findKnownCrs, type KnownCrs } from './china-crs-registry.ts';
import { guessCrsFromBbox, type CrsGuess } from './crs-detection.ts';
import { transformForKnownCrs, transformForProj4, type LonLatTransform } from './lon-lat-transform.ts';
import { interpretPrj } from './prj-interpretation.ts';

/** The coordinate system chosen for a layer, where the choice came from, and how to convert. */
export interface ResolvedCrs {
  /** "EPSG:n" when known, else null (a .prj outside the registry, converted by proj4). */
  readonly code: string | null;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly source: 'prj' | 'detected' | 'user';
  /** True when the user must confirm before anything is stored (a guess that could be wrong). */
  readonly needsConfirmation: boolean;
  readonly guess?: CrsGuess;
  /** Stable codes of things the user should know (e.g. 'datum-not-converted', 'prj-unreadable'). */
  readonly notes: readonly string[];
  /** Null when no system could be chosen: the layer cannot be placed until the user picks one. */
  readonly toLonLat: LonLatTransform | null;
}

function fromKnown(crs: KnownCrs, source: ResolvedCrs['source'], notes: string[], guess?: CrsGuess): ResolvedCrs {
  const datumNotes = crs.datum === 'Xian1980' || crs.datum === 'Beijing1954' ? ['datum-not-converted'] : [];
  return {
    code: crs.code, nameZh: crs.nameZh, nameEn: crs.nameEn, source,
    needsConfirmation: guess?.needsConfirmation ?? false, guess,
    notes: [...notes, ...datumNotes], toLonLat: transformForKnownCrs(crs),
  };
}

/**
 * Chooses a layer's system: the user's choice, else the .prj, else a guess from the
 * coordinates (flagged for confirmation when ambiguous). Never guesses silently:
 * every guess is reported with its reason.
 */
export function resolveCrs(input: {
  readonly prj?: string;
  readonly bbox: readonly [number, number, number, number];
  readonly userCode?: string;
  readonly defaultCentralMeridianDegrees?: number;
}): ResolvedCrs {
  const notes: string[] = [];
  if (input.userCode) {
    const chosen = findKnownCrs(input.userCode);
    if (chosen) return fromKnown(chosen, 'user', notes);
    notes.push('user-crs-unknown');
  }
  if (input.prj !== undefined) {
    const prj = interpretPrj(input.prj);
    if (prj?.known) return fromKnown(prj.known, 'prj', notes);
    if (prj) {
      try {
        return {
          code: null, nameZh: prj.title, nameEn: prj.title, source: 'prj', needsConfirmation: false,
          notes: [...notes, 'crs-outside-registry'], toLonLat: transformForProj4(prj.proj4Definition),
        };
      } catch {
        notes.push('prj-unreadable');
      }
    } else {
      notes.push('prj-unreadable');
    }
  } else {
    notes.push('prj-missing');
  }
  const guess = guessCrsFromBbox(input.bbox, input.defaultCentralMeridianDegrees);
  if (guess.suggestion) return fromKnown(guess.suggestion, 'detected', notes, guess);
  return {
    code: null, nameZh: '未知坐标系', nameEn: 'unknown coordinate system', source: 'detected',
    needsConfirmation: true, guess, notes, toLonLat: null,
  };
}
