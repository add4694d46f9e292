import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markStart, previousOutput, removeUnwritten } from '../../src/integrations/previousOutput.ts';

const work = mkdtempSync(join(tmpdir(), 'previous-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A previous build's output: pages, a search index, a deploy repository. */
function previousBuild(outDir: string): void {
  for (const path of ['index.html', 'agents/kept/index.html', 'agents/removed/index.html', 'pagefind/pagefind.js', '.git/HEAD']) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), `previous ${path}`);
  }
}

describe('a rebuild over the previous output', () => {
  it('keeps the files it wrote over, and their inodes; deletes the others, the previous index and the mark', async () => {
    const outDir = join(work, 'rebuild');
    previousBuild(outDir);
    const inode = statSync(join(outDir, 'agents/kept/index.html')).ino;
    await pause(30);
    const started = markStart(outDir);
    expect(readdirSync(outDir).sort()).toEqual(['.agent-catalog-build-started', '.git', '.previous-pagefind', 'agents', 'index.html']);
    // The build writes its pages over the old ones, a new index, and a file copied with its old times kept.
    writeFileSync(join(outDir, 'index.html'), 'new home');
    writeFileSync(join(outDir, 'agents/kept/index.html'), 'new kept');
    mkdirSync(join(outDir, 'pagefind'));
    writeFileSync(join(outDir, 'pagefind/pagefind.js'), 'new index');
    const old = new Date(Date.now() - 86_400_000);
    copyFileSync(join(outDir, 'index.html'), join(outDir, 'copied.txt'));
    utimesSync(join(outDir, 'copied.txt'), old, old);

    expect(removeUnwritten(outDir, started)).toBe(1);
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'agents', 'copied.txt', 'index.html', 'pagefind']);
    expect(readdirSync(join(outDir, 'agents'))).toEqual(['kept']);
    expect(statSync(join(outDir, 'agents/kept/index.html')).ino).toBe(inode);
    expect(readFileSync(join(outDir, 'pagefind/pagefind.js'), 'utf8')).toBe('new index');
    expect(readFileSync(join(outDir, '.git/HEAD'), 'utf8')).toBe('previous .git/HEAD');
  });

  it('replaces a previous index left aside by a build that stopped', async () => {
    const outDir = join(work, 'stopped');
    previousBuild(outDir);
    mkdirSync(join(outDir, '.previous-pagefind'));
    writeFileSync(join(outDir, '.previous-pagefind/stale.js'), 'from a build that stopped');
    await pause(30);
    markStart(outDir);
    expect(readdirSync(join(outDir, '.previous-pagefind'))).toEqual(['pagefind.js']);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
  });

  it('fails the build naming the output folder and the fix when it cannot prepare it', () => {
    // A folder where the start mark should be written.
    const outDir = join(work, 'unmarkable');
    mkdirSync(join(outDir, '.agent-catalog-build-started'), { recursive: true });
    const { hooks } = previousOutput();
    const configDone = hooks['astro:config:done'] as unknown as (options: { config: { outDir: URL } }) => void;
    const buildStart = hooks['astro:build:start'] as unknown as () => void;
    configDone({ config: { outDir: pathToFileURL(`${outDir}/`) } });
    expect(buildStart).toThrow(`Could not prepare ${outDir}/ for a rebuild over it: EISDIR`);
    expect(buildStart).toThrow(`Fix: delete ${outDir}/ (or close what holds its files open) and build again.`);
  });
});
