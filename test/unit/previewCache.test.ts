import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The cache folder is read from the environment when the module loads.
const cacheDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
process.env['CATALOG_CACHE_DIR'] = cacheDir;
const { previewFileName, previewPng, prunePreviews } = await import('../../src/site/previewPng.ts');
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const card = (name: string) => ({ name, summary: 'Reviews code.', chips: ['sonnet', 'Read'], color: 'blue', site: 'Agent Catalog' });

describe('the preview cache', () => {
  it('keeps each drawn preview under the digest of its input', async () => {
    await previewPng(card('kept'));
    await previewPng(card('edited'));
    expect(readdirSync(join(cacheDir, 'previews')).sort()).toEqual([previewFileName(card('kept')), previewFileName(card('edited'))].sort());
  });

  it('prunes the previews a build did not use, drawn before it started, and nothing else', () => {
    const folder = join(cacheDir, 'previews');
    const past = new Date(Date.now() - 60_000);
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), past, past);
    writeFileSync(join(folder, 'notes.txt'), 'not a preview');
    const since = Date.now() - 1_000;
    const drawnMeanwhile = `${'a'.repeat(32)}.png`;
    writeFileSync(join(folder, drawnMeanwhile), 'drawn by a build beside this one');
    expect(prunePreviews(new Set([previewFileName(card('kept'))]), since)).toBe(1);
    expect(readdirSync(folder).sort()).toEqual([drawnMeanwhile, previewFileName(card('kept')), 'notes.txt'].sort());
  });
});
