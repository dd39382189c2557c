/**
 * Online tile URL templates: checks, subdomain expansion and the warning for
 * Chinese web maps drawn in GCJ-02 (or Baidu's BD-09), which do not line up
 * with CGCS2000 data.
 */

/** A web map provider whose tiles are in an obfuscated datum, not CGCS2000/WGS84. */
export type OffsetDatumProvider = 'amap' | 'tencent' | 'baidu';

const OFFSET_HOSTS: readonly [RegExp, OffsetDatumProvider][] = [
  [/(^|\.)(amap|autonavi|gaode)\.com$/, 'amap'],
  [/(^|\.)(qq|gtimg|tencent)\.com$/, 'tencent'],
  [/(^|\.)(map\.qq|tencentmap)\./, 'tencent'],
  [/(^|\.)(baidu|bdimg|bdstatic)\.com$/, 'baidu'],
];

/** The host of a template, with placeholders like {s} or {0-7} made harmless. */
function hostOf(template: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(template.trim());
  return match?.[1]?.replace(/\{[^}]*\}/g, 'x').replace(/:\d+$/, '').toLowerCase();
}

/**
 * The GCJ-02 / BD-09 provider serving a tile URL template (Gaode/AutoNavi,
 * Tencent, Baidu), or undefined for anything else. Such tiles are shifted by
 * hundreds of metres against CGCS2000 parcels; Tianditu is CGCS2000.
 */
export function offsetDatumProvider(template: string): OffsetDatumProvider | undefined {
  const host = hostOf(template);
  if (!host) return undefined;
  return OFFSET_HOSTS.find(([pattern]) => pattern.test(host))?.[1];
}

/** Why a template cannot be used; undefined when it can. */
export type TemplateProblem = 'notHttps' | 'missingZxy';

/**
 * Checks an online template: https (the app's content security policy lets
 * tiles come from https only) and {z}, {x} and {y} (or {-y} for TMS rows).
 */
export function tileTemplateProblem(template: string): TemplateProblem | undefined {
  const text = template.trim();
  if (!/^https:\/\//i.test(text)) return 'notHttps';
  if (!text.includes('{z}') || !text.includes('{x}') || !(text.includes('{y}') || text.includes('{-y}'))) return 'missingZxy';
  return undefined;
}

/** Tile URLs as MapLibre takes them, and whether rows count from the south (TMS). */
export interface ExpandedTemplate {
  readonly tiles: string[];
  readonly scheme: 'xyz' | 'tms';
}

/**
 * Expands a template for MapLibre: `{s}` becomes subdomains a, b, c; a range
 * such as `{0-7}` becomes one URL per number (Tianditu's t0…t7); `{-y}` means
 * TMS row numbering and becomes `{y}` with scheme 'tms'.
 */
export function expandTileTemplate(template: string): ExpandedTemplate {
  const scheme = template.includes('{-y}') ? 'tms' : 'xyz';
  const text = template.trim().replace('{-y}', '{y}');
  if (text.includes('{s}')) return { tiles: ['a', 'b', 'c'].map((c) => text.replace('{s}', c)), scheme };
  const range = /\{(\d)-(\d)\}/.exec(text);
  if (!range) return { tiles: [text], scheme };
  const tiles: string[] = [];
  for (let n = Number(range[1]); n <= Number(range[2]); n++) tiles.push(text.replace(range[0], String(n)));
  return { tiles, scheme };
}
