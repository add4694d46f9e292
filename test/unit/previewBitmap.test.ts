import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { previewBitmap } from '../../src/site/previewBitmap.ts';

const card = { name: 'backend-expert', summary: 'Use this agent for API design — “safely”, with café-grade care.', chips: ['opus', '3 tools'], color: 'green', site: 'Agent Catalog' };

describe('preview cards composed from a glyph atlas', () => {
  it('are 1200 × 630 indexed PNGs that sharp reads', async () => {
    const png = await previewBitmap(card);
    expect(png).not.toBeNull();
    const meta = await sharp(png!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // IHDR: 8 bits per pixel, colour type 3 (indexed).
    expect([png![24], png![25]]).toEqual([8, 3]);
    expect(png!.length).toBeLessThan(60_000);
  });
  it('hold their rows, unfiltered, in one zlib stream whose checksum holds', async () => {
    const png = Buffer.from((await previewBitmap(card))!);
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
      if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
    }
    // Node's inflate checks the stream's Adler-32 and throws "incorrect data check" when it is wrong.
    const rows = inflateSync(Buffer.concat(idat));
    expect(rows.length).toBe(630 * 1201);
    const filters = new Set(Array.from({ length: 630 }, (_, y) => rows[y * 1201]));
    expect([...filters]).toEqual([0]);
    // The top margin is blank: the accent's bar (index 1) and the background (index 0).
    expect([...rows.subarray(1, 30)]).toEqual([...Array(24).fill(1), ...Array(5).fill(0)]);
  });
  it('put ink where the text is and leave the rest plain', async () => {
    const { data, info } = await sharp((await previewBitmap(card))!).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect(pixel(600, 610)).toEqual([15, 18, 22]);
    expect(pixel(10, 300)).toEqual([63, 185, 80]);
    const nameRow = Array.from({ length: 400 }, (_, x) => pixel(96 + x, 175)).filter((rgb) => rgb.join() !== '15,18,22');
    expect(nameRow.length).toBeGreaterThan(20);
  });
  it('leave cards with characters the atlas lacks to the SVG renderer', async () => {
    expect(await previewBitmap({ ...card, name: 'エージェント' })).toBeNull();
  });
});
