import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerCalls } from '../site/workerCalls.ts';
import type { RenderedBody } from './bodyHtml.ts';
import type { RenderReply, RenderRequest } from './renderWorker.ts';

export interface RenderPool {
  /** The body rendered, or why not (`error`), and the code languages the highlighter did not know. */
  render(body: string, renderDigest: string): Promise<{ rendered?: RenderedBody; error?: string; languages: string[] }>;
  close(): Promise<void>;
}

/**
 * Worker threads that render bodies in parallel (see renderWorker.ts), one per core, at most `limit`. Resolves to
 * null when workers cannot start here (the caller then renders in its own thread): a machine with one core, or
 * Markdown settings that cannot be sent to a worker (functions in the Shiki configuration). Should a worker fail
 * mid-way, its bodies come back with the reason as their error.
 */
export async function createRenderPool(markdown: Record<string, unknown>, limit = 2): Promise<RenderPool | null> {
  const size = Math.min(limit, availableParallelism());
  if (size < 2) return null;
  let workers: Worker[];
  try {
    structuredClone(markdown);
    workers = Array.from({ length: size }, () => new Worker(new URL('./renderWorker.ts', import.meta.url), { workerData: markdown }));
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
    async render(body, renderDigest) {
      // The worker with the fewest bodies in hand takes the next one.
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      try {
        const reply = await calls[index]!.call({ body, renderDigest });
        return reply.rendered ? { rendered: reply.rendered, languages: reply.languages } : { error: reply.failed ?? 'no output', languages: reply.languages };
      } catch (error) {
        return { error: `the render worker failed: ${(error as Error).message}`, languages: [] };
      } finally {
        load[index]!--;
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
