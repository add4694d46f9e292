/**
 * A worker thread that renders system prompts (see renderPrompt.ts). The loader starts them under `astro dev`
 * (two by default) and, in a build, for threads beyond the build worker and the main thread (see
 * CATALOG_RENDER_THREADS).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PromptSettings } from './promptSettings.ts';
import { createPromptRenderer, type PromptRendering } from './renderPrompt.ts';

export interface RenderRequest {
  id: number;
  body: string;
  renderDigest: string;
}

export type RenderReply = PromptRendering & { id: number };

const render = await createPromptRenderer(workerData as PromptSettings);

parentPort!.on('message', async ({ id, body, renderDigest }: RenderRequest) => {
  parentPort!.postMessage({ id, ...(await render(body, renderDigest)) } satisfies RenderReply);
});
parentPort!.postMessage('ready');
