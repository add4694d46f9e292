import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { catalogConfig } from '../catalogConfig.ts';
import type { StoredAgent } from '../lib/catalog/catalogEntry.ts';
import { agentSummaryLine, modelOf, runtimeFields, toolAccess } from '../lib/present/agentFacts.ts';
import { previewSvg, type PreviewInput } from '../lib/present/previewSvg.ts';
import { buildWorker } from './buildWorker.ts';
import { writeAtomically } from './writeAtomically.ts';

/**
 * A preview card as PNG: composed from a glyph atlas (`previewBitmap`, a few milliseconds), or drawn from its
 * SVG by sharp when its text has characters the atlas lacks (CJK names, emoji). Each result is kept in the cache
 * folder (`node_modules/.astro/previews/`) by the digest of its input, so a rebuild draws only what changed.
 */
const cacheDir = join(catalogConfig.cacheDir, 'previews');
const renderer = `previews-3 sharp ${sharpVersion()}`;

/**
 * sharp's version, from its package file: the catalogue's loader and the build's configuration import this module,
 * and loading sharp (and the glyph drawing) is left to the thread that draws.
 */
function sharpVersion(): string {
  // Up from its entry file to the package file named sharp (a folder on the way may have one of its own).
  for (let folder = dirname(createRequire(import.meta.url).resolve('sharp')); dirname(folder) !== folder; folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    const found = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : null;
    if (found?.name === 'sharp') return found.version ?? '';
  }
  return '';
}

/** What an agent's preview card shows: its name, summary, model and tools, in the catalogue's name. */
export function agentPreview(agent: Pick<StoredAgent, 'name' | 'summary' | 'examples' | 'fields' | 'claudeCodeFallback'>): PreviewInput {
  const fields = runtimeFields(agent);
  const model = modelOf(fields);
  return {
    name: agent.name,
    summary: agentSummaryLine(agent),
    chips: [model.stated ? model.value : 'inherits model', toolAccess(fields).label],
    color: fields.color,
    site: catalogConfig.title,
  };
}

/** The name a preview has in the cache folder: the digest of its input and the renderer. */
export const previewFileName = (input: PreviewInput): string => `${createHash('sha256').update(renderer).update(JSON.stringify(input)).digest('hex').slice(0, 32)}.png`;

const cachedPath = (input: PreviewInput): string => join(cacheDir, previewFileName(input));

/**
 * Removes the cached previews that are not among `keep` (file names), such as those of agents since edited, and
 * were drawn before `since` (a build running beside this one may have drawn the newer ones). A preview removed
 * while another build wants it is drawn again there.
 */
export function prunePreviews(keep: ReadonlySet<string>, since: number): number {
  let removed = 0;
  try {
    for (const name of readdirSync(cacheDir)) {
      // Previews, and what an interrupted write left of one.
      if (!keep.has(name) && /^[0-9a-f]{32}\.png(\..+\.tmp)?$/.test(name) && statSync(join(cacheDir, name)).mtimeMs < since) {
        rmSync(join(cacheDir, name), { force: true });
        removed++;
      }
    }
  } catch {
    // No cache folder: nothing to prune.
  }
  return removed;
}

/** Draws a preview and keeps it in the cache folder. */
export async function drawPreview(input: PreviewInput): Promise<Uint8Array<ArrayBuffer>> {
  const { previewBitmap } = await import('./previewBitmap.ts');
  const png = (await previewBitmap(input)) ?? (await drawWithSharp(input));
  const cached = cachedPath(input);
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(cached, png);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return png;
}

/** The preview drawn from its SVG by sharp, for texts the glyph atlas lacks characters of. */
async function drawWithSharp(input: PreviewInput): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  return new Uint8Array(await sharp(Buffer.from(previewSvg(input))).png({ compressionLevel: 6 }).toBuffer());
}

function readCached(input: PreviewInput): Uint8Array<ArrayBuffer> | null {
  try {
    return new Uint8Array(readFileSync(cachedPath(input)));
  } catch {
    return null;
  }
}

/** Asks the build's worker to draw these previews now, ahead of the files that need them (no-op without one). */
export function drawPreviewsAhead(inputs: readonly PreviewInput[]): void {
  const ahead = buildWorker();
  if (!ahead) return;
  for (const input of inputs) if (!existsSync(cachedPath(input))) ahead.draw(input).catch(() => undefined);
}

/** The preview as PNG: from the cache folder, from the build's worker, or drawn here. */
export async function previewPng(input: PreviewInput): Promise<Uint8Array<ArrayBuffer>> {
  const other = buildWorker();
  other?.usedPreviews.add(previewFileName(input));
  const cached = readCached(input);
  if (cached) return cached;
  if (other) {
    try {
      await other.draw(input);
      const drawn = readCached(input);
      if (drawn) return drawn;
    } catch {
      // Drawn here instead.
    }
  }
  return drawPreview(input);
}
