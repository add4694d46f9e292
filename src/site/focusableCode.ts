import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * A Sätteri plugin for the guides: every code block (`<pre>`) takes keyboard focus, as in system prompts (see
 * src/lib/present/highlightCode.ts), so that a block wider than the page scrolls without a mouse (WCAG 2.1.1,
 * axe's `scrollable-region-focusable`). It is the site's Markdown setting, not the agent library's: outside
 * src/lib, a change to it does not make every system prompt render again.
 */
export const focusableCode: HastPlugin = {
  name: 'agent-catalog:focusable-code',
  element: {
    filter: ['pre'],
    visit(node, context) {
      context.setProperty(node, 'tabIndex', 0);
    },
  },
};
