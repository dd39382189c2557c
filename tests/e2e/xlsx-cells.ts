import { strFromU8, unzipSync } from 'fflate';

/** One worksheet as text: rows by their 1-based number, cells by column index (0 = A). */
export interface XlsxSheetText {
  readonly name: string;
  readonly rows: ReadonlyMap<number, readonly string[]>;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads an .xlsx the way a checker does: unzips it, resolves shared strings, and
 * returns each sheet's cells as text (numbers as written in <v>, booleans 1/0).
 */
export function readXlsxText(bytes: Uint8Array): XlsxSheetText[] {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] as Uint8Array);
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => unescape(m[1] as string));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"/g)].map((m) => unescape(m[1] as string));
  return names.map((name, i) => {
    const rows = new Map<number, string[]>();
    for (const row of text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const cell of (row[2] as string).matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const value = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1];
        cells[columnIndex(cell[1] as string)] = value === undefined ? '' : / t="s"/.test(cell[2] as string) ? (shared[Number(value)] ?? '') : value;
      }
      rows.set(Number(row[1]), Array.from(cells, (c) => c ?? ''));
    }
    return { name, rows };
  });
}
