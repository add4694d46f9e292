import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { catalogConfig } from '../catalogConfig.ts';

/**
 * Preview SVGs turned into PNG. Drawing one takes a few milliseconds of CPU, so:
 * - each result is kept in the cache folder (`node_modules/.astro/previews/`) by the digest of its SVG, and a
 *   rebuild draws only the previews that changed;
 * - `startPreviews` draws them all in the background, two at a time, while the build renders pages on the main
 *   thread; the image route then only waits for its own.
 */
const cacheDir = join(catalogConfig.cacheDir, 'previews');
const renderer = `sharp ${sharp.versions.sharp ?? ''} png-2`;
// One thread per drawing, two drawings at once: the build's main thread keeps a core for itself.
sharp.concurrency(1);
const parallel = 2;

const jobs = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const queue: (() => void)[] = [];
let running = 0;

const keyOf = (svg: string) => createHash('sha256').update(renderer).update(svg).digest('hex').slice(0, 32);

async function draw(svg: string, cached: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  if (running >= parallel) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
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
  } finally {
    running--;
    queue.shift()?.();
  }
}

/** The PNG of a preview SVG: drawn (or read from the cache) once, however often it is asked for. */
export function previewPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = keyOf(svg);
  let job = jobs.get(key);
  if (!job) {
    job = draw(svg, join(cacheDir, `${key}.png`));
    jobs.set(key, job);
  }
  return job;
}

/** Starts drawing every preview in the background; each is then handed out once by `takePreviewPng`. */
export function startPreviews(svgs: Iterable<string>): void {
  for (const svg of svgs) void previewPng(svg).catch(() => undefined);
}

/** A preview's PNG, forgotten once handed out so that thousands of images are not all held in memory. */
export async function takePreviewPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = await previewPng(svg);
  jobs.delete(keyOf(svg));
  return png;
}
