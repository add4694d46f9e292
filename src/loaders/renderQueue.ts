import type { PromptRendering, RenderPrompt } from './renderPrompt.ts';

/** A thread that renders prompts taken from a queue (see `queueRenderer`). */
export interface RenderLane {
  /** What the build's log calls it. */
  name: string;
  render: RenderPrompt;
  /** How many prompts it holds at once: more than one for another thread, so that it never waits for its next. */
  slots: number;
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
  /** A thread that takes prompts from now on, the waiting ones first. */
  add(lane: RenderLane): void;
  /** The names of the lanes that have taken prompts. */
  used(): string[];
}

/**
 * A renderer that queues the prompts it is given and hands each, in order, to the first lane with a free slot, so
 * that a faster lane takes more; lanes join when they are ready. A lane that fails gives its prompt back as failed,
 * with why.
 */
export function queueRenderer(): RenderQueue {
  // Taken jobs are let go (undefined), so that rendered bodies do not stay in memory until the end.
  const queue: (Job | undefined)[] = [];
  let next = 0;
  const lanes: { lane: RenderLane; holding: number; taken: number }[] = [];
  const pump = (): void => {
    for (const state of lanes) {
      const { lane } = state;
      while (state.holding < lane.slots && next < queue.length) {
        const job = queue[next]!;
        queue[next++] = undefined;
        state.holding++;
        state.taken++;
        void Promise.resolve()
          .then(() => lane.render(job.body, job.renderDigest))
          .catch((error: Error): PromptRendering => ({ failed: error.message, languages: [] }))
          .then(async (rendering) => {
            job.resolve(rendering);
            await lane.pause?.();
          })
          .finally(() => {
            state.holding--;
            pump();
          });
      }
    }
  };
  return {
    render: (body, renderDigest) =>
      new Promise<PromptRendering>((resolve) => {
        queue.push({ body, renderDigest, resolve });
        pump();
      }),
    add(lane) {
      lanes.push({ lane, holding: 0, taken: 0 });
      pump();
    },
    used: () => [...new Set(lanes.filter((state) => state.taken > 0).map((state) => state.lane.name))],
  };
}
