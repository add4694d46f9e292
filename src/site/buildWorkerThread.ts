/**
 * The build worker's thread (see buildWorker.ts): draws previews into the cache folder and writes agents' files
 * into the output folder, one message at a time.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PreviewInput } from '../lib/present/previewSvg.ts';
import type { FileJob } from './buildWorker.ts';
import type { WorkerAnswer } from './workerCalls.ts';
import { loadAtlases } from './previewBitmap.ts';
import { drawPreview, previewPng } from './previewPng.ts';

export type ThreadJob = { kind: 'draw'; input: PreviewInput } | FileJob;
export type ThreadRequest = { id: number } & ThreadJob;
export type ThreadReply = WorkerAnswer;

const { outDir } = workerData as { outDir: string };
// The glyph atlases of the previews are drawn while Astro starts and syncs content, so that the first previews
// asked for at the end of the sync are drawn at once.
void loadAtlases().catch(() => undefined);
const folders = new Set<string>();

function target(path: string): string {
  const file = join(outDir, path);
  const folder = dirname(file);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  return file;
}

async function run(request: ThreadRequest): Promise<void> {
  switch (request.kind) {
    case 'draw':
      await drawPreview(request.input);
      return;
    case 'json':
      writeFileSync(target(request.path), JSON.stringify(request.value, null, 2));
      return;
    case 'copy':
      copyFileSync(request.from, target(request.path));
      return;
    case 'preview':
      writeFileSync(target(request.path), await previewPng(request.input));
  }
}

parentPort!.on('message', async (request: ThreadRequest) => {
  try {
    await run(request);
    parentPort!.postMessage({ id: request.id } satisfies ThreadReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message } satisfies ThreadReply);
  }
});
