import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerCalls } from '../site/workerCalls.ts';
import type { PromptSettings, RenderPrompt } from './renderPrompt.ts';
import type { RenderReply, RenderRequest } from './renderWorker.ts';

export interface RenderPool {
  render: RenderPrompt;
  /** How many worker threads render. */
  threads: number;
  close(): Promise<void>;
}

/**
 * Worker threads that render system prompts in parallel (see renderWorker.ts), one per core, at most `limit`.
 * Resolves to null when workers cannot start here (the caller then renders in its own thread), as on a machine
 * with one core. Should a worker fail mid-way, its prompts come back with the reason as why they failed.
 */
export async function createRenderPool(settings: PromptSettings, limit = 2): Promise<RenderPool | null> {
  const size = Math.min(limit, availableParallelism());
  if (size < 2) return null;
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
