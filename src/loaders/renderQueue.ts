import type { PromptRendering, RenderPrompt } from './renderPrompt.ts';

/** A thread that renders prompts taken from a queue (see `queueRenderer`). */
export interface RenderLane {
  /** What the build's log calls it. */
  name: string;
  /**
   * Renders a prompt. A prompt that cannot be rendered resolves with `failed`; a rejection means the lane itself
   * has failed (its thread stopped, its renderer could not load), and the lane is given no more prompts.
   */
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
  /**
   * Says that no lane will join any more: should every lane have failed, the prompts still waiting then come back
   * failed (until then they wait for a lane to join).
   */
  seal(): void;
  /** The names of the lanes that have taken prompts. */
  used(): string[];
  /** The lanes that failed, with why. */
  failed(): { name: string; reason: string }[];
}

/**
 * A renderer that queues the prompts it is given and hands each, in order, to the first lane with a free slot, so
 * that a faster lane takes more; lanes join when they are ready. A lane that fails gives the prompts it held back
 * as failed, with why, and takes no more: the other lanes render the rest (a failed lane answers at once, and would
 * otherwise take nearly every prompt left).
 */
export function queueRenderer(): RenderQueue {
  // Taken jobs are let go (undefined), so that rendered bodies do not stay in memory until the end.
  const queue: (Job | undefined)[] = [];
  let next = 0;
  let sealed = false;
  const lanes: { lane: RenderLane; holding: number; taken: number; failure: string | null }[] = [];
  const failAllWaiting = (): void => {
    if (!sealed || lanes.some((state) => state.failure === null)) return;
    const reason = lanes.map((state) => `${state.lane.name}: ${state.failure}`).join('; ') || 'no thread could render';
    while (next < queue.length) {
      const job = queue[next]!;
      queue[next++] = undefined;
      job.resolve({ failed: reason, languages: [] });
    }
  };
  const pump = (): void => {
    for (const state of lanes) {
      const { lane } = state;
      while (state.failure === null && state.holding < lane.slots && next < queue.length) {
        const job = queue[next]!;
        queue[next++] = undefined;
        state.holding++;
        state.taken++;
        void Promise.resolve()
          .then(() => lane.render(job.body, job.renderDigest))
          .catch((error: Error): PromptRendering => {
            state.failure ??= error.message;
            return { failed: error.message, languages: [] };
          })
          .then(async (rendering) => {
            job.resolve(rendering);
            if (state.failure === null) await lane.pause?.();
          })
          .finally(() => {
            state.holding--;
            pump();
          });
      }
    }
    failAllWaiting();
  };
  return {
    render: (body, renderDigest) =>
      new Promise<PromptRendering>((resolve) => {
        queue.push({ body, renderDigest, resolve });
        pump();
      }),
    add(lane) {
      lanes.push({ lane, holding: 0, taken: 0, failure: null });
      pump();
    },
    seal() {
      sealed = true;
      pump();
    },
    used: () => [...new Set(lanes.filter((state) => state.taken > 0).map((state) => state.lane.name))],
    failed: () => lanes.flatMap((state) => (state.failure === null ? [] : [{ name: state.lane.name, reason: state.failure }])),
  };
}
