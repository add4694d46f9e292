import { existsSync, lstatSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Written into the output folder when a build starts: files changed before it are the previous build's. */
const startMark = '.agent-catalog-build-started';
/** Where the previous search index waits, in the output folder, until the new one is written. */
const previousIndex = '.previous-pagefind';

/**
 * A rebuild writes over the previous build's files instead of Astro deleting them all first, and then deletes
 * what it did not write (pages of removed agents, the previous search index).
 *
 * Why: on ext4 without a journal (this project's CI machines), creating a file soon after many were deleted is
 * slow: for each new file the allocator skips, one by one, the inodes freed in the last minutes. Astro empties the
 * output folder before writing the new one, so a rebuild of 1,000 agents deleted about 5,000 files and created as
 * many: over three pairs of rebuilds one after the other, 8.4–11.6 s and 12–18 s of CPU, against 6.0–9.6 s and
 * 5.7–8.3 s written over. A file written over keeps its inode.
 *
 * A file counts as written by this build when its status changed (ctime, which no copy preserves) at or after the
 * start mark's: the mark is written in the same folder, so its time has the file system's own resolution. Pagefind
 * does not write over a file whose name it finds already there (its names are short content digests), so the
 * previous index is moved aside first and deleted with the rest. As Astro does, a `.git` folder is kept.
 */
export function previousOutput(): AstroIntegration {
  let outDir: string | undefined;
  let started: number | null = null;
  return {
    name: 'agent-catalog:previous-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (!outDir || !existsSync(outDir)) {
          started = null;
          return;
        }
        try {
          started = markStart(outDir);
        } catch (error) {
          throw new Error(`Could not prepare ${outDir} for a rebuild over it: ${(error as Error).message}. Fix: delete ${outDir} (or close what holds its files open) and build again.`);
        }
      },
      'astro:build:done': ({ logger }) => {
        if (!outDir || started === null) return;
        const removed = removeUnwritten(outDir, started);
        if (removed > 0) logger.info(`Deleted ${removed} ${removed === 1 ? 'file' : 'files'} of the previous build that this one did not write.`);
      },
    },
  };
}

/** Marks the start of a build in `outDir` and moves the previous search index aside; returns the mark's time. */
export function markStart(outDir: string): number {
  const mark = join(outDir, startMark);
  writeFileSync(mark, '');
  if (existsSync(join(outDir, 'pagefind'))) {
    // A previous index still aside (a build that stopped) goes first: its files are older than the mark.
    rmSync(join(outDir, previousIndex), { recursive: true, force: true });
    try {
      renameSync(join(outDir, 'pagefind'), join(outDir, previousIndex));
    } catch {
      // Held open elsewhere (Windows): deleted now, as Astro would have.
      rmSync(join(outDir, 'pagefind'), { recursive: true, force: true, maxRetries: 3 });
    }
  }
  return statSync(mark).ctimeMs;
}

/**
 * Deletes the files of `outDir` whose status last changed before `started`, the folders left empty, and the start
 * mark; keeps `.git`. Returns how many files were deleted besides the previous search index.
 */
export function removeUnwritten(outDir: string, started: number): number {
  let removed = 0;
  const sweep = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (folder === outDir && (entry.name === '.git' || entry.name === startMark)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (sweep(path)) rmdirSync(path);
        else empty = false;
      } else if (lstatSync(path).ctimeMs < started) {
        rmSync(path, { force: true });
        if (!path.startsWith(join(outDir, previousIndex) + sep)) removed++;
      } else {
        empty = false;
      }
    }
    return empty;
  };
  sweep(outDir);
  rmSync(join(outDir, startMark), { force: true });
  return removed;
}
