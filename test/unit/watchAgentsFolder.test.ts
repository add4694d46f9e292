import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchAgentsFolder } from '../../src/loaders/watchAgentsFolder.ts';

const folder = mkdtempSync(join(tmpdir(), 'agent-catalog-watch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const settled = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchAgentsFolder (astro dev)', () => {
  it('syncs again when a file was read half-saved and the rest of the save was never reported', async () => {
    const file = join(folder, 'reviewer.md');
    const agent = '---\nname: reviewer\ndescription: Reviews code.\n---\n\nYou review code.\n';
    writeFileSync(file, '');
    const watcher = new EventEmitter();
    const read: string[] = [];
    watchAgentsFolder(
      watcher,
      folder,
      async () => {
        read.push(readFileSync(file, 'utf8'));
        // The editor finishes its save after the sync read the emptied file, and the watcher says nothing more.
        if (read.length === 1) writeFileSync(file, agent);
      },
      (error) => {
        throw error;
      },
      20,
    );
    watcher.emit('change', file);
    await settled(200);
    expect(read).toEqual(['', agent]);
  });
  it('syncs once for a change that was whole when read, and not for files outside the folder', async () => {
    const file = join(folder, 'writer.md');
    writeFileSync(file, '---\nname: writer\ndescription: Writes docs.\n---\n\nYou write docs.\n');
    const watcher = new EventEmitter();
    let syncs = 0;
    watchAgentsFolder(
      watcher,
      folder,
      async () => {
        syncs++;
      },
      (error) => {
        throw error;
      },
      20,
    );
    watcher.emit('change', file);
    watcher.emit('change', join(tmpdir(), 'elsewhere.md'));
    await settled(200);
    expect(syncs).toBe(1);
  });
});
