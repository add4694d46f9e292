import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFiles, keepIndex, restoreIndex } from '../../src/site/searchIndexCache.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

const page = (name: string, text: string, skill: string) =>
  `<html lang="en"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>${text}</p><span data-pagefind-filter="skill">${skill}</span></main></body></html>`;
const catalogue = {
  reviewer: page('reviewer', 'Reviews pull requests for security issues.', 'Security'),
  tuner: page('tuner', 'Tunes slow PostgreSQL queries and indexes.', 'PostgreSQL'),
  writer: page('writer', 'Writes release notes from merged changes.', 'Writing'),
};

/** Writes Pagefind's index of `pages` into `output` as the build does. */
async function writeIndex(pages: Record<string, string>, output: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [name, content] of Object.entries(pages)) await index!.addHTMLFile({ url: `/agents/${name}/`, content });
  const { errors } = await index!.writeFiles({ outputPath: output });
  expect(errors).toEqual([]);
}

/** The files of an index folder named by their content, by path. */
const contentNamed = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.pf_(fragment|index|filter|meta)$/.test(file))
    .sort();

describe('the search index cache', () => {
  const first = join(work, 'first');
  const cache = join(work, 'cache');
  beforeAll(() => writeIndex(catalogue, first));

  it('lists the files of an index named by their content, as Pagefind wrote them', () => {
    const files = indexFiles(first);
    expect(files?.slice().sort()).toEqual(contentNamed(first));
    expect(files?.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
    expect(files?.filter((file) => file.startsWith('filter/'))).toHaveLength(1);
  });

  it('lists nothing for a folder without an index, or with metadata it cannot read', () => {
    expect(indexFiles(join(work, 'nowhere'))).toBeNull();
    const broken = join(work, 'broken');
    const metadata = contentNamed(first).find((file) => file.endsWith('.pf_meta'))!;
    cpSync(first, broken, { recursive: true });
    expect(indexFiles(broken)).not.toBeNull();
    writeFileSync(join(broken, metadata), 'not gzip');
    expect(indexFiles(broken)).toBeNull();
  });

  it('keeps an index, and a rebuild after one page changed ends with exactly the index written from nothing', async () => {
    expect(keepIndex(first, cache, new Set())).toBe(0);
    expect(contentNamed(cache)).toEqual(contentNamed(first));

    const edited = { ...catalogue, tuner: page('tuner', 'Tunes slow PostgreSQL and MySQL queries.', 'PostgreSQL') };
    const rebuilt = join(work, 'rebuilt');
    const restored = restoreIndex(cache, rebuilt);
    expect(restored.size).toBe(contentNamed(first).length);
    await writeIndex(edited, rebuilt);
    const reused = keepIndex(rebuilt, cache, restored);

    const fresh = join(work, 'fresh');
    await writeIndex(edited, fresh);
    expect(contentNamed(rebuilt)).toEqual(contentNamed(fresh));
    for (const file of contentNamed(fresh)) expect(readFileSync(join(rebuilt, file)), file).toEqual(readFileSync(join(fresh, file)));
    // The two unchanged pages' fragments and the filter were reused; the edited page's old fragment is gone.
    expect(reused).toBeGreaterThanOrEqual(3);
    expect(reused).toBeLessThan(restored.size);
    expect(contentNamed(cache)).toEqual(contentNamed(fresh));
  });
});
