#!/usr/bin/env node
// Draws the IJkpunt logo and writes assets/icon-{16,32,64,80,128}.png for the add-in manifest.
// The logo: a rounded teal square with white bars (a bar chart) and an orange reference line
// across them, the benchmark "ijkpunt" that some bars pass and others fall short of.
//
//   node scripts/make-icons.mjs
//
// Only Node built-ins: shapes are rasterised by supersampling, the PNG is assembled by hand
// (zlib for the deflate stream, CRC-32 computed here). Every size has its own pixel-snapped
// layout so bar edges and the line land on whole pixels and stay crisp, even at 16 px.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(repoRoot, 'assets');
const SIZES = [16, 32, 64, 80, 128];

// Colours (sRGB).
const TEAL_TOP = [0x1c, 0x80, 0x94];
const TEAL_BOTTOM = [0x0f, 0x5c, 0x70];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xf5, 0x8a, 0x07];
const BAR_SHADE = [0xd7, 0xea, 0xee]; // bars below the reference line, a touch darker than white

/**
 * Pixel-snapped layout for one size. Coordinates are in pixels, x to the right, y downwards;
 * rectangles are [x0, y0, x1, y1) with x1/y1 exclusive.
 */
function layout(size) {
  // Hand-tuned table: at these sizes whole pixels matter more than exact proportions.
  const table = {
    // 16 px: three bars, two pixels wide, on a one-pixel line; no room for a fourth bar.
    16: {
      radius: 3,
      barsX: [
        [3, 5],
        [7, 9],
        [11, 13],
      ],
      tops: [8, 3, 5],
      bottom: 13,
      line: [2, 6, 14, 7],
      lineRadius: 0,
      barRadius: 0,
      gap: 0,
    },
    // 32 px: four bars, alternately under and over the reference line.
    32: {
      radius: 6,
      barsX: [
        [5, 9],
        [11, 15],
        [17, 21],
        [23, 27],
      ],
      tops: [17, 9, 15, 5],
      bottom: 26,
      line: [3, 12, 29, 14],
      lineRadius: 1,
      barRadius: 0.75,
      gap: 0,
    },
  };
  if (table[size]) return table[size];
  // Larger sizes: scale the 32 px design about the centre and round to whole pixels, rounding
  // halves away from the centre so the layout stays symmetric (80 px is 2.5 × 32).
  const k = size / 32;
  const base = table[32];
  const r = (v) => size / 2 + Math.sign(v - 16) * Math.round(Math.abs(v - 16) * k);
  const line = base.line.map(r);
  return {
    radius: size * 0.19,
    barsX: base.barsX.map(([a, b]) => [r(a), r(b)]),
    tops: base.tops.map(r),
    bottom: r(base.bottom),
    line,
    lineRadius: (line[3] - line[1]) / 2, // round caps
    barRadius: size * 0.03,
    gap: Math.max(1, Math.round(size / 64)),
  };
}

/** Is (x, y) inside the rectangle [x0, x1) × [y0, y1) with rounded corners of radius r? */
function inRoundRect(x, y, x0, y0, x1, y1, r, roundBottom = true) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  if (r <= 0) return true;
  const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
  const cyTop = y0 + r;
  const cyBottom = y1 - r;
  let cy = y;
  if (y < cyTop) cy = cyTop;
  else if (y > cyBottom && roundBottom) cy = cyBottom;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/** Renders the logo at `size` px into straight (non-premultiplied) RGBA bytes. */
function render(size) {
  const L = layout(size);
  const SS = 16; // samples per axis per pixel
  const rgba = Buffer.alloc(size * size * 4);
  const lineTop = L.line[1];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the sub-samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = px + (sx + 0.5) / SS;
          const y = py + (sy + 0.5) / SS;
          if (!inRoundRect(x, y, 0, 0, size, size, L.radius)) continue;
          let colour = mix(TEAL_TOP, TEAL_BOTTOM, y / size);
          const [lx0, ly0, lx1, ly1] = L.line;
          const onLine = inRoundRect(x, y, lx0, ly0, lx1, ly1, L.lineRadius);
          // At larger sizes a thin teal gap separates the line from the bars it crosses.
          const nearLine = L.gap > 0 && x >= lx0 && x < lx1 && y >= ly0 - L.gap && y < ly1 + L.gap;
          for (let i = 0; i < L.barsX.length; i++) {
            const [bx0, bx1] = L.barsX[i];
            const top = L.tops[i];
            if (inRoundRect(x, y, bx0, top, bx1, L.bottom, L.barRadius, false)) {
              colour = top >= lineTop ? BAR_SHADE : WHITE;
              if (nearLine && !onLine) colour = mix(TEAL_TOP, TEAL_BOTTOM, y / size);
            }
          }
          if (onLine) colour = ORANGE;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return rgba;
}

// --- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = resolve(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`assets/icon-${size}.png (${size}×${size})`);
}
