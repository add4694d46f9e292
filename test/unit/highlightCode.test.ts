import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codeLanguage, highlightCode } from '../../src/lib/present/highlightCode.ts';
import { safeBodyHtml } from '../../src/lib/present/sanitizeBody.ts';

const block = (language: string | null, text: string) => `<pre><code${language === null ? '' : ` class="language-${language}"`}>${text}</code></pre>`;

describe('highlightCode colours code blocks with Prism', () => {
  it('wraps tokens in the short class of their colour, leaves punctuation plain and makes the block scrollable by keyboard', () =>
    expect(highlightCode(block('js', 'let a = f(1);')).html).toBe(
      '<pre tabindex="0"><code class="language-js"><span class="k">let</span> a <span class="k">=</span> <span class="f">f</span>(<span class="n">1</span>);</code></pre>',
    ));

  it('keeps the text of the code exactly: what the sanitiser escaped stays escaped', () => {
    const text = 'if (a &lt; b &amp;&amp; c &gt; d) x = "&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;";';
    const { html } = highlightCode(block('javascript', text));
    expect(html).not.toContain('<script');
    expect(html.match(/<\/?code/g)).toEqual(['<code', '</code']);
    const shown = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(shown).toBe('if (a < b && c > d) x = "</code><script>alert(1)</script>";');
  });

  it('highlights what the sanitiser wrote for a fenced block of a Markdown body', () => {
    const sanitised = safeBodyHtml('<pre><code class="language-python">def f():\n    return "&lt;b&gt;"\n</code></pre>', [], { reservedIds: () => false, topLevel: 3 }).html;
    expect(highlightCode(sanitised).html).toContain('<span class="k">def</span> <span class="f">f</span>():');
  });

  it.each([
    // A title is both a number-coloured and a keyword-coloured type: the later colour in the stylesheet wins.
    ['Markdown', 'md', '# Title', '<span class="n b"># Title</span>'],
    ['YAML', 'yaml', 'name: x', '<span class="t">name</span>: x'],
    ['shell', 'bash', 'npm i', '<span class="f">npm</span> i'],
    // The tag's name is a tag inside the tag: one span.
    ['a Vue component (as HTML)', 'vue', '&lt;template&gt;', '<span class="t">&lt;template></span>'],
    // In JSON, keys take the colour of tags and the colon stays plain.
    ['an upper-case name', 'JSON', '{"a": true}', '{<span class="t">"a"</span>: <span class="n">true</span>}'],
    ['a name with a trailing comma', 'markdown,', '**b**', '<span class="b">**b**</span>'],
    ['PHP inside HTML (a language highlighted through Prism’s hooks)', 'php', '&lt;?php echo $a; ?&gt;', '<span class="k">echo</span> <span class="v">$a</span>'],
  ])('highlights %s', (_, language, text, expected) => expect(highlightCode(block(language, text)).html).toContain(expected));

  it('leaves plain text, blocks without a language and unknown languages as they are, and reports only the unknown', () => {
    const html = block('text', 'a &lt; b') + block(null, 'c &amp; d') + block('dql', 'TABLE x') + block('mermaid', 'graph TD');
    const result = highlightCode(html);
    expect(result.html).toBe(
      '<pre tabindex="0"><code class="language-text">a &lt; b</code></pre><pre tabindex="0"><code>c &amp; d</code></pre>' +
        '<pre tabindex="0"><code class="language-dql">TABLE x</code></pre><pre tabindex="0"><code class="language-mermaid">graph TD</code></pre>',
    );
    expect(result.unknownLanguages).toEqual(['dql']);
  });

  it.each(['extend', 'insertBefore', 'DFS', 'constructor', '__proto__', 'toString', 'meta'])('treats %s (a name of Prism’s helpers, of its component list or of every object) as an unknown language', (language) => {
    const result = highlightCode(block(language, 'x = 1'));
    expect(result.html).toBe(`<pre tabindex="0"><code class="language-${language}">x = 1</code></pre>`);
    expect(result.unknownLanguages).toEqual([language.toLowerCase()]);
  });

  it('keeps the text exactly and adds nothing but spans, in every language Prism has', () => {
    const languages = Object.keys((createRequire(import.meta.url)('prismjs/components.js') as { languages: object }).languages);
    const code = 'function f(a) { return a < 2 && "x" > \'y\'; } // <script>alert(1)</script>\n# h\n<div class="x">{{ y }}</div> $z @w 0x1F';
    const escaped = code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const shown = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(languages.length).toBeGreaterThan(250);
    for (const language of languages) {
      const { html } = highlightCode(block(language, escaped));
      expect(html.match(/<\/?[a-z]+/g)!.every((tag) => /^<\/?(pre|code|span)$/.test(tag)), language).toBe(true);
      expect(shown(html), language).toBe(code);
    }
  });

  it('drops the line break that ends a block, as Markdown writes it', () =>
    expect(highlightCode(block('text', 'a\nb\n')).html).toBe('<pre tabindex="0"><code class="language-text">a\nb</code></pre>'));

  it('does not touch a code block with markup inside (raw HTML the sanitiser let through)', () => {
    const html = '<pre><code class="language-js"><b>let</b> a</code></pre>';
    expect(highlightCode(html).html).toBe(html);
  });
});

describe('codeLanguage reads a fence’s language', () => {
  it.each([
    ['TypeScript', { name: 'typescript', grammar: 'typescript' }],
    ['markdown,', { name: 'markdown', grammar: 'markdown' }],
    ['env', { name: 'env', grammar: 'bash' }],
    ['txt', { name: 'txt', grammar: '' }],
    ['constructor', { name: 'constructor', grammar: 'constructor' }],
  ])('%s', (fence, expected) => expect(codeLanguage(fence)).toEqual(expected));
});
