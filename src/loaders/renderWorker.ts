/**
 * A worker thread that renders system prompts (see renderPrompt.ts). The loader runs two of these, so that both
 * cores render.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPromptRenderer, type PromptRendering, type PromptSettings } from './renderPrompt.ts';

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
