import { describe, expect, it } from 'vitest';
import { bodyInsight } from '../../src/lib/insight/agentInsight.ts';
import { guardBody, plainPrompt } from '../../src/loaders/bodyHtml.ts';

describe('a system prompt that could not be rendered as Markdown', () => {
  it('is shown as its text, escaped, with its insight', () =>
    expect(plainPrompt('Use <script>alert("x")</script> & \'quotes\'', 'd1')).toEqual({
      html: '<pre>Use &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;</pre>',
      metadata: { headings: [], removedHtml: [], renderDigest: 'd1', insight: bodyInsight('Use <script>alert("x")</script> & \'quotes\'') },
    }));
});

describe('guardBody', () => {
  it('keeps a body that starts with a rule from being read as frontmatter', () => expect(guardBody('---\n# A')).toBe('<!---->\n---\n# A'));
  it('leaves other bodies as they are', () => expect(guardBody('# A\n---')).toBe('# A\n---'));
});
