import { zigzag } from './pbf-writer.ts';

/** Vector tile geometry types. */
export const MVT_POINT = 1, MVT_LINE = 2, MVT_POLYGON = 3;

const MOVE_TO = 1, LINE_TO = 2, CLOSE_PATH = 7;
const command = (id: number, count: number) => (id & 0x7) | (count << 3);

/**
 * Builds one feature's geometry commands in tile units (integers, y down),
 * tracking the pen between parts as the vector tile spec requires.
 */
export class TileGeometryBuilder {
  readonly commands: number[] = [];
  private penX = 0;
  private penY = 0;

  private move(x: number, y: number): void {
    this.commands.push(zigzag(x - this.penX), zigzag(y - this.penY));
    this.penX = x;
    this.penY = y;
  }

  /**
   * Adds a polygon ring (flat tile-space floats, closed or not), rounded to
   * integers without repeated points. `exterior` rings are written with
   * positive area in tile space (clockwise as seen with y down), holes with
   * negative, whatever their source winding. Returns false, adding nothing,
   * when rounding leaves no area.
   */
  ring(flat: ArrayLike<number>, exterior: boolean): boolean {
    const points = roundedPoints(flat);
    if (points.length > 2 && points[0] === points[points.length - 2] && points[1] === points[points.length - 1]) points.length -= 2;
    if (points.length < 6) return false;
    let twiceArea = 0;
    for (let i = 0, n = points.length; i < n; i += 2) {
      const j = (i + 2) % n;
      twiceArea += (points[i] as number) * (points[j + 1] as number) - (points[j] as number) * (points[i + 1] as number);
    }
    if (twiceArea === 0) return false;
    if ((twiceArea > 0) !== exterior) reversePoints(points);
    this.commands.push(command(MOVE_TO, 1));
    this.move(points[0] as number, points[1] as number);
    this.commands.push(command(LINE_TO, points.length / 2 - 1));
    for (let i = 2; i < points.length; i += 2) this.move(points[i] as number, points[i + 1] as number);
    this.commands.push(command(CLOSE_PATH, 1));
    return true;
  }

  /** Adds a line (flat tile-space floats); returns false when rounding leaves fewer than 2 points. */
  line(flat: ArrayLike<number>): boolean {
    const points = roundedPoints(flat);
    if (points.length < 4) return false;
    this.commands.push(command(MOVE_TO, 1));
    this.move(points[0] as number, points[1] as number);
    this.commands.push(command(LINE_TO, points.length / 2 - 1));
    for (let i = 2; i < points.length; i += 2) this.move(points[i] as number, points[i + 1] as number);
    return true;
  }

  /** Adds points (all in one MoveTo, as multipoints are written). */
  points(flat: ArrayLike<number>): boolean {
    const count = flat.length / 2;
    if (count === 0) return false;
    this.commands.push(command(MOVE_TO, count));
    for (let i = 0; i < flat.length; i += 2) this.move(Math.round(flat[i] as number), Math.round(flat[i + 1] as number));
    return true;
  }
}

function roundedPoints(flat: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = Math.round(flat[i] as number), y = Math.round(flat[i + 1] as number);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  return out;
}

function reversePoints(points: number[]): void {
  for (let i = 0, j = points.length - 2; i < j; i += 2, j -= 2) {
    const x = points[i] as number, y = points[i + 1] as number;
    points[i] = points[j] as number;
    points[i + 1] = points[j + 1] as number;
    points[j] = x;
    points[j + 1] = y;
  }
}
