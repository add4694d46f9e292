import { Worker } from 'node:worker_threads';
import { workerCalls } from '../site/workerCalls.ts';
import type { PromptSettings } from './promptSettings.ts';
import type { RenderPrompt } from './renderPrompt.ts';
import type { RenderReply, RenderRequest } from './renderWorker.ts';

export interface RenderPool {
  /** One renderer per worker thread (the loader's queue hands each its prompts: see renderQueue.ts). */
  renderers: RenderPrompt[];
  close(): Promise<void>;
}

/**
 * `size` worker threads that render system prompts (see renderWorker.ts). Resolves to null when they cannot start
 * (the caller's other threads then render). Should a worker fail mid-way, its renderer rejects, with why.
 */
export async function createRenderPool(settings: PromptSettings, size: number): Promise<RenderPool | null> {
  if (size < 1) return null;
  let workers: Worker[];
  try {
    workers = Array.from({ length: size }, () => new Worker(new URL('./renderWorker.ts', import.meta.url), { workerData: settings }));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', () => resolve());
            worker.once('error', reject);
          }),
      ),
    );
  } catch {
    return null;
  }
  return {
    renderers: workers.map((worker): RenderPrompt => {
      const calls = workerCalls<Omit<RenderRequest, 'id'>, RenderReply>(worker);
      // A worker that fails rejects (see renderQueue.ts): the queue gives it no more prompts.
      return async (body, renderDigest) => {
        try {
          const { id: _, ...reply } = await calls.call({ body, renderDigest });
          return reply;
        } catch (error) {
          throw new Error(`the render worker failed: ${(error as Error).message}`);
        }
      };
    }),
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
