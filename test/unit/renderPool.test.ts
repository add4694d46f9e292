import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyInsight } from '../../src/lib/insight/agentInsight.ts';
import { createRenderPool, type RenderPool } from '../../src/loaders/renderPool.ts';
import { createPromptRenderer, type RenderPrompt } from '../../src/loaders/renderPrompt.ts';

const settings = { gfm: true };
const body = [
  '# Role',
  '',
  'You review "code" -- carefully.',
  '',
  '<script>alert(1)</script>',
  '',
  '<a href="javascript:alert(1)">Run</a>',
  '',
  '```ts',
  'const a: number = 1; // </code></pre><b>x</b>',
  '```',
  '',
  '```dql',
  'TABLE file.name',
  '```',
].join('\n');

describe('createPromptRenderer renders a system prompt', () => {
  let render: RenderPrompt;
  beforeAll(async () => {
    render = await createPromptRenderer(settings);
  });

  it('as safe HTML with highlighted code, its headings, what was removed, the languages it could not highlight, and the prompt’s insight', async () => {
    const { rendered, languages } = await render(body, 'digest');
    expect(rendered!.html).toContain('<h3 id="role">Role</h3>');
    expect(rendered!.html).toContain('You review "code" -- carefully.');
    expect(rendered!.html).not.toContain('<script');
    expect(rendered!.html).toContain('<pre tabindex="0"><code class="language-html"><span class="t">&lt;script></span>');
    expect(rendered!.html).not.toContain('javascript:');
    expect(rendered!.html).toContain('<span class="k">const</span> a<span class="k">:</span> <span class="n">number</span>');
    expect(rendered!.html).toContain('<span class="c">// &lt;/code>&lt;/pre>&lt;b>x&lt;/b></span>');
    expect(rendered!.html).toContain('<pre tabindex="0"><code class="language-dql">TABLE file.name</code></pre>');
    expect(rendered!.metadata).toEqual({ headings: [{ depth: 3, slug: 'role', text: 'Role' }], removedHtml: ['javascript: URL'], renderDigest: 'digest', insight: bodyInsight(body) });
    expect(languages).toEqual(['dql']);
  });
});

describe('createRenderPool renders on worker threads', () => {
  let pool: RenderPool | null;
  beforeAll(async () => {
    pool = await createRenderPool(settings, 2);
  });
  afterAll(() => pool?.close());

  it('starts two workers that render exactly as the loader’s own thread does', async () => {
    expect(pool).not.toBeNull();
    const here = await createPromptRenderer(settings);
    const bodies = Array.from({ length: 6 }, (_, n) => `${body}\n\nPrompt ${n}.`);
    expect(pool!.renderers).toHaveLength(2);
    const onWorker = (n: number) => pool!.renderers[n % 2]!;
    const [onWorkers, onThread] = await Promise.all([Promise.all(bodies.map((b, n) => onWorker(n)(b, `d${b.length}`))), Promise.all(bodies.map((b) => here(b, `d${b.length}`)))]);
    expect(onWorkers).toEqual(onThread);
    expect(onWorkers[5]!.rendered!.html).toContain('<p>Prompt 5.</p>');
  });
});

describe('a render worker that has stopped', () => {
  it('rejects each prompt it is given, saying why (the queue then gives it no more)', async () => {
    const pool = await createRenderPool(settings, 1);
    expect(pool).not.toBeNull();
    await pool!.close();
    await expect(pool!.renderers[0]!(body, 'digest')).rejects.toThrow(/^the render worker failed: the worker thread stopped/);
  });
});
