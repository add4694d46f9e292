import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { declaredTags, detectSkills, mentions, type SkillInput } from '../../src/lib/skills/detectSkills.ts';
import { searchAliases, skillById, skillGroups, skills, skillSearchTerms } from '../../src/lib/skills/taxonomy.ts';
import { corporaDir, hasCorpora, seedsDir } from './helpers.ts';

const input = (parts: Partial<SkillInput>): SkillInput => ({ name: 'agent', summary: '', examples: [], body: '', declared: [], ...parts });
const ids = (parts: Partial<SkillInput>) => detectSkills(input(parts)).map((match) => match.skill.id);
const agentSkills = (folder: string) =>
  new Map(
    buildCatalog(readAgentsFolder(folder)).agents.map((agent) => [
      agent.slug,
      detectSkills({ name: agent.name, summary: agent.summary, examples: agent.examples, body: agent.body, declared: declaredTags(agent.extra) }).map((m) => m.skill.id),
    ]),
  );

describe('the skill taxonomy', () => {
  it('holds at least 200 skills in groups, with unique ids that are slugs', () => {
    expect(skills.length).toBeGreaterThanOrEqual(200);
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
    for (const skill of skills) expect(skill.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(skillGroups).toContain('Databases');
  });
  it('knows PostgreSQL and Kubernetes by their aliases', () => {
    expect(skillById.get('postgresql')?.aliases).toEqual(expect.arrayContaining(['postgres', 'postgresql', 'psql', 'pg']));
    expect(skillById.get('kubernetes')?.aliases).toEqual(expect.arrayContaining(['k8s', 'kubectl']));
  });
  it('adds to the search text of an agent the other names of its skills, not the phrases around their own names', () => {
    expect(searchAliases(skillById.get('kubernetes')!)).toEqual(expect.arrayContaining(['k8s', 'kubectl']));
    expect(searchAliases(skillById.get('postgresql')!)).not.toContain('postgres');
    expect(searchAliases(skillById.get('c')!)).not.toContain('c code');
    expect(searchAliases(skillById.get('monitoring')!)).toEqual(expect.arrayContaining(['grafana', 'datadog']));
    expect(searchAliases(skillById.get('monitoring')!)).not.toContain('monitoring and alerting');
  });
  it('adds the one-word name of a skill the agent has only by another name, so that searching the name finds it', () => {
    const erlang = skillById.get('erlang')!;
    const sre = skillById.get('site-reliability-engineering')!;
    expect(skillSearchTerms([erlang], 'An Elixir agent for OTP supervision trees.')).toEqual(['Erlang', ...searchAliases(erlang)]);
    expect(skillSearchTerms([erlang], 'Builds Erlang releases.')).toEqual(searchAliases(erlang));
    expect(skillSearchTerms([erlang], 'Builds **Erlang** releases and erlang-ls, <code class="language-erlang">x</code>.')).toEqual(searchAliases(erlang));
    // Search finds no word inside another, nor in markup: here the agent never writes the name as a word.
    expect(skillSearchTerms([erlang], 'See https://docs.erlang.org and <pre class="language-erlang">x</pre>.')).toEqual(['Erlang', ...searchAliases(erlang)]);
    expect(skillSearchTerms([sre], 'An SRE agent.')).toEqual(searchAliases(sre));
    // Shared aliases are listed once.
    const kubernetes = skillById.get('kubernetes')!;
    expect(skillSearchTerms([kubernetes, kubernetes], 'k8s')).toEqual(['Kubernetes', ...searchAliases(kubernetes)]);
  });
  it('leaves out a name written -Name, and keeps a name written !Name in its case', () => {
    expect(skillById.get('c')?.aliases).not.toContain('c');
    expect(skillById.get('c')?.exactAliases).toEqual([]);
    expect(skillById.get('c')?.aliases).toContain('c code');
    expect(skillById.get('go')?.aliases).not.toContain('go');
    expect(skillById.get('go')?.exactAliases).toEqual(['Go']);
  });
});

describe('mentions', () => {
  const count = (text: string) => Object.fromEntries([...mentions(text)].map(([skill, n]) => [skill.id, n]));
  it('matches whole words only', () => expect(count('NoSQL stores and mysqldump')).toEqual({ nosql: 1 }));
  it('matches words with symbols', () => expect(count('C++, C#, Node.js and CI/CD.')).toMatchObject({ cpp: 1, csharp: 1, 'node-js': 1, 'ci-cd': 1 }));
  it('reads a hyphenated word as its parts', () => expect(count('PostgreSQL-specific tuning')).toMatchObject({ postgresql: 1 }));
  it('matches several words as one alias', () => expect(count('a Ruby on Rails app')).toMatchObject({ 'ruby-on-rails': 1, ruby: 1 }));
  it('matches ordinary words only in their exact case', () => {
    expect(count('Rust services')).toMatchObject({ rust: 1 });
    expect(count('rust on the pipes')).toEqual({});
  });
  it('matches an ordinary word in its exact case only as a word of its own, not as part of a hyphenated one', () => {
    expect(count('idiomatic Go code')).toMatchObject({ go: 1 });
    expect(count('## Go-to-Market Strategy: launch before we go live')).toEqual({});
    expect(count('Rust-based tooling')).toEqual({});
  });
  it('takes an ordinary word in its exact case for the verb it is before "the", "a" or "through"', () => {
    expect(count('Search the codebase for URLs. Go through the list. Spark the imagination.')).toEqual({});
    expect(count('Written in Go, with Spark and Search')).toMatchObject({ search: 1, go: 1, 'apache-spark': 1 });
  });
  it('does not take ordinary words for the tools of the same name', () => {
    expect(count('react realistically to feedback, keep notes in a vault, spark ideas and build team unity')).toEqual({});
    expect(count('React components, secrets in HashiCorp Vault, Spark jobs and a Unity game')).toMatchObject({ react: 1, 'cloud-security': 1, 'apache-spark': 1, 'game-development': 1 });
  });
  it('takes the letters C and R for the languages only where the words around them say so', () => {
    expect(count('Option C, a C grade, C-suite, B --> C, position size in R-multiples, an R&D budget')).toEqual({});
    expect(count('Write efficient C code and bindings to a C library')).toMatchObject({ c: 2 });
    expect(count('C/C++ and R Shiny dashboards built with the tidyverse')).toMatchObject({ c: 1, cpp: 1, r: 2 });
    expect(count('Objective-C and C# in a c-sharp-pro')).toEqual({ 'objective-c': 1, csharp: 2 });
  });
  it('takes assembling a team or a video for no assembly language, nor balancing work across agents for networking', () => {
    expect(count('Parallel team assembly, professional video assembly, load balancing across workers')).toEqual({ 'audio-and-video': 1 });
    expect(count('Reads x86 assembly and inline assembly; writes NASM')).toMatchObject({ assembly: 3 });
    expect(count('Put the service behind a load balancer')).toMatchObject({ networking: 1 });
  });
  it('takes a phrase the taxonomy says does not name a skill for no mention of it, though it holds an alias', () => {
    expect(count('Check WCAG 2.2 Accessible Authentication (3.3.8) and sign-in forms')).toEqual({ accessibility: 1 });
    expect(count('- **Creative Catalyst**: Spark imagination with "What if..." scenarios')).toEqual({});
    expect(count('Accessible authentication flows built on OAuth; Spark jobs that spark curiosity')).toMatchObject({ authentication: 1, 'apache-spark': 1 });
  });
  it('takes loudness normalization for no database design, and normal forms for it', () => {
    expect(count('Loudness normalization and Unicode normalization')).toEqual({});
    expect(count('Tables in third normal form, with some denormalization')).toMatchObject({ 'database-design': 2 });
  });
});

describe('detectSkills', () => {
  it('counts a mention in the name or summary', () => {
    expect(ids({ name: 'kubernetes-operator' })).toContain('kubernetes');
    expect(ids({ summary: 'Use for k8s clusters.' })).toContain('kubernetes');
  });
  it('counts a mention in the opening of the prompt', () => expect(ids({ body: 'You are an expert in Terraform.' })).toContain('terraform'));
  it('does not count a passing mention deep in a long prompt', () => {
    const body = `${'You review code carefully.\n'.repeat(60)}\nSometimes Redis is involved. Redis again.`;
    expect(ids({ body })).not.toContain('redis');
    expect(ids({ body: `${body}\n\n## Redis` })).toContain('redis');
  });
  it('does not take the trade an example’s story is set in for a skill, unless the agent names it elsewhere or it comes back', () => {
    const story = (context: string) => ({ context, turns: [{ speaker: 'User', role: 'user' as const, text: 'Review this change.' }] });
    const reviewer = { name: 'code-reviewer', summary: 'Reviews code for correctness.', examples: [story('A fintech team changed its payment processing module.')] };
    expect(ids(reviewer)).not.toContain('fintech');
    expect(ids({ ...reviewer, summary: 'Reviews code of payment processing systems.' })).toContain('fintech');
    expect(ids({ ...reviewer, examples: ['A fintech startup.', 'A banking app.', 'Stripe webhooks.'].map(story) })).toContain('fintech');
    // One story tells its setting in its context, its request and its answer: still one example's.
    const checkout = { context: 'A team redesigned its checkout flow.', turns: [{ speaker: 'User', role: 'user' as const, text: 'Audit the checkout flow.' }, { speaker: 'Assistant', role: 'assistant' as const, text: 'I will audit the checkout flow and the shopping cart.' }] };
    expect(ids({ ...reviewer, examples: [checkout] })).not.toContain('e-commerce');
    expect(ids({ ...reviewer, examples: [checkout, checkout, checkout] })).toContain('e-commerce');
    // A technology in an example counts at once: it is what the agent works with.
    expect(ids({ ...reviewer, examples: [story('The Terraform modules of the team changed.')] })).toContain('terraform');
    expect(skillById.get('fintech')?.setting).toBe(true);
    expect(skillById.get('terraform')?.setting).toBe(false);
  });
  it('respects the skills an agent declares in tags or category', () => {
    expect(declaredTags({ tags: ['postgres', 'Data pipelines'], category: 'database' })).toEqual(['postgres', 'Data pipelines', 'database']);
    expect(ids({ declared: ['postgres', 'Data pipelines'] })).toEqual(expect.arrayContaining(['postgresql', 'data-engineering']));
  });
  it('adds the skills a skill implies', () => expect(detectSkills(input({ summary: 'Tunes PostgreSQL.' })).find((m) => m.skill.id === 'sql')).toMatchObject({ sources: ['implied'] }));
  it('puts the strongest first', () => expect(ids({ name: 'redis-expert', body: 'Knows Python.' })[0]).toBe('redis'));
});

describe('skills of the sample catalogue', () => {
  const seeds = agentSkills(seedsDir);
  it('gives PostgreSQL to the three seed agents that name it', () =>
    expect([...seeds].filter(([, found]) => found.includes('postgresql')).map(([slug]) => slug)).toEqual(['backend-database-engineer', 'backend-db-specialist', 'backend-expert']));
  it('gives SQL to all five', () => expect([...seeds.values()].every((found) => found.includes('sql'))).toBe(true));
});

describe.skipIf(!hasCorpora)('skills of the shared corpora', () => {
  const corpora = hasCorpora ? agentSkills(corporaDir) : new Map<string, string[]>();
  it('gives a frontend agent neither PostgreSQL nor SQL', () => {
    for (const slug of ['frontend-developer', 'frontend-developer-universal']) {
      expect(corpora.get(slug)).toContain('frontend-development');
      expect(corpora.get(slug)).not.toContain('postgresql');
      expect(corpora.get(slug)).not.toContain('sql');
    }
  });
  it('gives each agent a handful of skills, not dozens', () => {
    const counts = [...corpora.values()].map((found) => found.length).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(8);
  });
  it('finds the specialists of a technology by their skill', () => {
    const withSkill = (id: string) => [...corpora].filter(([, found]) => found.includes(id)).map(([slug]) => slug);
    expect(withSkill('kubernetes')).toEqual(expect.arrayContaining(['kubernetes-specialist']));
    expect(withSkill('postgresql')).toEqual(expect.arrayContaining(['postgres-pro', 'postgresql-dba']));
    expect(withSkill('laravel')).toEqual(expect.arrayContaining(['laravel-backend-expert']));
    expect(withSkill('wordpress')).toEqual(['wordpress-master']);
    expect(withSkill('drupal')).toEqual(['drupal-expert']);
  });
  it('gives C, R, Go, Vault, Spark and Authentication to agents that use them, not to those that write "go-to-market", "Option C", "R-multiple", "vault", "Spark imagination" or "Accessible Authentication"', () => {
    const withSkill = (id: string) => [...corpora].filter(([, found]) => found.includes(id)).map(([slug]) => slug);
    expect(withSkill('go')).toEqual(expect.arrayContaining(['golang-pro', 'go-mcp-expert']));
    expect(withSkill('go')).not.toEqual(expect.arrayContaining(['product-strategist']));
    expect(withSkill('go')).not.toEqual(expect.arrayContaining(['scrum-master']));
    expect(withSkill('c')).toContain('c-pro');
    for (const slug of ['c-sharp-pro', 'terraform', 'technical-content-evaluator']) expect(withSkill('c')).not.toContain(slug);
    expect(withSkill('r')).not.toContain('trading-risk-manager');
    // The Obsidian agents keep notes in a vault: that is not HashiCorp's.
    expect(withSkill('cloud-security')).not.toContain('vault-optimizer');
    // An idea generator sparks imagination; an accessibility tester checks WCAG's "Accessible Authentication", and
    // audits a checkout flow in one of its examples.
    expect(withSkill('apache-spark')).not.toContain('simple-app-idea-generator');
    expect(withSkill('authentication')).not.toContain('accessibility-tester');
    expect(withSkill('e-commerce')).not.toContain('accessibility-tester');
  });
});
