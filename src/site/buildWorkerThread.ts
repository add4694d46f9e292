/**
 * The build worker's thread (see buildWorker.ts): renders system prompts during the content sync, draws previews
 * into the cache folder and writes agents' files into the output folder, one message at a time.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PreviewInput } from '../lib/present/previewSvg.ts';
import type { PromptSettings } from '../loaders/promptSettings.ts';
import type { PromptRendering, RenderPrompt } from '../loaders/renderPrompt.ts';
import type { FileJob } from './buildWorker.ts';
import type { WorkerAnswer } from './workerCalls.ts';
import { loadAtlases } from './previewBitmap.ts';
import { drawPreview, previewPng } from './previewPng.ts';

export type ThreadJob = { kind: 'draw'; input: PreviewInput } | { kind: 'render'; body: string; renderDigest: string } | FileJob;
export type ThreadRequest = { id: number } & ThreadJob;
export type ThreadReply = WorkerAnswer & { rendering?: PromptRendering };

const { outDir, prompts } = workerData as { outDir: string; prompts: PromptSettings };
// The prompt renderer loads while Astro starts, so that the content sync can hand this thread prompts at once;
// then the glyph atlases of the previews are drawn, so that the first previews asked for at the end of the sync
// are drawn at once.
const renderer: Promise<RenderPrompt> = import('../loaders/renderPrompt.ts').then(({ createPromptRenderer }) => createPromptRenderer(prompts));
void renderer
  .catch(() => undefined)
  .then(() => loadAtlases())
  .catch(() => undefined);
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

async function run(request: ThreadRequest): Promise<PromptRendering | undefined> {
  switch (request.kind) {
    case 'render':
      return (await renderer)(request.body, request.renderDigest);
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
      return;
  }
}

parentPort!.on('message', async (request: ThreadRequest) => {
  try {
    const rendering = await run(request);
    parentPort!.postMessage({ id: request.id, ...(rendering && { rendering }) } satisfies ThreadReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message } satisfies ThreadReply);
  }
});
