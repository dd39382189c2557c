/** Excel's limit on a sheet (tab) name. */
const MAX_SHEET_NAME = 31;

/**
 * Valid, unique sheet names in order: characters Excel forbids (: \ / ? * [ ])
 * become '_', leading and trailing apostrophes go, names are cut to 31
 * characters, empty ones become 'Sheet n', and duplicates (ignoring case) get
 * ' (2)', ' (3)' … within the limit.
 */
export function sheetNames(requested: readonly string[]): string[] {
  const taken = new Set<string>();
  return requested.map((raw, i) => {
    const cleaned = [...raw.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').trim()].slice(0, MAX_SHEET_NAME).join('') || `Sheet ${i + 1}`;
    let name = cleaned;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...cleaned].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A sheet name quoted for a formula or defined name: 'name', with apostrophes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
