import { Worker } from 'node:worker_threads';
import { workerCalls } from '../site/workerCalls.ts';
import type { PromptSettings } from './promptSettings.ts';
import type { RenderPrompt } from './renderPrompt.ts';
import type { RenderReply, RenderRequest } from './renderWorker.ts';

export interface RenderPool {
  render: RenderPrompt;
  /** How many worker threads render. */
  threads: number;
  close(): Promise<void>;
}

/**
 * `size` worker threads that render system prompts (see renderWorker.ts). Resolves to null when they cannot start
 * (the caller's other threads then render). Should a worker fail mid-way, its prompts come back with the reason as
 * why they failed.
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
  const calls = workers.map((worker) => workerCalls<Omit<RenderRequest, 'id'>, RenderReply>(worker));
  const load = workers.map(() => 0);
  return {
    threads: size,
    async render(body, renderDigest) {
      // The worker with the fewest prompts in hand takes the next one.
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      try {
        const { id: _, ...reply } = await calls[index]!.call({ body, renderDigest });
        return reply;
      } catch (error) {
        return { failed: `the render worker failed: ${(error as Error).message}`, languages: [] };
      } finally {
        load[index]!--;
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
