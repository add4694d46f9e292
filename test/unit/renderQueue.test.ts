import { describe, expect, it } from 'vitest';
import type { PromptRendering, RenderPrompt } from '../../src/loaders/renderPrompt.ts';
import { queueRenderer, type RenderLane } from '../../src/loaders/renderQueue.ts';

/** A lane that renders a prompt as "<name>:<body>" after `delay` ms, recording the order it took them in. */
function lane(name: string, delay: number, taken: string[], extra: Partial<RenderLane> = {}): RenderLane {
  const render: RenderPrompt = async (body, renderDigest) => {
    taken.push(`${name}:${body}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    return { rendered: { html: `${name}:${body}`, metadata: { headings: [], removedHtml: [], renderDigest, insight: { tokens: 0, sketch: '0:' } } }, languages: [] };
  };
  return { name, render, slots: 1, ...extra };
}

const html = (rendering: PromptRendering) => rendering.rendered?.html ?? `failed: ${rendering.failed}`;

describe('queueRenderer', () => {
  it('gives every prompt its own rendering, whichever lane took it, a faster lane taking more', async () => {
    const taken: string[] = [];
    const queue = queueRenderer();
    queue.add(lane('fast', 1, taken, { slots: 2 }));
    queue.add(lane('slow', 15, taken));
    const bodies = Array.from({ length: 12 }, (_, n) => `p${n}`);
    const results = await Promise.all(bodies.map((body) => queue.render(body, `d-${body}`)));
    expect(results.map((result) => html(result).split(':')[1])).toEqual(bodies);
    expect(results.map((result) => result.rendered?.metadata.renderDigest)).toEqual(bodies.map((body) => `d-${body}`));
    expect(taken.slice(0, 3)).toEqual(['fast:p0', 'fast:p1', 'slow:p2']);
    expect(taken.filter((entry) => entry.startsWith('fast:')).length).toBeGreaterThan(taken.filter((entry) => entry.startsWith('slow:')).length);
    expect(queue.used()).toEqual(['fast', 'slow']);
  });

  it('keeps prompts waiting until a lane joins, then lets a later lane take what is left', async () => {
    const taken: string[] = [];
    const queue = queueRenderer();
    const results = Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((body) => queue.render(body, body)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(taken).toEqual([]);
    queue.add(lane('worker', 5, taken));
    await new Promise((resolve) => setTimeout(resolve, 12));
    expect(taken.every((entry) => entry.startsWith('worker:'))).toBe(true);
    queue.add(lane('main', 1, taken));
    await results;
    expect(taken).toHaveLength(6);
    expect(queue.used()).toEqual(['worker', 'main']);
  });

  it('names lanes of the same name once, and not a lane that took nothing', async () => {
    const taken: string[] = [];
    const queue = queueRenderer();
    queue.add(lane('2 render workers', 1, taken));
    queue.add(lane('2 render workers', 1, taken));
    await Promise.all(['a', 'b'].map((body) => queue.render(body, body)));
    queue.add(lane('the main thread', 1, taken));
    expect(queue.used()).toEqual(['2 render workers']);
  });

  it('pauses a lane after each prompt it renders', async () => {
    const events: string[] = [];
    const queue = queueRenderer();
    queue.add(lane('main', 0, [], { pause: async () => void events.push('pause') }));
    await Promise.all(['a', 'b'].map((body) => queue.render(body, body)));
    expect(events).toEqual(['pause', 'pause']);
  });

  it('retires a lane that fails: the prompts it held come back failed, with why, and the other lanes render the rest', async () => {
    const taken: string[] = [];
    const queue = queueRenderer();
    queue.add({ name: 'broken', render: () => Promise.reject(new Error('the render worker failed: it stopped')), slots: 2 });
    queue.add(lane('main', 1, taken));
    const bodies = ['a', 'b', 'c', 'd', 'e', 'f'];
    const results = await Promise.all(bodies.map((body) => queue.render(body, body)));
    expect(results.map(html)).toEqual([
      'failed: the render worker failed: it stopped',
      'failed: the render worker failed: it stopped',
      'main:c',
      'main:d',
      'main:e',
      'main:f',
    ]);
    expect(queue.failed()).toEqual([{ name: 'broken', reason: 'the render worker failed: it stopped' }]);
  });

  it('keeps prompts waiting after every lane so far has failed, until a lane joins', async () => {
    const taken: string[] = [];
    const queue = queueRenderer();
    queue.add({ name: 'broken', render: () => Promise.reject(new Error('no renderer')), slots: 1 });
    const results = Promise.all(['a', 'b', 'c'].map((body) => queue.render(body, body)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    queue.add(lane('late', 1, taken));
    expect((await results).map(html)).toEqual(['failed: no renderer', 'late:b', 'late:c']);
  });

  it('gives every waiting prompt back as failed, naming each lane and why, once all have failed and the queue is sealed', async () => {
    const queue = queueRenderer();
    queue.add({ name: 'the build worker', render: () => Promise.reject(new Error('it stopped')), slots: 1 });
    queue.add({ name: 'the main thread', render: () => Promise.reject(new Error('no renderer')), slots: 1 });
    const results = Promise.all(['a', 'b', 'c', 'd'].map((body) => queue.render(body, body)));
    queue.seal();
    expect((await results).map(html)).toEqual([
      'failed: it stopped',
      'failed: no renderer',
      'failed: the build worker: it stopped; the main thread: no renderer',
      'failed: the build worker: it stopped; the main thread: no renderer',
    ]);
  });

  it('fails prompts given after every lane of a sealed queue has failed, at once', async () => {
    const queue = queueRenderer();
    queue.add({ name: 'the main thread', render: () => Promise.reject(new Error('no renderer')), slots: 1 });
    queue.seal();
    expect(html(await queue.render('a', 'a'))).toBe('failed: no renderer');
    expect(html(await queue.render('b', 'b'))).toBe('failed: the main thread: no renderer');
  });
});
