import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { catalogConfig } from '../catalogConfig.ts';

/**
 * Turns a preview SVG into PNG. Drawing one takes a few milliseconds, so each result is kept in the cache folder
 * (`node_modules/.astro/previews/`) by the digest of its SVG, and a rebuild draws only the previews that changed.
 */
const cacheDir = join(catalogConfig.cacheDir, 'previews');
const renderer = `sharp ${sharp.versions.sharp ?? ''} png-2`;

export async function previewPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256').update(renderer).update(svg).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 4 }).toBuffer();
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written then renamed, so that a build running beside this one never reads half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return new Uint8Array(png);
}
