import { describe, expect, it } from 'vitest';
import { isPageId } from '../../src/lib/present/pageIds.ts';
import { plainMarkdownHtml, safeBodyHtml, sanitizeFully, type Heading } from '../../src/lib/present/sanitizeBody.ts';

const safe = (html: string, headings: Heading[] = []) => safeBodyHtml(html, headings, { reservedIds: isPageId, topLevel: 3 });

describe('safeBodyHtml shows the markup a page does not render as text, as Claude reads it', () => {
  it.each([
    ['a script, and what it holds', '<script>alert(1)</script><p>ok</p>', '<code>&lt;script&gt;</code>alert(1)<code>&lt;/script&gt;</code><p>ok</p>'],
    ['an object and an embed', '<object data="x"></object><embed src="y">', '<code>&lt;object data="x"&gt;</code><code>&lt;/object&gt;</code><code>&lt;embed src="y"&gt;</code>'],
    [
      'a form and its controls',
      '<form action="https://e.example"><input name="p"><button>Go</button></form>',
      '<code>&lt;form action="https://e.example"&gt;</code><code>&lt;input name="p"&gt;</code><code>&lt;button&gt;</code>Go<code>&lt;/button&gt;</code><code>&lt;/form&gt;</code>',
    ],
    ['a style element', '<style>body{display:none}</style>', '<code>&lt;style&gt;</code>body{display:none}<code>&lt;/style&gt;</code>'],
    [
      'meta, base and link',
      '<meta http-equiv="refresh" content="0"><base href="https://e.example/"><link rel="stylesheet" href="x.css">',
      '<code>&lt;meta http-equiv="refresh" content="0"&gt;</code><code>&lt;base href="https://e.example/"&gt;</code><code>&lt;link rel="stylesheet" href="x.css"&gt;</code>',
    ],
  ])('shows %s', (_, html, expected) => {
    const result = safe(html);
    expect(result.html).toBe(expected);
    expect(result.removed).toEqual([]);
  });
});

describe('safeBodyHtml removes what could run code or change the page', () => {
  it.each([
    ['an event handler', '<img src="https://e.example/a.png" onerror="alert(1)">', '<img src="https://e.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer" />', ['onerror attribute']],
    ['a javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="nofollow ugc noopener noreferrer">x</a>', ['javascript: URL']],
    ['a script written so that it cannot be shown as a tag, and no more', '<script/src="x.js"></script><p>ok</p>', '<p>ok</p>', ['<script>']],
    ['an iframe whose address holds a script', '<iframe srcdoc="<script>1</script>"></iframe>', '', ['<iframe>']],
    ['an SVG (named once)', '<svg onload="x()"><circle r="1"></circle></svg>', '', ['<svg>', 'onload attribute']],
    ['layout styles and foreign classes', '<p style="position:fixed;color:red" class="badge-skip">x</p>', '<p>x</p>', []],
  ])('removes %s', (_, html, expected, removed) => {
    const result = safe(html);
    expect(result.html).toBe(expected);
    expect(result.removed).toEqual(removed);
  });
});

describe('the sanitiser takes out whatever of that reaches it', () => {
  it.each([
    ['a script', '<script>alert(1)</script><p>ok</p>', '<p>ok</p>', ['<script>']],
    ['an iframe', '<iframe srcdoc="<script>1</script>"></iframe>', '', ['<iframe>']],
    ['an object and an embed', '<object data="x"></object><embed src="y">', '', ['<object>', '<embed>']],
    ['a form and its controls', '<form action="https://e.example"><input name="p"><button>Go</button></form>', '<span></span>Go', ['<form>', '<button>']],
    ['a style element', '<style>body{display:none}</style>', '', ['<style>']],
    ['meta, base and link', '<meta http-equiv="refresh" content="0"><base href="https://e.example/"><link rel="stylesheet" href="x.css">', '', ['<meta>', '<base>', '<link>']],
  ])('removes %s', (_, html, expected, removed) => expect(sanitizeFully(html)).toEqual({ html: expected, removed }));
});

describe('safeBodyHtml keeps safe Markdown output', () => {
  it('keeps details, summary, tables and task lists', () => {
    const html = '<details open><summary>More</summary><p>x</p></details><table><thead><tr><th align="left">a</th></tr></thead></table><ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled checked /> done</li></ul>';
    expect(safe(html).html).toBe(html.replace('checked />', 'checked aria-label="Done" />'));
  });
  it('drops every style attribute and every class of highlighted code: the highlighter runs after sanitising', () =>
    expect(safe('<pre class="astro-code" style="color:#fff" tabindex="0" data-language="ts"><code class="language-ts"><span class="token keyword" style="color:#f00">const</span></code></pre>').html).toBe(
      '<pre><code class="language-ts"><span>const</span></code></pre>',
    ));
  it('marks links that leave the site, and keeps relative ones as they are', () =>
    expect(safe('<a href="https://example.com">e</a><a href="#x">x</a>').html).toBe('<a href="https://example.com" rel="nofollow ugc noopener noreferrer">e</a><a href="#x">x</a>'));
});

describe('safeBodyHtml shows the addresses of the agent’s project as text', () => {
  it.each([
    ['a file of the project', '<p><a href="docs/api.md">API</a></p>', '<p>API (<code>docs/api.md</code>)</p>'],
    ['a path from the root, which would lead into the catalogue', '<p><a href="/spec/">the spec folder</a></p>', '<p>the spec folder (<code>/spec/</code>)</p>'],
    ['a placeholder, in raw HTML with a title first', '<p><a title="t" href="url"><em>text</em></a></p>', '<p><em>text</em> (<code>url</code>)</p>'],
    ['an address that is its own text, once', '<p><a href="/spec/">/spec/</a></p>', '<p>/spec/</p>'],
  ])('writes a link to %s as its text and address', (_, html, expected) => expect(safe(html).html).toBe(expected));
  it('keeps links out, mail links and links within the page', () => {
    const html = '<p><a href="https://e.example/a.md">a</a> <a href="mailto:a@e.example">m</a> <a href="#usage">u</a> <a id="x">x</a></p>';
    expect(safe(html).html).toBe(
      '<p><a href="https://e.example/a.md" rel="nofollow ugc noopener noreferrer">a</a> <a href="mailto:a@e.example" rel="nofollow ugc noopener noreferrer">m</a> <a href="#usage">u</a> <a id="x">x</a></p>',
    );
  });
  it('writes an image of the project, which Astro’s renderer leaves as a placeholder, as its text and address', () =>
    expect(safe('<p>As <img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;alt \\&quot;text\\&quot;&quot;,&quot;src&quot;:&quot;url&quot;,&quot;index&quot;:0}"> and <img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;&quot;,&quot;src&quot;:&quot;a.png&quot;,&quot;index&quot;:1}"></p>').html).toBe(
      '<p>As Image “alt &quot;text&quot;” (<code>url</code>) and Image (<code>a.png</code>)</p>',
    ));
  it('writes an image of the project on a line of HTML of its own as a paragraph of its own', () =>
    expect(safe('<p>a</p>\n<img src="chart.png" alt="Chart">\n<p>b</p>').html).toBe('<p>a</p>\n<p>Image “Chart” (<code>chart.png</code>)</p>\n<p>b</p>'));
  it('writes an image whose address was taken out as its text, or leaves it out', () =>
    expect(safe('<p><img src="javascript:x()" alt="logo"><img src="data:text/html,x"></p>').html).toBe('<p>Image “logo”</p>'));
  it('points a link to a heading whose id the page took to the heading’s new id', () =>
    expect(safe('<p><a href="#main">up</a></p><h2 id="main">Main</h2>', [{ depth: 2, slug: 'main', text: 'Main' }]).html).toContain('<a href="#prompt-main">up</a>'));
});

describe('safeBodyHtml fits headings into the page', () => {
  const headings = [
    { depth: 1, slug: 'title', text: 'Title' },
    { depth: 2, slug: 'example-1', text: 'Example 1' },
  ];
  const result = safe('<h1 id="title">Title</h1><h2 id="example-1">Example <em>1</em></h2>', headings);
  it('moves the top headings to the level under the page’s sections', () => expect(result.headings.map((h) => h.depth)).toEqual([3, 4]));
  it('prefixes ids the page uses itself', () => expect(result.headings.map((h) => h.slug)).toEqual(['title', 'prompt-example-1']));
  it('gives every heading a link to itself', () =>
    expect(result.html).toBe(
      '<div class="heading"><h3 id="title">Title</h3><a class="heading-link" href="#title" aria-label="Link to the section “Title”" data-pagefind-ignore>#</a></div>' +
        '<div class="heading"><h4 id="prompt-example-1">Example <em>1</em></h4><a class="heading-link" href="#prompt-example-1" aria-label="Link to the section “Example 1”" data-pagefind-ignore>#</a></div>',
    ));
  it('names a heading’s link in an attribute that its quotes cannot end', () =>
    expect(safe('<h1 id="q">Say "hi" &amp; go</h1>', [{ depth: 1, slug: 'q', text: 'Say "hi" & go' }]).html).toContain(
      'aria-label="Link to the section “Say &quot;hi&quot; &amp; go”"',
    ));
  it('prefixes the ids of the page’s install rows, copy targets and the headings and labels of its parts too', () =>
    expect(
      safe('<h2 id="markdown-link">M</h2><h2 id="install-user-label">I</h2><h2 id="details-title">D</h2><h2 id="listed-description">L</h2><h2 id="markdown">K</h2>').html.match(/<h2 id="[^"]*"/g),
    ).toEqual(['<h2 id="prompt-markdown-link"', '<h2 id="prompt-install-user-label"', '<h2 id="prompt-details-title"', '<h2 id="prompt-listed-description"', '<h2 id="markdown"']));
  it('keeps ids unique when the raw HTML repeats one', () => expect(safe('<p id="a">1</p><p id="a">2</p>').html).toBe('<p id="a">1</p><p id="prompt-a">2</p>'));
});

describe('HTML made only of Markdown’s own tags skips the sanitiser’s parse', () => {
  it.each([
    ['paragraphs, headings, lists, quotes, emphasis', '<h2 id="a-b">A b</h2>\n<p>x <em>y</em> <strong>z</strong> <del>w</del> “q” &amp; 1 &gt; 0</p>\n<ol start="3">\n<li>a</li>\n</ol>\n<blockquote>\n<p>q</p>\n</blockquote>'],
    ['code, with quotes and escaped markup in it', '<pre><code class="language-ts">const a = "&lt;b&gt;" &amp;&amp; b;\n</code></pre>\n<p><code>x &lt; y</code></p>'],
    ['links in and out, breaks and rules', '<p><a href="https://e.example/x?y">e</a> <a href="../b/#c">b</a><br>\nz</p>\n<hr>'],
    ['an aligned table', '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="right">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>'],
  ])('gives the sanitiser’s output for %s', (_, html) => {
    expect(plainMarkdownHtml(html)).toEqual(sanitizeFully(html));
  });

  it.each([
    ['a tag of raw HTML', '<p>x</p><div>y</div>'],
    ['a script', '<p>x</p><script>alert(1)</script>'],
    ['an event handler on a Markdown tag', '<p onclick="alert(1)">x</p>'],
    ['a tag in capitals', '<P>x</P>'],
    ['other spacing or quotes', '<p >x</p>', "<a href='https://e.example'>x</a>"],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['a scheme spelt with an entity', '<a href="javascript&#58;alert(1)">x</a>'],
    ['a protocol-relative link', '<a href="//e.example/">x</a>', '<a href="/\\e.example/">x</a>'],
    ['a link with a title', '<a href="https://e.example" title="t">x</a>'],
    ['an empty link (the sanitiser drops its href)', '<a href="">x</a>'],
    ['an image', '<img src="https://e.example/a.png" alt="a">'],
    ['a task list', '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> a</li>\n</ul>'],
    ['a comment', '<!-- x --><p>y</p>'],
    ['a stray <', '<p>x</p>a < b'],
    ['a tag left open', '<p><a href="https://e.example/">rest of the page', '<blockquote><p>x</p>'],
    ['a closing tag of nothing open, or not of the last opened', '</ul><p>x</p>', '<p><em>x</p></em>'],
  ])('leaves %s to the sanitiser', (_, ...htmls) => {
    for (const html of htmls) expect(plainMarkdownHtml(html), html).toBeNull();
  });
});
