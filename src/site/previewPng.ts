import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { catalogConfig } from '../catalogConfig.ts';
import type { StoredAgent } from '../lib/catalog/catalogEntry.ts';
import { modelOf, oneLineSummary, toolAccess } from '../lib/present/agentFacts.ts';
import { previewSvg, type PreviewInput } from '../lib/present/previewSvg.ts';
import { previewBitmap } from './previewBitmap.ts';

/**
 * A preview card as PNG: composed from a glyph atlas (`previewBitmap`, a few milliseconds), or drawn from its
 * SVG by sharp when its text has characters the atlas lacks (CJK names, emoji). Each result is kept in the cache
 * folder (`node_modules/.astro/previews/`) by the digest of its input, so a rebuild draws only what changed.
 */
const cacheDir = join(catalogConfig.cacheDir, 'previews');
const renderer = `previews-3 sharp ${sharp.versions.sharp ?? ''}`;

/** What an agent's preview card shows: its name, summary, model and tools, in the catalogue's name. */
export function agentPreview(agent: Pick<StoredAgent, 'name' | 'summary' | 'fields'>): PreviewInput {
  const model = modelOf(agent.fields);
  return {
    name: agent.name,
    summary: oneLineSummary(agent.summary),
    chips: [model.stated ? model.value : 'inherits model', toolAccess(agent.fields).label],
    color: agent.fields.color,
    site: catalogConfig.title,
  };
}

export async function previewPng(input: PreviewInput): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256').update(renderer).update(JSON.stringify(input)).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  const png = (await previewBitmap(input)) ?? new Uint8Array(await sharp(Buffer.from(previewSvg(input))).png({ compressionLevel: 6 }).toBuffer());
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written then renamed, so that a build running beside this one never reads half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return png;
}
