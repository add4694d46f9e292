import { constants, crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { escapeMarkup } from '../lib/present/escapeMarkup.ts';
import { layoutPreview, previewFont, previewSize, previewTextStyles, type PreviewInput, type PreviewLayout } from '../lib/present/previewSvg.ts';

/**
 * Preview cards drawn without a rasteriser per image. Drawing SVG text costs about 10 ms of CPU per card, which
 * at thousands of agents dominates a build; here each glyph of each text style is drawn once per build (an atlas,
 * from SVG, in the card's font), and every card is composed from those glyphs into an indexed image and written
 * as a PNG directly: a few milliseconds, and files a third the size. Cards with characters the atlas lacks are
 * left to the SVG route (`null`).
 */

const characters = [...` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~…–—‘’“”•·©®°±×÷ÀÁÂÄÅÇÈÉÊËÍÎÏÑÓÔÖØÚÜßàáâäåçèéêëíîïñóôöøúûüÿ`];
/** Alpha is kept in 16 levels: enough for smooth edges, and the palette stays small. */
const levels = 16;

interface Glyph {
  advance: number;
  /** Alpha (0 to levels - 1) of a cell, row by row, and where the cell's top-left sits against the pen. */
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

type Style = `${number}/${400 | 700}`;
const atlases = new Map<Style, Promise<Map<string, Glyph>>>();

/** Draws every character of one style in a row, alone and doubled, and reads glyphs and advances from them. */
async function drawAtlas(size: number, weight: 400 | 700): Promise<Map<string, Glyph>> {
  // Wide enough for "H" and two of the widest glyphs, which measure advances.
  const cell = Math.ceil(size * 3.8);
  const height = Math.ceil(size * 1.5);
  const baseline = Math.round(size * 1.1);
  const pad = Math.ceil(size * 0.3);
  // A grid of cells, 16 to a row (an SVG may not be wider than 32,767 pixels).
  const columns = 16;
  const rowWidth = cell * columns;
  const origin = (i: number) => ((Math.floor(i / columns) * height) * rowWidth) + (i % columns) * cell;
  const render = async (text: (char: string) => string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${rowWidth}" height="${height * Math.ceil(characters.length / columns)}">${characters
      .map(
        (char, i) =>
          `<text x="${(i % columns) * cell + pad}" y="${Math.floor(i / columns) * height + baseline}" font-family="${previewFont}" font-size="${size}" font-weight="${weight}" fill="#fff" xml:space="preserve">${escapeMarkup(text(char))}</text>`,
      )
      .join('')}</svg>`;
    return (await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer({ resolveWithObject: true })).data;
  };
  // One after the other: sharp works on the threads Node does file work on, and the build's main thread waited
  // 0.3 s for a file when a dozen of these ran at once.
  const alone = await render((char) => char);
  const once = await render((char) => `H${char}`);
  const twice = await render((char) => `H${char}${char}`);
  /** The rightmost column with ink in a cell, or -1. */
  const inkRight = (image: Buffer, i: number) => {
    const base = origin(i);
    for (let x = cell - 1; x >= 0; x--) for (let y = 0; y < height; y++) if (image[base + y * rowWidth + x]! > 24) return x;
    return -1;
  };
  const glyphs = new Map<string, Glyph>();
  // One glyph drawn alone ends well before its cell does.
  const reach = Math.min(cell, pad + Math.ceil(size * 1.6));
  characters.forEach((char, i) => {
    const base = origin(i);
    const level = (x: number, y: number) => Math.round((alone[base + y * rowWidth + x]! * (levels - 1)) / 255);
    // The glyph's ink, cropped to its box (rows are read top to bottom: the last with ink is the lowest).
    let x0 = cell;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < reach; x++) {
        if (level(x, y) === 0) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
    const width = Math.max(0, x1 - x0 + 1);
    const rows = Math.max(0, y1 - y0 + 1);
    const alpha = new Uint8Array(width * rows);
    for (let y = 0; y < rows; y++) for (let x = 0; x < width; x++) alpha[y * width + x] = level(x0 + x, y0 + y);
    // Doubling a character moves its ink right by exactly its advance.
    let advance = inkRight(twice, i) - inkRight(once, i);
    // A space has no ink: DejaVu Sans gives it 0.318 em.
    if (char === ' ' || advance <= 0) advance = Math.round(size * 0.318);
    glyphs.set(char, { advance, alpha, width, height: rows, left: x0 - pad, top: y0 - baseline });
  });
  return glyphs;
}

function atlas(size: number, weight: 400 | 700): Promise<Map<string, Glyph>> {
  const style: Style = `${size}/${weight}`;
  let found = atlases.get(style);
  if (!found) {
    found = drawAtlas(size, weight);
    atlases.set(style, found);
  }
  return found;
}

const hex = (color: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16)) as [number, number, number];

const { width: W, height: H } = previewSize;
/** A PNG row is a filter byte (0: none) and the row's pixels: the canvas is laid out so, and deflated as it is. */
const stride = W + 1;
/**
 * The canvas's buffers, reused card after card: a card is drawn without pausing (the atlases are loaded before),
 * so no two cards of one thread draw at once.
 */
const buffers = { pixels: new Uint8Array(stride * H), ink: new Uint8Array(stride * H) };

/** An indexed image: a palette of colours (and blends between two colours) and one byte per pixel. */
class Canvas {
  readonly pixels = buffers.pixels;
  /** How much ink text has put on each pixel: where glyphs overlap, the darker one wins. */
  private readonly ink = buffers.ink;
  readonly palette: [number, number, number][] = [];
  private readonly indexes = new Map<string, number>();

  constructor(background: [number, number, number]) {
    // Every pixel has the background's index (0); each row starts with its filter byte (also 0).
    this.color(background);
    this.pixels.fill(0);
    this.ink.fill(0);
  }

  color(rgb: [number, number, number]): number {
    const key = rgb.join();
    let index = this.indexes.get(key);
    if (index === undefined) {
      if (this.palette.length === 256) throw new Error('Too many colours for an indexed preview.');
      index = this.palette.length;
      this.palette.push(rgb);
      this.indexes.set(key, index);
    }
    return index;
  }

  blend(under: [number, number, number], over: [number, number, number], level: number): number {
    const t = level / (levels - 1);
    return this.color(under.map((value, i) => Math.round(value + (over[i]! - value) * t)) as [number, number, number]);
  }

  /** Sets pixels x0 to x1 (exclusive) of row y, within the image. */
  private run(y: number, x0: number, x1: number, index: number): void {
    if (y < 0 || y >= H) return;
    const from = Math.max(0, x0);
    const to = Math.min(W, x1);
    if (to > from) this.pixels.fill(index, y * stride + 1 + from, y * stride + 1 + to);
  }

  fill(x0: number, y0: number, width: number, height: number, index: number): void {
    for (let y = y0; y < y0 + height; y++) this.run(y, x0, x0 + width, index);
  }

  /** A pill: a rounded rectangle with a border, its edge smoothed over one pixel. */
  pill(x0: number, y0: number, width: number, height: number, fill: [number, number, number], stroke: [number, number, number], under: [number, number, number]): void {
    const radius = height / 2;
    const fills = Array.from({ length: levels }, (_, level) => this.blend(under, fill, level));
    const strokes = Array.from({ length: levels }, (_, level) => this.blend(under, stroke, level));
    const cy = y0 + radius;
    const shade = (outside: number): number | null => {
      if (outside > 1) return null;
      const level = outside > 0 ? Math.round((1 - outside) * (levels - 1)) : levels - 1;
      return (Math.abs(outside) <= 1 ? strokes : fills)[Math.max(0, level)]!;
    };
    // Between the two round ends every pixel of a row is as far from the middle line: one run per row.
    const straightFrom = Math.ceil(x0 + radius - 0.5);
    const straightTo = Math.floor(x0 + width - radius - 0.5);
    for (let y = y0 - 1; y <= y0 + height + 1; y++) {
      if (y < 0 || y >= H) continue;
      const straight = shade(Math.abs(y + 0.5 - cy) - radius);
      if (straight !== null && straightTo >= straightFrom) this.run(y, straightFrom, straightTo + 1, straight);
      for (let x = x0 - 1; x <= x0 + width + 1; x++) {
        if (x >= straightFrom && x <= straightTo) continue;
        if (x < 0 || x >= W) continue;
        const cx = Math.min(Math.max(x + 0.5, x0 + radius), x0 + width - radius);
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        // Math.hypot is several times slower, and its guard against overflow is not needed at these sizes.
        const index = shade(Math.sqrt(dx * dx + dy * dy) - radius);
        if (index !== null) this.pixels[y * stride + 1 + x] = index;
      }
    }
  }

  text(glyphs: Map<string, Glyph>, x: number, y: number, text: string, color: [number, number, number], under: [number, number, number]): void {
    const shades = Array.from({ length: levels }, (_, level) => this.blend(under, color, level));
    let pen = x;
    for (const char of text) {
      const glyph = glyphs.get(char)!;
      for (let gy = 0; gy < glyph.height; gy++) {
        const py = y + glyph.top + gy;
        if (py < 0 || py >= H) continue;
        const row = py * stride + 1;
        const left = pen + glyph.left;
        const first = Math.max(0, -left);
        const last = Math.min(glyph.width, W - left);
        for (let gx = first; gx < last; gx++) {
          const level = glyph.alpha[gy * glyph.width + gx]!;
          const at = row + left + gx;
          if (level <= this.ink[at]!) continue;
          this.ink[at] = level;
          this.pixels[at] = shades[level]!;
        }
      }
      pen += glyph.advance;
    }
  }

  /** The image as a PNG: the palette, then the rows unfiltered (plain runs of one index deflate well). */
  png(): Uint8Array<ArrayBuffer> {
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(12 + data.length);
      const view = new DataView(out.buffer);
      view.setUint32(0, data.length);
      out.set(new TextEncoder().encode(type), 4);
      out.set(data, 8);
      view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
      return out;
    };
    const header = new Uint8Array(13);
    new DataView(header.buffer).setUint32(0, W);
    new DataView(header.buffer).setUint32(4, H);
    header.set([8, 3, 0, 0, 0], 8);
    const parts = [
      new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', header),
      chunk('PLTE', new Uint8Array(this.palette.flat())),
      // Runs of one colour are most of a card: run-length deflate is faster than level 1 and packs them as tight.
      chunk('IDAT', deflateSync(this.pixels, { strategy: constants.Z_RLE })),
      chunk('IEND', new Uint8Array()),
    ];
    const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      png.set(part, offset);
      offset += part.length;
    }
    return png;
  }
}

/** The measure of the atlas: real advances of the card's font. */
function measureWith(styles: Map<Style, Map<string, Glyph>>) {
  return (text: string, size: number, weight: 400 | 700) => {
    const glyphs = styles.get(`${size}/${weight}`);
    return [...text].reduce((sum, char) => sum + (glyphs?.get(char)?.advance ?? size * 0.6), 0);
  };
}

/** Every style the card uses, once: an atlas each. */
const styles = [...new Map(Object.values(previewTextStyles).map((style) => [style.join('/'), style])).values()];

/** The glyph atlases of every style, drawn one after the other (see `drawAtlas`) unless they are already. */
export async function loadAtlases(): Promise<Map<Style, Map<string, Glyph>>> {
  const loaded = new Map<Style, Map<string, Glyph>>();
  for (const [size, weight] of styles) loaded.set(`${size}/${weight}`, await atlas(size, weight));
  return loaded;
}

/** The card as a PNG, or null when one of its texts has a character the atlas lacks. */
export async function previewBitmap(input: PreviewInput): Promise<Uint8Array<ArrayBuffer> | null> {
  const loaded = await loadAtlases();
  const layout: PreviewLayout = layoutPreview(input, measureWith(loaded));
  if (layout.texts.some((run) => [...run.text].some((char) => !loaded.get(`${run.size}/${run.weight}`)?.has(char)))) return null;
  const background = hex(layout.background);
  const canvas = new Canvas(background);
  canvas.fill(0, 0, 24, previewSize.height, canvas.color(hex(layout.accent)));
  for (const chip of layout.chips) canvas.pill(chip.x, chip.y, chip.width, chip.height, hex(chip.fill), hex(chip.stroke), background);
  for (const run of layout.texts) {
    const inChip = layout.chips.some((chip) => run.x > chip.x && run.x < chip.x + chip.width && run.y > chip.y && run.y < chip.y + chip.height);
    canvas.text(loaded.get(`${run.size}/${run.weight}`)!, run.x, run.y, run.text, hex(run.color), inChip ? hex(layout.chips[0]!.fill) : background);
  }
  return canvas.png();
}
