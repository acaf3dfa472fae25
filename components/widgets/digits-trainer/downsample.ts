// From the reader's drawing to the data set's 8×8 format. The digits were made the same way: each
// digit was written on a 32×32 black-and-white bitmap, the bitmap was split into 64 blocks of 4×4
// pixels, and each of the 8×8 inputs is the number of inked pixels in its block, 0..16. Like the
// data set's writers, whose digits fill the box, the drawing is first cropped to its ink and scaled
// to fill the 32×32 box (keeping its proportions, centred).

/** Side of the drawing pad in pixels. */
export const PAD_SIZE = 32;
/** Side of one block that becomes one input. */
export const BLOCK = 4;
/** Side of the downsampled image. */
export const GRID = PAD_SIZE / BLOCK;

/** An empty 32×32 bitmap (row-major, 1 = ink). */
export function emptyBitmap(): Uint8Array {
  return new Uint8Array(PAD_SIZE * PAD_SIZE);
}

/**
 * Inks every pixel within `radius` of (row, col), in place. Returns true when a pixel changed.
 * A radius of 1.5 gives strokes about three pixels wide, as in the data set's bitmaps.
 */
export function paint(bitmap: Uint8Array, row: number, col: number, radius = 1.5): boolean {
  let changed = false;
  const reach = Math.ceil(radius);
  for (let r = Math.floor(row) - reach; r <= Math.floor(row) + reach; r++) {
    for (let c = Math.floor(col) - reach; c <= Math.floor(col) + reach; c++) {
      if (r < 0 || c < 0 || r >= PAD_SIZE || c >= PAD_SIZE) continue;
      if ((r - Math.floor(row)) ** 2 + (c - Math.floor(col)) ** 2 > radius * radius) continue;
      if (!bitmap[r * PAD_SIZE + c]) {
        bitmap[r * PAD_SIZE + c] = 1;
        changed = true;
      }
    }
  }
  return changed;
}

/** Inks a straight stroke from one point to the next, so a fast pointer leaves no gaps. */
export function paintLine(bitmap: Uint8Array, from: readonly [number, number], to: readonly [number, number], radius = 1.5): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) * 2));
  let changed = false;
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    changed = paint(bitmap, from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, radius) || changed;
  }
  return changed;
}

/** Rows and columns of the inked pixels' bounding box, or null for an empty bitmap. */
export function inkBox(bitmap: Uint8Array): { top: number; left: number; bottom: number; right: number } | null {
  let top = PAD_SIZE;
  let left = PAD_SIZE;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < PAD_SIZE; r++) {
    for (let c = 0; c < PAD_SIZE; c++) {
      if (!bitmap[r * PAD_SIZE + c]) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/**
 * The drawing cropped to its ink and scaled (nearest pixel) so that its longer side spans all 32
 * pixels, centred along the shorter side. An empty bitmap stays empty.
 */
export function fitToPad(bitmap: Uint8Array): Uint8Array {
  const out = emptyBitmap();
  const box = inkBox(bitmap);
  if (!box) return out;
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const scale = PAD_SIZE / Math.max(height, width);
  const outHeight = Math.round(height * scale);
  const outWidth = Math.round(width * scale);
  const top = Math.floor((PAD_SIZE - outHeight) / 2);
  const left = Math.floor((PAD_SIZE - outWidth) / 2);
  for (let r = 0; r < outHeight; r++) {
    const sr = box.top + Math.min(height - 1, Math.floor(r / scale));
    for (let c = 0; c < outWidth; c++) {
      const sc = box.left + Math.min(width - 1, Math.floor(c / scale));
      out[(top + r) * PAD_SIZE + left + c] = bitmap[sr * PAD_SIZE + sc];
    }
  }
  return out;
}

/** The number of inked pixels in each 4×4 block: 64 values in 0..16, row-major. */
export function blockCounts(bitmap: Uint8Array): Uint8Array {
  if (bitmap.length !== PAD_SIZE * PAD_SIZE) {
    throw new RangeError(`blockCounts: a bitmap has ${PAD_SIZE * PAD_SIZE} pixels, got ${bitmap.length}`);
  }
  const out = new Uint8Array(GRID * GRID);
  for (let r = 0; r < PAD_SIZE; r++) {
    for (let c = 0; c < PAD_SIZE; c++) {
      if (bitmap[r * PAD_SIZE + c]) out[Math.floor(r / BLOCK) * GRID + Math.floor(c / BLOCK)]++;
    }
  }
  return out;
}

/** The drawing in the data set's format: fitted to the pad, then counted per 4×4 block. */
export function downsample(bitmap: Uint8Array): Uint8Array {
  return blockCounts(fitToPad(bitmap));
}
