import { describe, expect, it } from 'vitest';
import { agentInsight, bodyInsight } from '../../src/lib/insight/agentInsight.ts';
import { catalogInsight, contextCost } from '../../src/lib/insight/catalogInsight.ts';
import { contextLeftOutText, contextLimitText, descriptionShareText, installCostText, installedText } from '../../src/lib/present/contextCost.ts';
import { estimateTokens } from '../../src/lib/insight/estimateTokens.ts';
import { relatedAgents, skillStrength } from '../../src/lib/insight/relatedAgents.ts';
import { decodeSketch, encodeSketch, nearDuplicates, sketchOverlap, sketchSize, sketchText } from '../../src/lib/insight/textSketch.ts';
import { riskLabels, toolRisks } from '../../src/lib/insight/toolRisks.ts';
import { toolAccess } from '../../src/lib/present/agentFacts.ts';
import { skillThreshold } from '../../src/lib/skills/detectSkills.ts';

/** Deterministic words: `count` of them, from `seed`, none repeated across seeds in practice. */
function words(count: number, seed: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `w${state.toString(36)}`;
  });
}

describe('estimateTokens', () => {
  it('counts a short word, with the space before it, as one token', () => expect(estimateTokens('Review the pull request')).toBe(4));
  it('counts a long word as a token per seven letters', () => expect(estimateTokens('internationalization')).toBe(3));
  it('counts a number as a token per three digits', () => expect(estimateTokens('1234567')).toBe(3));
  it('counts line breaks and indentation, not a single space before punctuation', () => expect(estimateTokens('a\n\n    b .')).toBe(5));
  it('counts each character outside ASCII as a token', () => expect(estimateTokens('日本語')).toBe(3));
  it('counts nothing in an empty text', () => expect(estimateTokens('')).toBe(0));
});

describe('sketchText', () => {
  it('keeps the smallest hashes of the distinct four-word runs, ascending, and counts the runs', () => {
    const sketch = sketchText(words(500, 1).join(' '));
    expect(sketch.hashes).toHaveLength(sketchSize);
    expect(sketch.hashes).toEqual([...sketch.hashes].sort((a, b) => a - b));
    expect(sketch.shingles).toBe(497);
  });
  it('ignores case and punctuation', () => expect(sketchText('Review THE pull-request, now!')).toEqual(sketchText('review the pull request now')));
  it('has nothing to sketch in fewer than four words', () => expect(sketchText('three short words')).toEqual({ hashes: [], shingles: 0 }));
  it('is stored as text and read back unchanged', () => {
    const sketch = sketchText(words(300, 2).join(' '));
    expect(decodeSketch(encodeSketch(sketch))).toEqual(sketch);
    expect(decodeSketch('not a sketch')).toEqual({ hashes: [], shingles: 0 });
  });
});

describe('sketchOverlap', () => {
  it('is 1 for the same text and 0 for texts with no four-word run in common', () => {
    const a = sketchText(words(400, 3).join(' '));
    expect(sketchOverlap(a.hashes, a.hashes)).toBe(1);
    expect(sketchOverlap(a.hashes, sketchText(words(400, 4).join(' ')).hashes)).toBe(0);
  });
  it('estimates the Jaccard index of two texts to within 0.1', () => {
    for (const seed of [5, 6, 7]) {
      const shared = words(600, seed);
      const a = [...shared, ...words(300, seed + 100)];
      const b = [...shared, ...words(900, seed + 200)];
      // 597 runs in common, 897 and 1,497 runs in all (a run across the join is each text's own).
      const exact = 597 / (897 + 1497 - 597);
      expect(Math.abs(sketchOverlap(sketchText(a.join(' ')).hashes, sketchText(b.join(' ')).hashes) - exact)).toBeLessThan(0.1);
    }
  });
});

describe('nearDuplicates', () => {
  const base = words(800, 8);
  const items = [
    { id: 'original', sketch: sketchText(base.join(' ')) },
    { id: 'extended', sketch: sketchText([...base, ...words(800, 9)].join(' ')) },
    { id: 'unrelated', sketch: sketchText(words(800, 10).join(' ')) },
  ];

  it('pairs a text with one that has it whole, with the share of each in the other', () => {
    const pairs = nearDuplicates(items);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair).toMatchObject({ a: 'extended', b: 'original' });
    expect(pair!.shareOfB).toBeGreaterThan(0.85);
    expect(pair!.shareOfA).toBeGreaterThan(0.35);
    expect(pair!.shareOfA).toBeLessThan(0.65);
  });
  it('pairs short texts that are the same', () =>
    expect(nearDuplicates([
      { id: 'a', sketch: sketchText('Reviews pull requests for style.') },
      { id: 'b', sketch: sketchText('Reviews pull requests for style!') },
    ])).toEqual([{ a: 'a', b: 'b', shareOfA: 1, shareOfB: 1 }]));
  it('leaves out pairs where neither has the share asked for', () => expect(nearDuplicates(items, 0.99)).toEqual([]));
  it('pairs every agent of a family made from one template, however many share it', () => {
    const template = words(600, 18);
    const family = Array.from({ length: 120 }, (_, index) => ({ id: `lang-${String(index).padStart(3, '0')}`, sketch: sketchText([...template, ...words(20, 2000 + index)].join(' ')) }));
    const pairs = nearDuplicates(family);
    expect(pairs).toHaveLength((120 * 119) / 2);
    for (const pair of pairs) expect(Math.min(pair.shareOfA, pair.shareOfB)).toBeGreaterThan(0.8);
  });
  it('leaves out the hashes held most widely once their pairs would pass the budget', () => {
    const template = words(600, 18);
    const family = Array.from({ length: 40 }, (_, index) => ({ id: `lang-${index}`, sketch: sketchText([...template, ...words(20, 3000 + index)].join(' ')) }));
    expect(nearDuplicates(family, 0.5, 1_000)).toEqual([]);
  });
  it('finds the pairs that measuring every candidate pair finds, texts of any size overlapping by any share', () => {
    const pool = words(3000, 77);
    let state = 5;
    const next = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    const texts = Array.from({ length: 80 }, (_, index) => {
      const start = next(2000);
      return { id: `t${String(index).padStart(2, '0')}`, sketch: sketchText([...pool.slice(start, start + 4 + next(1000)), ...words(next(900), 500 + index)].join(' ')) };
    });
    const everyPair = texts.flatMap((x, i) =>
      texts.slice(i + 1).flatMap((y) => {
        // Candidates share one hash in sixteen, or all of a short text's.
        const both = x.sketch.hashes.filter((hash) => y.sketch.hashes.includes(hash)).length;
        if (both < Math.min(sketchSize / 16, x.sketch.hashes.length, y.sketch.hashes.length)) return [];
        const jaccard = sketchOverlap(x.sketch.hashes, y.sketch.hashes);
        const common = (jaccard * (x.sketch.shingles + y.sketch.shingles)) / (1 + jaccard);
        const [shareOfA, shareOfB] = [Math.min(1, common / x.sketch.shingles), Math.min(1, common / y.sketch.shingles)];
        return Math.max(shareOfA, shareOfB) >= 0.5 ? [`${x.id} ${y.id}`] : [];
      }),
    );
    expect(everyPair.length).toBeGreaterThan(20);
    expect(nearDuplicates(texts).map((pair) => `${pair.a} ${pair.b}`).sort()).toEqual(everyPair.sort());
  });
  it('does not pair texts by a passage that most of the catalogue repeats', () => {
    const boilerplate = words(200, 11);
    const many = Array.from({ length: 120 }, (_, index) => ({ id: `agent-${index}`, sketch: sketchText([...boilerplate, ...words(2000, 1000 + index)].join(' ')) }));
    expect(nearDuplicates(many)).toEqual([]);
  });
});

describe('relatedAgents', () => {
  const items = [
    { id: 'kafka-streams', category: 'data', skills: [{ id: 'kafka' }, { id: 'testing' }] },
    { id: 'kafka-ops', category: 'infra', skills: [{ id: 'kafka' }] },
    { id: 'e2e-tester', category: 'infra', skills: [{ id: 'testing' }] },
    { id: 'unit-tester', category: 'quality', skills: [{ id: 'testing' }] },
    { id: 'api-tester', category: 'quality', skills: [{ id: 'testing' }] },
    { id: 'data-writer', category: 'data', skills: [{ id: 'writing' }] },
    { id: 'poet', category: 'words', skills: [{ id: 'writing' }] },
  ];

  it('ranks the agent sharing a rare skill above those sharing a common one', () => expect(relatedAgents(items, { minimum: 0 }).get('kafka-streams')).toEqual(['kafka-ops', 'api-tester', 'e2e-tester', 'unit-tester']));
  it('leaves out agents less related than the minimum', () => expect(relatedAgents(items, { minimum: 0.3 }).get('kafka-streams')).toEqual(['kafka-ops']));
  it('does not relate agents by their category alone', () => expect(relatedAgents(items).get('data-writer')).toEqual(['poet']));
  it('ranks an agent about a shared skill above one that only mentions it', () => {
    // java-client and kafka-streams have the same skills; only kafka-streams is about Kafka.
    const scored = [
      { id: 'kafka-ops', category: 'infra', skills: [{ id: 'kafka', score: 30 }] },
      { id: 'kafka-streams', category: 'data', skills: [{ id: 'kafka', score: 30 }, { id: 'java', score: 20 }] },
      { id: 'java-client', category: 'code', skills: [{ id: 'kafka', score: 4 }, { id: 'java', score: 20 }] },
      { id: 'java-pro', category: 'code', skills: [{ id: 'java', score: 20 }] },
    ];
    expect(relatedAgents(scored, { minimum: 0 }).get('kafka-ops')).toEqual(['kafka-streams', 'java-client']);
    // Without scores every skill counts fully: the two tie, and the first by name comes first.
    const unscored = scored.map((item) => ({ ...item, skills: item.skills.map(({ id }) => ({ id })) }));
    expect(relatedAgents(unscored, { minimum: 0 }).get('kafka-ops')).toEqual(['java-client', 'kafka-streams']);
  });
  it('weighs a skill by its score, fully from a strong mention and about half at the least score', () => {
    expect(skillStrength(undefined)).toBe(1);
    expect(skillStrength(40)).toBe(1);
    expect(skillStrength(16)).toBe(1);
    expect(skillStrength(skillThreshold)).toBe(0.5);
  });
  it('finds the same agents as a comparison of every pair, common skills included', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // 400 agents; skills of very different frequencies (the first ones held by most agents), four categories.
    const many = Array.from({ length: 400 }, (_, index) => ({
      id: `agent-${String(index).padStart(3, '0')}`,
      category: `category-${Math.floor(next() * 4)}`,
      // Scores from the least that makes a skill to past full strength; some skills without one.
      skills: [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => `skill-${Math.floor(next() ** 3 * 60)}`))].map((id) =>
        next() < 0.2 ? { id } : { id, score: 4 + Math.floor(next() * 30) },
      ),
    }));
    // Each agent's features, with its weight in each: rarity times strength.
    const features = many.map((item) => new Map([...item.skills.map((skill) => [`skill:${skill.id}`, skillStrength(skill.score)] as const), [`category:${item.category}`, 1]]));
    const held = new Map<string, number>();
    for (const map of features) for (const feature of map.keys()) held.set(feature, (held.get(feature) ?? 0) + 1);
    const rarity = (feature: string) => Math.log(1 + many.length / held.get(feature)!);
    const norm = (map: Map<string, number>) => Math.sqrt([...map].reduce((sum, [feature, strength]) => sum + (rarity(feature) * strength) ** 2, 0));
    const found = relatedAgents(many);
    for (const [a, item] of many.entries()) {
      const expected = many
        .map((other, b) => {
          const shared = [...features[a]!.keys()].filter((feature) => features[b]!.has(feature));
          const dot = shared.reduce((sum, feature) => sum + rarity(feature) ** 2 * features[a]!.get(feature)! * features[b]!.get(feature)!, 0);
          const score = dot / (norm(features[a]!) * norm(features[b]!));
          return { id: other.id, score: b !== a && shared.some((feature) => feature.startsWith('skill:')) ? score : 0 };
        })
        .filter(({ score }) => score >= 0.15)
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
        .slice(0, 5)
        .map(({ id }) => id);
      expect(found.get(item.id)).toEqual(expected);
    }
  });
  it('keeps as many as asked, and leaves out excluded pairs', () => {
    expect(relatedAgents(items, { minimum: 0, limit: 2 }).get('kafka-streams')).toEqual(['kafka-ops', 'api-tester']);
    expect(relatedAgents(items, { minimum: 0, exclude: (a, b) => [a, b].includes('kafka-ops') }).get('kafka-streams')).toEqual(['api-tester', 'e2e-tester', 'unit-tester']);
  });
});

describe('toolRisks', () => {
  const risks = (fields: Parameters<typeof toolAccess>[0]) => toolRisks(toolAccess(fields)).map((risk) => `${risk.label}: ${risk.detail}`);

  it('says an agent without a tools list inherits all tools, and what they include', () =>
    expect(risks({})).toEqual([
      'All tools: it inherits every tool of the main conversation, MCP servers’ tools included',
      'Runs commands: any shell command (Bash, PowerShell, Monitor)',
      'Edits files: it creates and changes files (Write, Edit, NotebookEdit)',
      'Web access: it fetches web pages or searches the web (WebFetch, WebSearch)',
    ]));
  it('takes away what disallowedTools takes', () =>
    expect(risks({ disallowedTools: ['Bash', 'PowerShell', 'Monitor', 'WebFetch', 'WebSearch'] })).toEqual([
      'All tools: it inherits every tool of the main conversation but Bash, PowerShell, Monitor, WebFetch, WebSearch, MCP servers’ tools included',
      'Edits files: it creates and changes files (Write, Edit, NotebookEdit)',
    ]));
  it('says that mcp__* in disallowedTools takes away every MCP server’s tools', () =>
    expect(risks({ disallowedTools: ['mcp__*'] })[0]).toBe('All tools: it inherits every tool of the main conversation but mcp__*, no MCP server’s tool'));
  it('keeps a tool whose disallowed rule takes away only some of its uses', () =>
    expect(risks({ disallowedTools: ['Bash(rm:*)'] })[1]).toBe('Runs commands: any shell command (Bash, PowerShell, Monitor)'));
  it('counts Monitor, which runs a shell command in the background, as running commands', () =>
    expect(risks({ tools: ['Read', 'Monitor'] })).toEqual(['Runs commands: any shell command (Monitor)']));
  it('names listed tools that run commands, change files, reach the web or call MCP servers', () =>
    expect(risks({ tools: ['Read', 'Bash', 'Write', 'WebFetch', 'mcp__github__create_issue', 'mcp__linear__list'] })).toEqual([
      'Runs commands: any shell command (Bash)',
      'Edits files: it creates and changes files (Write)',
      'Web access: it fetches web pages or searches the web (WebFetch)',
      'MCP tools: it calls tools of the MCP servers github, linear',
    ]));
  it('says that an agent with only MCP tools does not run where their servers are not connected', () => {
    expect(risks({ tools: ['mcp__github__create_issue'] })).toEqual([
      'MCP tools: it calls tools of the MCP server github; they are its only tools, so Claude Code refuses to run it in a session without that server',
    ]);
    expect(risks({ tools: ['mcp__github__x', 'mcp__linear__y', 'codebase'] })[0]).toMatch(/; they are its only tools, so Claude Code refuses to run it in a session without any of those servers$/);
  });
  it('says when its rules allow only some commands', () => expect(risks({ tools: ['Bash(git diff:*)'] })).toEqual(['Runs some commands: the shell commands its rules allow (Bash(git diff:*))']));
  it('calls an agent that can only read and search read-only', () =>
    expect(toolRisks(toolAccess({ tools: ['Read', 'Grep', 'Glob'] }))).toEqual([
      { id: 'read-only', label: 'Read-only', detail: 'it cannot run commands, change files or reach the web (Read, Grep, Glob)', level: 'low' },
    ]));
  it('does not count tool names Claude Code drops, and says it refuses to run an agent left with none', () =>
    expect(risks({ tools: ['runCommands', 'editFiles'] })).toEqual(['No tools: no name in its tools is one Claude Code gives it, so Claude Code refuses to run it']));
  it('has a label for search for every badge it gives', () => {
    const cases = [{}, { tools: ['Bash(git diff:*)', 'mcp__github__x'] }, { tools: ['Read'] }, { tools: [] }, { tools: ['Write', 'WebSearch'] }];
    for (const fields of cases) for (const risk of toolRisks(toolAccess(fields))) expect(riskLabels).toContain(risk.label);
  });
});

describe('catalogInsight', () => {
  const text = words(600, 12).join(' ');
  const agent = (slug: string, body: string, skills: string[]) => ({
    slug,
    name: slug,
    category: 'general',
    skills: skills.map((id) => ({ id })),
    insight: agentInsight({ name: slug, description: `Use ${slug} to review code.` }, body),
    loads: slug !== 'writer-draft',
  });
  const insight = catalogInsight([
    agent('reviewer', text, ['code-review', 'rust']),
    agent('reviewer-copy', `${text} ${words(100, 13).join(' ')}`, ['code-review', 'rust']),
    agent('rust-expert', words(600, 14).join(' '), ['rust']),
    agent('writer', words(600, 15).join(' '), ['writing']),
    agent('writer-draft', words(600, 17).join(' '), ['legal']),
  ]);

  it('lists each near-duplicate on both agents, with the share of each one’s text', () => {
    expect(insight.pairs.map((pair) => [pair.a, pair.b])).toEqual([['reviewer', 'reviewer-copy']]);
    expect(insight.nearDuplicates.get('reviewer')).toEqual([{ slug: 'reviewer-copy', share: insight.pairs[0]!.shareOfA, otherShare: insight.pairs[0]!.shareOfB }]);
    expect(insight.nearDuplicates.get('reviewer-copy')?.[0]).toMatchObject({ slug: 'reviewer' });
    expect(insight.nearDuplicates.has('writer')).toBe(false);
  });
  it('adds up what the names and descriptions of the agents Claude Code loads cost, leaving out one it skips', () => {
    // "Use <slug> to review code." with the name before it, for each of the four agents that load.
    const each = ['reviewer', 'reviewer-copy', 'rust-expert', 'writer'].map((slug) => agentInsight({ name: slug, description: `Use ${slug} to review code.` }, '').tokens.description);
    expect(insight.descriptionTokens).toBe(each.reduce((sum, tokens) => sum + tokens, 0));
    expect(insight.inContext).toBe(4);
    expect(insight.leftOut).toEqual({ skipped: 1, sameName: 0 });
  });
  it('counts a name that several files declare once, at its costliest file, since Claude Code keeps one file per name', () => {
    const named = (slug: string, name: string, description: string, loads = true) => ({ slug, name, insight: agentInsight({ name, description }, ''), loads });
    const agents = [
      named('reviewer', 'reviewer', 'Reviews code.'),
      named('reviewer-2', 'reviewer', 'Reviews code in every language, with care, and says what to change.'),
      named('reviewer-3', 'reviewer', 'Reviews code in every language.'),
      named('writer', 'writer', 'Writes documents.'),
      named('writer-2', 'writer', 'Writes documents for every audience, at length.', false),
      named('docs:writer', 'docs:writer', 'Writes documents.'),
    ];
    const cost = contextCost(agents);
    expect(cost.descriptionTokens).toBe([agents[1]!, agents[3]!, agents[5]!].reduce((sum, agent) => sum + agent.insight.tokens.description, 0));
    expect(cost.inContext).toBe(3);
    expect(cost.leftOut).toEqual({ skipped: 1, sameName: 2 });
  });
  it('says when the descriptions pass the 15,000 tokens past which Claude Code warns at every start, and how many times', () => {
    expect(installCostText(1234)).toBe('Together, their names and descriptions add about 1,234 tokens (estimated) to every conversation.');
    expect(installCostText(15_001)).toBe(
      'Together, their names and descriptions add about 15,001 tokens (estimated) to every conversation: more than the 15,000 past which Claude Code warns at every start, before any other agent.',
    );
    expect(descriptionShareText(1183)).toBe(' (8% of the 15,000 past which Claude Code warns)');
    expect(descriptionShareText(220)).toBe('');
    expect(contextLimitText(15_000)).toBe('');
    expect(contextLimitText(16_800)).toBe('That is over the 15,000 tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.');
    expect(contextLimitText(110_854)).toBe('That is about 7 times the 15,000 tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.');
  });
  it('says which agents the catalogue’s context cost leaves out, and why', () => {
    expect(installedText(1)).toBe('the one agent installed');
    expect(installedText(1234)).toBe('all 1,234 agents installed');
    expect(contextLeftOutText(12, { skipped: 0, sameName: 0 })).toBe('');
    expect(contextLeftOutText(0, { skipped: 1, sameName: 0 })).toBe(': Claude Code skips it, so it costs nothing until it is mended');
    expect(contextLeftOutText(0, { skipped: 4, sameName: 0 })).toBe(': Claude Code skips all 4, so they cost nothing until they are mended');
    expect(contextLeftOutText(9, { skipped: 3, sameName: 0 })).toBe(', for the 9 that Claude Code loads (the 3 it skips cost nothing until they are mended)');
    expect(contextLeftOutText(1_200, { skipped: 0, sameName: 19 })).toBe(
      ', for the 1,200 that Claude Code loads (it keeps one file of each name, so the 19 files that repeat another’s name cost nothing)',
    );
  });
  it('relates agents by skills, leaving near-duplicates to their own list', () => {
    expect(insight.related.get('reviewer')).toEqual(['rust-expert']);
    expect(insight.related.get('writer')).toEqual([]);
  });
  it('estimates the context cost of the name with the description, and of the system prompt', () => {
    // "reviewer", ":", " Reviews", " code", "."; "You", " review", " code", ".", a line break.
    const { tokens } = agentInsight({ name: 'reviewer', description: 'Reviews code.' }, 'You review code.\n');
    expect(tokens).toEqual({ description: 5, prompt: 5 });
  });
  it('takes the system prompt’s part computed where it was rendered, as if computed from the prompt itself', () => {
    const body = words(500, 16).join(' ');
    const description = words(60, 17).join(' ');
    const whole = sketchText(`${description}\n${body}`);
    const merged = decodeSketch(agentInsight({ name: 'a', description }, bodyInsight(body)).sketch);
    expect(merged.hashes).toEqual(whole.hashes.filter((hash) => merged.hashes.includes(hash)));
    expect(sketchOverlap(merged.hashes, whole.hashes)).toBeGreaterThan(0.97);
    expect(merged.shingles).toBe(whole.shingles - 3);
  });
});
