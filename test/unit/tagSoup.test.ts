import { beforeAll, describe, expect, it } from 'vitest';
import { createPromptRenderer, type RenderPrompt } from '../../src/loaders/renderPrompt.ts';
import { seededRandom, unsafeMarkup } from '../support/randomText.ts';

/**
 * System prompts of random tag soup: tags the page renders and tags it does not, closed and not, raw-text elements
 * (`<script>`, `<textarea>`, `<xmp>`), a prompt's own tags, quotes and lists, between numbered words. Seeded, so
 * that a failure can be replayed.
 */
const tags = ['<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>', '<title>', '</title>', '<xmp>', '</xmp>', '<noscript>', '</noscript>', '<option>', '<div>', '</div>', '<span>', '</span>', '<details>', '</details>', '<summary>', '</summary>', '<kbd>', '</kbd>', '<b>', '</b>', '<form action="/x">', '</form>', '<input type="text">', '<button>', '</button>', '<meta charset="x">', '<nav>', '</nav>', '<center>', '</center>', '<a>', '<role>', '</role>', '\n', '\n\n', '- ', '> '];
const hostile = ['<script>alert(1)</script>', '<SCRIPT >alert(1)</SCRIPT>', '<script/src="x.js"></script>', '<scr<script>ipt>alert(1)</script>', '<img src=x onerror=alert(1)>', '<img src="x" alt="a>b" onerror="alert(1)">', '<a href="javascript:alert(1)">x</a>', '<a title="x>y" onclick="alert(1)">y</a>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<svg onload=alert(1)><circle></circle></svg>', '<details open ontoggle=alert(1)>', '<input type="checkbox" onfocus="alert(1)">', '<div\n onclick="alert(1)">', '<!--', '-->', '```', '```html', '    ', '<plaintext>', ...tags];

function soup(seed: number, count: number, parts: readonly string[]): { body: string; words: string[] }[] {
  const { random, pick } = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    const pieces = Array.from({ length: 3 + Math.floor(random() * 15) }, () => (random() < 0.4 ? ` w${words.push(`w${words.length}x`) - 1}x ` : pick(parts)));
    return { body: pieces.join(''), words };
  });
}

describe('system prompts of random tag soup', () => {
  let render: RenderPrompt;
  beforeAll(async () => {
    render = await createPromptRenderer({ gfm: true });
  });

  it('keep every word of the prompt on the page, whatever tags stand around it', async () => {
    for (const { body, words } of soup(20_261_203, 400, tags)) {
      const { rendered } = await render(body, 'digest');
      const text = rendered!.html.replace(/<[^>]*>/g, ' ');
      expect(words.filter((word) => !text.includes(word)), body).toEqual([]);
    }
  });
  it('leave no script, event handler or javascript: address in the page', async () => {
    for (const { body } of soup(7, 400, hostile)) {
      const { rendered } = await render(body, 'digest');
      expect(unsafeMarkup(rendered!.html), body).toEqual([]);
    }
  });
});
