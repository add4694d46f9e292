import { describe, expect, it } from 'vitest';
import { commentsAsText, showsNothing, tagsAsText, textTagLines } from '../../src/lib/present/promptTags.ts';
import { createPromptRenderer } from '../../src/loaders/renderPrompt.ts';

describe('textTagLines writes a prompt’s own tags that open a line as code, for Markdown', () => {
  it('writes a tag that is not HTML at the start of a line as code, in a quote and in a list item too', () =>
    expect(textTagLines('<role>\nYou are terse.\n</role>\n> <note kind="x">\n- <item>text\n1. </step>')).toBe('`<role>`\nYou are terse.\n`</role>`\n> `<note kind="x">`\n- `<item>`text\n1. `</step>`'));
  it('escapes a tag that does not end on its line', () => expect(textTagLines('<note kind="a\nb">')).toBe('\\<note kind="a\nb">'));
  it('leaves HTML, autolinks, tags within a line and lines indented as code as they are', () => {
    const markdown = '<details>\n<summary>More</summary>\n<https://e.example>\nFrom <a> to <b>\n    <indented>\n</details>';
    expect(textTagLines(markdown)).toBe(markdown);
  });
  it('writes an HTML tag the page does not render, or a <div> never closed, at the start of a line of prose as code', () =>
    expect(textTagLines('<button> labels are verbs.\n<div> soup is **bad**.\n<nav>\nand *more*')).toBe('`<button>` labels are verbs.\n`<div>` soup is **bad**.\n`<nav>`\nand *more*'));
  it('writes a block of markup the page does not render, on lines of its own after a blank line, as HTML code, to the blank line that ends it', () =>
    expect(textTagLines('Intro\n\n<form action="/x">\n  <input name="q"> ```\n</form>\n\nAfter')).toBe('Intro\n\n````html\n<form action="/x">\n  <input name="q"> ```\n</form>\n````\n\nAfter'));
  it('leaves the lines of a block of HTML as they are, to its blank line, where backticks would show as written', () => {
    const markdown = '<picture>\n  <source srcset="dark.png">\n</picture>\n\n<div>\n<role>\n</div>\n\n<role>';
    expect(textTagLines(markdown)).toBe('<picture>\n  <source srcset="dark.png">\n</picture>\n\n<div>\n<role>\n</div>\n\n`<role>`');
  });
  it('writes a script or a style as HTML code up to its end tag, blank lines and all', () =>
    expect(textTagLines('<style>\np { color: red }\n\n</style>\nAfter')).toBe('```html\n<style>\np { color: red }\n\n</style>\n```\nAfter'));
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

describe('HTML a prompt names in its prose', () => {
  it('is shown as written when the page would not render it, or when it is left unpaired, and is markup otherwise', () =>
    expect(tagsAsText('<p>Use <button> for actions, <a> for links, never <div onClick> soup; close with </span>. Press <kbd>Ctrl</kbd>, see <details><summary>x</summary></details>, <input type="text"> or <input type="checkbox" disabled>.</p>')).toBe(
      '<p>Use <code>&lt;button&gt;</code> for actions, <code>&lt;a&gt;</code> for links, never <code>&lt;div onClick&gt;</code> soup; close with <code>&lt;/span&gt;</code>. Press <kbd>Ctrl</kbd>, see <details><summary>x</summary></details>, <code>&lt;input type="text"&gt;</code> or <input type="checkbox" disabled>.</p>',
    ));
  it('shows the end tag of a script whose opening tag opened a list item, and a stray one', async () => {
    const { rendered } = await (await createPromptRenderer({ gfm: true }))('- <script>x()</script> is bad\n\nEnd it with </script>.', 'digest');
    expect(rendered!.html).toBe('<ul>\n<li><code>&lt;script&gt;</code>x()<code>&lt;/script&gt;</code> is bad</li>\n</ul>\n<p>End it with <code>&lt;/script&gt;</code>.</p>\n');
  });
  it('keeps the end tag of a script written so that it cannot be shown, which would otherwise take the rest of the prompt', () =>
    expect(tagsAsText('<script/src="x.js"></script><p>ok</p><p>end with </script></p>')).toBe('<script/src="x.js"></script><p>ok</p><p>end with </script></p>'));
  it('is shown on the page of a prompt with the Markdown around it rendered', async () => {
    const render = await createPromptRenderer({ gfm: true });
    const { rendered } = await render('Use <nav> and <main>, not a <div> soup.\n\n<form>\n<button>Send</button>\n</form>\n\nBe **brief**.', 'digest');
    expect(rendered!.html).toBe(
      '<p>Use <code>&lt;nav&gt;</code> and <code>&lt;main&gt;</code>, not a <code>&lt;div&gt;</code> soup.</p>\n' +
        '<pre tabindex="0"><code class="language-html"><span class="t">&lt;form></span>\n<span class="t">&lt;button></span>Send<span class="t">&lt;/button></span>\n<span class="t">&lt;/form></span></code></pre>\n' +
        '<p>Be <strong>brief</strong>.</p>\n',
    );
    expect(rendered!.metadata.removedHtml).toEqual([]);
  });
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
  it('is shown as written, as HTML code, when it is closed', async () => {
    const { rendered } = await (await createPromptRenderer({ gfm: true }))('<script>alert(1)</script>\n\nBe brief.', 'digest');
    expect(rendered!.html).toBe(
      '<pre tabindex="0"><code class="language-html"><span class="t">&lt;script></span><span class="f">alert</span>(<span class="n">1</span>)<span class="t">&lt;/script></span></code></pre>\n<p>Be brief.</p>\n',
    );
    expect(rendered!.metadata.removedHtml).toEqual([]);
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
      '<p>List APIs from <code>&lt;currentVersion&gt;</code> to <code>&lt;targetVersion&gt;</code>.</p>\n<p><code>&lt;role&gt;</code>\nYou are <strong>terse</strong>.\n<code>&lt;/role&gt;</code></p>\n' +
        '<pre tabindex="0"><code class="language-html"><span class="t">&lt;script></span><span class="f">x</span>()<span class="t">&lt;/script></span></code></pre>\n',
    );
    expect(rendered!.metadata.removedHtml).toEqual([]);
  });
  it('shows its comments, structure tags in them included, and no empty comment', async () => {
    const render = await createPromptRenderer({ gfm: true });
    const { rendered } = await render('---\nnot: frontmatter\n---\n<!-- <rules> -->\n- Be brief <!-- and leak nothing -->\n<!-- </rules> -->', 'digest');
    expect(rendered!.html).toBe(
      '\n<hr />\n<div class="heading"><h3 id="not-frontmatter">not: frontmatter</h3><a class="heading-link" href="#not-frontmatter" aria-label="Link to the section “not: frontmatter”" data-pagefind-ignore>#</a></div>\n<pre tabindex="0"><code>&lt;!-- &lt;rules&gt; --&gt;</code></pre>\n<ul>\n<li>Be brief <code>&lt;!-- and leak nothing --&gt;</code></li>\n</ul>\n<pre tabindex="0"><code>&lt;!-- &lt;/rules&gt; --&gt;</code></pre>\n',
    );
  });
});

describe('showsNothing tells a prompt the page shows nothing of', () => {
  it('when only empty markup is left of it', () => expect(['', '\n', '<p></p>\n', '<p> </p><div></div>'].map(showsNothing)).toEqual([true, true, true, true]));
  it('not when it has text, an image, a rule or a checkbox', () =>
    expect(['<p>a</p>', '<p><img src="https://e.example/a.png"></p>', '<hr />', '<li><input type="checkbox" disabled></li>', '<p>&amp;</p>'].map(showsNothing)).toEqual([false, false, false, false, false]));
});
