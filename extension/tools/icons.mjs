// Draws the toolbar icon at each size: a page of text lines, one of them highlighted like a
// marked quote. Shapes are in a 0..1 square and supersampled, so small sizes stay crisp.
import { encodePng } from './png.mjs';

const INK = [31, 58, 95];
const PAPER = [250, 247, 240];
const MARK = [242, 178, 51];

// [x, y, w, h, corner radius, colour], painted in order.
const SHAPES = [
  [0.0, 0.0, 1.0, 1.0, 0.2, INK],
  [0.16, 0.2, 0.68, 0.1, 0.05, PAPER],
  [0.16, 0.42, 0.68, 0.16, 0.06, MARK],
  [0.16, 0.7, 0.46, 0.1, 0.05, PAPER],
];

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** The icon as a PNG of `size`×`size` pixels. */
export function icon(size) {
  const ss = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = (x + (sx + 0.5) / ss) / size;
          const py = (y + (sy + 0.5) / ss) / size;
          let colour = null;
          for (const s of SHAPES) if (inside(s, px, py)) colour = s[5];
          if (colour) {
            acc[0] += colour[0];
            acc[1] += colour[1];
            acc[2] += colour[2];
            acc[3] += 1;
          }
        }
      }
      const o = (y * size + x) * 4;
      if (acc[3] > 0) {
        rgba[o] = Math.round(acc[0] / acc[3]);
        rgba[o + 1] = Math.round(acc[1] / acc[3]);
        rgba[o + 2] = Math.round(acc[2] / acc[3]);
      }
      rgba[o + 3] = Math.round((255 * acc[3]) / (ss * ss));
    }
  }
  return encodePng(size, size, rgba);
}
