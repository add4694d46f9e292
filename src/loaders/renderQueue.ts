import type { PromptRendering, RenderPrompt } from './renderPrompt.ts';

/** A thread that renders prompts taken from a queue (see `queueRenderer`). */
export interface RenderLane {
  render: RenderPrompt;
  /** How many prompts it holds at once: more than one for another thread, so that it never waits for its next. */
  slots: number;
  /** When it may start taking prompts (at once when absent). */
  ready?: Promise<void>;
  /** Awaited after each prompt it renders: lets this thread, when it renders too, hear the other threads' replies. */
  pause?: () => Promise<void>;
}

interface Job {
  body: string;
  renderDigest: string;
  resolve: (rendering: PromptRendering) => void;
}

export interface RenderQueue {
  render: RenderPrompt;
  /** How many prompts each lane has taken. */
  rendered: number[];
}

/**
 * A renderer that queues the prompts it is given and hands each, in order, to the first lane with a free slot, so
 * that a faster lane takes more. A lane that fails gives its prompt back as failed, with why.
 */
export function queueRenderer(lanes: RenderLane[]): RenderQueue {
  // Taken jobs are let go (undefined), so that rendered bodies do not stay in memory until the end.
  const queue: (Job | undefined)[] = [];
  let next = 0;
  const holding = lanes.map(() => 0);
  const rendered = lanes.map(() => 0);
  const open = lanes.map((lane) => lane.ready === undefined);
  const pump = (): void => {
    for (const [index, lane] of lanes.entries()) {
      while (open[index] && holding[index]! < lane.slots && next < queue.length) {
        const job = queue[next]!;
        queue[next++] = undefined;
        holding[index]!++;
        rendered[index]!++;
        void Promise.resolve()
          .then(() => lane.render(job.body, job.renderDigest))
          .catch((error: Error): PromptRendering => ({ failed: error.message, languages: [] }))
          .then(async (rendering) => {
            job.resolve(rendering);
            await lane.pause?.();
          })
          .finally(() => {
            holding[index]!--;
            pump();
          });
      }
    }
  };
  for (const [index, lane] of lanes.entries()) {
    void lane.ready?.then(() => {
      open[index] = true;
      pump();
    });
  }
  return {
    render: (body, renderDigest) =>
      new Promise<PromptRendering>((resolve) => {
        queue.push({ body, renderDigest, resolve });
        pump();
      }),
    rendered,
  };
}
