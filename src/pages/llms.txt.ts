import type { APIRoute } from 'astro';
import type { ClaudeCodeStatus } from '../lib/agents/claudeCodeVerdict.ts';
import { catalogConfig } from '../catalogConfig.ts';
import { withoutHidden } from '../lib/agents/hiddenCharacters.ts';
import { clipLine } from '../lib/present/agentFacts.ts';
import { pluginInstallCommand } from '../lib/present/shareText.ts';
import { getAgentRecords, getCards, groupByCategory } from '../site/catalog.ts';
import { getGuides } from '../site/guides.ts';
import { absolute, guideHref, href } from '../site/paths.ts';

/** What a reader about to install an agent must know of Claude Code's verdict, when it does not simply load it. */
const verdictNotes: Partial<Record<ClaudeCodeStatus, string>> = {
  skipped: ' Claude Code skips this file as it is (its page says why).',
  'cannot-run': ' Claude Code lists it but cannot run it: none of its tools is one Claude Code gives it (its page says which to fix).',
  'loads-without-fields': ' Claude Code cannot read its frontmatter and loads it without its fields (its page says why).',
};

/**
 * One line of Markdown: no line breaks, no brackets that would end the link text, and none of the characters a page
 * does not show, which a model reading this file would read (see hiddenCharacters.ts).
 */
const inline = (text: string) => withoutHidden(text).replace(/\s+/g, ' ').replace(/[[\]]/g, (char) => `\\${char}`).trim();

/** What a reader about to install an agent must know of a file that hides text. */
const hiddenNote = ' Its file hides text in characters a page does not show, which Claude would read: its page shows where; do not install it unread.';

/**
 * `/llms.txt` (llmstxt.org): the catalogue for language models and agents. Every agent links its raw file, which
 * is the agent itself, with its summary (up to 1,000 characters: a model reads this file whole, and one agent's
 * description of a hundred thousand words would crowd out the others; the corpora's longest is 805); its page
 * follows.
 */
export const GET: APIRoute = async () => {
  const agents = await getAgentRecords();
  const guides = await getGuides();
  const lines = [
    `# ${inline(catalogConfig.title)}`,
    '',
    `> ${inline(catalogConfig.description)}`,
    '',
    `${agents.length} Claude Code subagents. Each link is the agent file itself (Markdown with YAML frontmatter); install it by saving it in \`.claude/agents/\`. Every agent as JSON: ${absolute(href('agents.json'))}`,
    '',
  ];
  // In the site's order: categories by name, General last, agents by name.
  const records = new Map(agents.map((agent) => [agent.slug, agent]));
  for (const group of groupByCategory(await getCards())) {
    lines.push(`## ${inline(group.name)}`, '');
    for (const agent of group.cards.map((card) => records.get(card.slug)!)) {
      // A plugin whose manifest, or its marketplace's, has an error offers no install line (see pluginInstallCommand).
      const install = agent.plugin && pluginInstallCommand({ ...agent.plugin, ...(agent.claudeCode.reason === 'plugin-not-loadable' ? { manifestInvalid: true as const } : {}) });
      const plugin = agent.plugin?.loaded ? ` Also in the plugin ${inline(agent.plugin.name)} as ${inline(agent.plugin.claudeCodeName)}${install ? ` (\`${inline(install)}\`)` : ''}.` : '';
      lines.push(`- [${inline(agent.name)}](${agent.rawUrl}): ${clipLine(inline(agent.summary), 1000)} Page: ${agent.url}${plugin}${verdictNotes[agent.claudeCode.status] ?? ''}${agent.source.hiddenText ? hiddenNote : ''}`);
    }
    lines.push('');
  }
  if (guides.length > 0) {
    lines.push('## Guides', '');
    for (const guide of guides) lines.push(`- [${inline(guide.title)}](${absolute(guideHref(guide.slug))}): ${inline(guide.description)}`);
    lines.push('');
  }
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
