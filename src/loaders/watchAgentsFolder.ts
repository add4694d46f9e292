import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** What of a file's state tells that it changed: its size and modification time, or that it is not there. */
function stamp(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size} ${stats.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

export interface FolderWatcher {
  on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown;
}

/**
 * Under `astro dev`, syncs the catalogue again after each change to a file of the agents folder, one sync at a
 * time and in order. A file saved in two steps (emptied, then written, as many editors and `writeFile` do) can be
 * read between them, and the watcher may report the second step not at all when it falls in the same tick of the
 * file's clock: `settleMs` after each sync, a file whose size or time differs from what it was just before the sync
 * read it is synced again.
 */
export function watchAgentsFolder(watcher: FolderWatcher, folder: string, sync: () => Promise<void>, onError: (error: Error) => void, settleMs = 250): void {
  let queue = Promise.resolve();
  const onChange = (changed: string): void => {
    if (!isInside(folder, changed)) return;
    queue = queue
      .then(async () => {
        const before = stamp(changed);
        await sync();
        setTimeout(() => {
          if (stamp(changed) !== before) onChange(changed);
        }, settleMs).unref();
      })
      .catch(onError);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

/** Whether `path` is inside `folder` (not the folder itself). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}
