import { describe, expect, it } from 'vitest';
import type { PromptRendering, RenderPrompt } from '../../src/loaders/renderPrompt.ts';
import { queueRenderer, type RenderLane } from '../../src/loaders/renderQueue.ts';

/** A lane that renders a prompt as "<name>:<body>" after `delay` ms, recording the order it took them in. */
function lane(name: string, delay: number, taken: string[], extra: Partial<RenderLane> = {}): RenderLane {
  const render: RenderPrompt = async (body, renderDigest) => {
    taken.push(`${name}:${body}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    return { rendered: { html: `${name}:${body}`, metadata: { headings: [], removedHtml: [], renderDigest } }, languages: [] };
  };
  return { render, slots: 1, ...extra };
}

const html = (rendering: PromptRendering) => rendering.rendered?.html ?? `failed: ${rendering.failed}`;

describe('queueRenderer', () => {
  it('gives every prompt its own rendering, whichever lane took it, and counts what each lane took', async () => {
    const taken: string[] = [];
    const queue = queueRenderer([lane('fast', 1, taken, { slots: 2 }), lane('slow', 15, taken)]);
    const bodies = Array.from({ length: 12 }, (_, n) => `p${n}`);
    const results = await Promise.all(bodies.map((body) => queue.render(body, `d-${body}`)));
    expect(results.map((result) => html(result).split(':')[1])).toEqual(bodies);
    expect(results.map((result) => result.rendered?.metadata.renderDigest)).toEqual(bodies.map((body) => `d-${body}`));
    expect(queue.rendered.reduce((sum, count) => sum + count, 0)).toBe(12);
    // The fast lane, with two slots, takes more.
    expect(queue.rendered[0]).toBeGreaterThan(queue.rendered[1]!);
    expect(taken.slice(0, 3)).toEqual(['fast:p0', 'fast:p1', 'slow:p2']);
  });

  it('keeps a lane out until it is ready, then lets it take what is left', async () => {
    const taken: string[] = [];
    let open = (): void => undefined;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const queue = queueRenderer([lane('worker', 5, taken), lane('main', 1, taken, { ready })]);
    const results = Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((body) => queue.render(body, body)));
    await new Promise((resolve) => setTimeout(resolve, 12));
    expect(taken.every((entry) => entry.startsWith('worker:'))).toBe(true);
    open();
    await results;
    expect(queue.rendered[1]).toBeGreaterThan(0);
    expect(queue.rendered[0]! + queue.rendered[1]!).toBe(6);
  });

  it('pauses a lane after each prompt it renders', async () => {
    const events: string[] = [];
    const taken: string[] = [];
    const queue = queueRenderer([lane('main', 0, taken, { pause: async () => void events.push('pause') })]);
    await Promise.all(['a', 'b'].map((body) => queue.render(body, body)));
    expect(events).toEqual(['pause', 'pause']);
  });

  it('gives a prompt back as failed, with why, when its lane fails, and goes on with the others', async () => {
    const broken: RenderLane = { render: () => Promise.reject(new Error('the render worker failed: it stopped')), slots: 1 };
    const queue = queueRenderer([broken]);
    const results = await Promise.all(['a', 'b'].map((body) => queue.render(body, body)));
    expect(results).toEqual([
      { failed: 'the render worker failed: it stopped', languages: [] },
      { failed: 'the render worker failed: it stopped', languages: [] },
    ]);
  });
});
