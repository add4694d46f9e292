import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

let written = 0;

/**
 * Writes a file so that readers see it whole or not at all: written beside it under a name of its own (process,
 * thread, count), then renamed over it. Two builds, or two threads, writing the same file leave one whole copy.
 */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
