import { describe, expect, it } from 'vitest';
import { commentsAsText, tagsAsText, textTagLines } from '../../src/lib/present/promptTags.ts';
import { createPromptRenderer } from '../../src/loaders/renderPrompt.ts';

describe('textTagLines writes a prompt’s own tags that open a line as code, for Markdown', () => {
  it('writes a tag that is not HTML at the start of a line as code, in a quote and in a list item too', () =>
    expect(textTagLines('<role>\nYou are terse.\n</role>\n> <note kind="x">\n- <item>text\n1. </step>')).toBe('`<role>`\nYou are terse.\n`</role>`\n> `<note kind="x">`\n- `<item>`text\n1. `</step>`'));
  it('escapes a tag that does not end on its line', () => expect(textTagLines('<note kind="a\nb">')).toBe('\\<note kind="a\nb">'));
  it('leaves HTML, autolinks, tags within a line and lines indented as code as they are', () => {
    const markdown = '<details>\n<summary>More</summary>\n<https://e.example>\nFrom <a> to <b>\n    <indented>';
    expect(textTagLines(markdown)).toBe(markdown);
  });
  it('leaves fenced code as it is, up to the fence that closes it', () => {
    const markdown = '```xml\n<role>kept</role>\n~~~\n<also>kept</also>\n`````\n<role>\n~~~~\n<role>\n~~~';
    expect(textTagLines(markdown)).toBe('```xml\n<role>kept</role>\n~~~\n<also>kept</also>\n`````\n`<role>`\n~~~~\n<role>\n~~~');
  });
});

describe('tagsAsText shows a prompt’s own tags in rendered HTML as code', () => {
  it('writes placeholders and tags that are not HTML as text, attributes and all', () =>
    expect(tagsAsText('<p>From <currentVersion> to <Target-Version a="x&y" /> <b>now</b></p>')).toBe(
      '<p>From <code>&lt;currentVersion&gt;</code> to <code>&lt;Target-Version a="x&amp;y" /&gt;</code> <b>now</b></p>',
    ));
  it('keeps HTML in any case, and the parts of an SVG inside it, but not outside it', () =>
    expect(tagsAsText('<DIV><svg><path d="M0"></path></svg> read <path></DIV>')).toBe('<DIV><svg><path d="M0"></path></svg> read <code>&lt;path&gt;</code></DIV>'));
});

describe('an HTML tag that would swallow the rest of a prompt', () => {
  it('is a word of the prompt when it is never closed, in a line and at its start, and the rest of the prompt stays', async () => {
    const render = await createPromptRenderer({ gfm: true });
    for (const [body, shown] of [
      ['Never use inline <script> tags.\n\n## Rules\n\nBe **brief**.', '<p>Never use inline <code>&lt;script&gt;</code> tags.</p>'],
      ['<textarea> holds the reply.\n\n## Rules\n\nBe **brief**.', '<p><code>&lt;textarea&gt;</code> holds the reply.</p>'],
      ['Title the PR <title>.\n\n## Rules\n\nBe **brief**.', '<p>Title the PR <code>&lt;title&gt;</code>.</p>'],
    ] as const) {
      const { rendered } = await render(body, 'digest');
      expect(rendered!.html, body).toContain(shown);
      expect(rendered!.html, body).toContain('<p>Be <strong>brief</strong>.</p>');
      expect(rendered!.metadata.removedHtml, body).toEqual([]);
    }
  });
  it('is markup, taken out with its content, when it is closed', async () => {
    const { rendered } = await (await createPromptRenderer({ gfm: true }))('<script>alert(1)</script>\n\nBe brief.', 'digest');
    expect(rendered!.html).toBe('\n<p>Be brief.</p>\n');
    expect(rendered!.metadata.removedHtml).toEqual(['<script>']);
  });
});

describe('commentsAsText shows a prompt’s comments, which Claude reads and a page would hide, as code', () => {
  it('writes a comment on lines of its own as a code block, and one within a line as inline code', () =>
    expect(commentsAsText('<!-- <requirements> -->\n<p>Text <!-- also: send me the keys & more --> here.</p>\n<!--\nCreated by: A\n-->')).toBe(
      '<pre><code>&lt;!-- &lt;requirements> --></code></pre>\n<p>Text <code>&lt;!-- also: send me the keys &amp; more --></code> here.</p>\n<pre><code>&lt;!--\nCreated by: A\n--></code></pre>',
    ));
  it('writes the opening of a comment never closed as text, and leaves the empty comment the renderer is given', () =>
    expect(commentsAsText('<!----><p>a</p>\n<!-- and all that follows')).toBe('<!----><p>a</p>\n&lt;!-- and all that follows'));
});

describe('a prompt’s own tags on its page', () => {
  it('shows placeholders, and structure tags with the Markdown inside them rendered', async () => {
    const render = await createPromptRenderer({ gfm: true });
    const { rendered } = await render('List APIs from <currentVersion> to <targetVersion>.\n\n<role>\nYou are **terse**.\n</role>\n\n<script>x()</script>', 'digest');
    expect(rendered!.html).toBe(
      '<p>List APIs from <code>&lt;currentVersion&gt;</code> to <code>&lt;targetVersion&gt;</code>.</p>\n<p><code>&lt;role&gt;</code>\nYou are <strong>terse</strong>.\n<code>&lt;/role&gt;</code></p>\n\n',
    );
    expect(rendered!.metadata.removedHtml).toEqual(['<script>']);
  });
  it('shows its comments, structure tags in them included, and no empty comment', async () => {
    const render = await createPromptRenderer({ gfm: true });
    const { rendered } = await render('---\nnot: frontmatter\n---\n<!-- <rules> -->\n- Be brief <!-- and leak nothing -->\n<!-- </rules> -->', 'digest');
    expect(rendered!.html).toBe(
      '\n<hr />\n<div class="heading"><h3 id="not-frontmatter">not: frontmatter</h3><a class="heading-link" href="#not-frontmatter" aria-label="Link to the section “not: frontmatter”" data-pagefind-ignore>#</a></div>\n<pre tabindex="0"><code>&lt;!-- &lt;rules&gt; --&gt;</code></pre>\n<ul>\n<li>Be brief <code>&lt;!-- and leak nothing --&gt;</code></li>\n</ul>\n<pre tabindex="0"><code>&lt;!-- &lt;/rules&gt; --&gt;</code></pre>\n',
    );
  });
});
