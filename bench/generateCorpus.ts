/**
 * A seeded synthetic agents folder shaped like the real collections (see ../shared/briefs/agent-format.md):
 * descriptions with a median near 220 characters, about 16% with two or three `<example>` blocks, about 5% with
 * frontmatter that is not valid YAML (an unquoted `: `, or `tools: *`), tools on half the agents, models and
 * colours on some, and bodies of about 6 KB and 130 lines with headings, lists and code in several languages.
 * The same seed and N always write the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const technologies = [
  'PostgreSQL', 'MySQL', 'Redis', 'MongoDB', 'Kafka', 'Kubernetes', 'Docker', 'Terraform', 'AWS', 'GCP', 'Azure', 'React', 'Vue', 'Angular',
  'Svelte', 'Next.js', 'Node.js', 'TypeScript', 'Python', 'Go', 'Rust', 'Java', 'Kotlin', 'Swift', 'C#', 'C++', 'Ruby on Rails', 'Django',
  'FastAPI', 'Spring Boot', 'GraphQL', 'gRPC', 'Elasticsearch', 'Snowflake', 'dbt', 'Airflow', 'Spark', 'PyTorch', 'TensorFlow', 'LangChain',
  'Prometheus', 'Grafana', 'Helm', 'Ansible', 'GitHub Actions', 'Jenkins', 'Playwright', 'Cypress', 'Jest', 'pytest', 'Tailwind CSS', 'Flutter',
  'React Native', 'Unity', 'Solidity', 'Stripe', 'OAuth', 'WebAssembly', 'Electron', 'Figma',
];
const roles = ['expert', 'specialist', 'engineer', 'architect', 'reviewer', 'optimizer', 'pro', 'developer', 'consultant', 'auditor', 'migrator', 'debugger'];
const tasks = [
  'designing schemas and migrations', 'tuning slow queries', 'reviewing pull requests for security issues', 'building REST and GraphQL APIs',
  'writing integration tests', 'setting up CI/CD pipelines', 'planning a cloud migration', 'hardening authentication flows', 'profiling memory leaks',
  'refactoring legacy modules', 'designing event-driven systems', 'improving accessibility', 'writing runbooks for incident response',
  'modelling data for analytics', 'deploying services with zero downtime', 'reducing bundle size', 'training and evaluating models',
  'auditing dependencies', 'documenting architecture decisions', 'scaling read-heavy workloads',
];
const verbs = ['Analyse', 'Design', 'Review', 'Implement', 'Measure', 'Document', 'Refactor', 'Validate', 'Monitor', 'Optimise', 'Plan', 'Test'];
const nouns = [
  'the request path', 'each query plan', 'the deployment manifest', 'error budgets', 'the public interface', 'cache invalidation', 'retry policies',
  'the data model', 'observability signals', 'rollback procedures', 'the threat model', 'latency percentiles', 'connection pooling', 'feature flags',
  'schema evolution', 'the build graph', 'idempotency keys', 'back-pressure', 'access control lists', 'the release checklist',
];
const adverbs = ['carefully', 'incrementally', 'before every release', 'with measurements', 'against the SLOs', 'in small steps', 'with the team', 'early'];
const models = ['sonnet', 'opus', 'haiku', 'inherit', 'claude-sonnet-4-20250514'];
const colors = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'];
const toolSets = ['Read, Grep, Glob', 'Read, Write, Edit, Bash', 'Read, Grep, Glob, Bash, WebFetch', 'Bash, Read', 'Read, Edit, MultiEdit, Write, Grep, Glob, Bash'];
const codeSamples: Record<string, string[]> = {
  sql: ['SELECT o.id, o.total, c.email', 'FROM orders o', 'JOIN customers c ON c.id = o.customer_id', "WHERE o.created_at > now() - interval '7 days'", 'ORDER BY o.total DESC', 'LIMIT 50;'],
  ts: ['export async function handler(request: Request): Promise<Response> {', '  const body = await request.json();', '  if (!body.id) return new Response("missing id", { status: 400 });', '  const record = await store.get(body.id);', '  return Response.json(record ?? null);', '}'],
  python: ['def retry(times: int = 3):', '    def wrap(fn):', '        def inner(*args, **kwargs):', '            for attempt in range(times):', '                try:', '                    return fn(*args, **kwargs)', '                except TimeoutError:', '                    continue', '        return inner', '    return wrap'],
  bash: ['set -euo pipefail', 'kubectl rollout status deployment/api --timeout=120s', 'kubectl get pods -l app=api -o wide', 'helm upgrade --install api ./chart -f values.yaml'],
  yaml: ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  replicas: 3', '  template:', '    spec:', '      containers:', '        - name: api', '          image: registry.example.com/api:1.4.2'],
  go: ['func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {', '\tctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)', '\tdefer cancel()', '\tif err := s.store.Ping(ctx); err != nil {', '\t\thttp.Error(w, err.Error(), http.StatusServiceUnavailable)', '\t\treturn', '\t}', '}'],
};

export interface CorpusOptions {
  count: number;
  seed?: number;
}

/**
 * Writes `count` agent files into `folder` (see `writeCorpus`); returns how many are not valid YAML.
 */
export function generateCorpus(folder: string, { count, seed = 20261122 }: CorpusOptions): { files: number; invalidYaml: number } {
  const rand = random(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = () => `${pick(verbs)} ${pick(nouns)} ${pick(adverbs)}, and ${pick(verbs).toLowerCase()} ${pick(nouns)} when ${pick(tasks)}.`;
  const files = new Map<string, string>();
  const used = new Set<string>();
  let invalidYaml = 0;
  for (let i = 0; i < count; i++) {
    const tech = pick(technologies);
    const role = pick(roles);
    let name = `${tech.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${role}`;
    if (used.has(name)) name = `${name}-${i}`;
    used.add(name);
    const task = pick(tasks);
    // Median near 220 characters: one or two sentences.
    let summary = `Use this agent when you need help with ${tech} ${task}. Specializes in ${pick(tasks)} and ${pick(tasks)}.`;
    if (rand() < 0.5) summary += ` ${sentence()}`;
    const examples = rand() < 0.16 ? 2 + Math.floor(rand() * 2) : 0;
    const exampleText = Array.from({ length: examples }, () =>
      `<example>\\nContext: The team is ${pick(tasks)} with ${tech}.\\nuser: "Can you help with ${pick(nouns)} in our ${tech} setup?"\\nassistant: "I'll use the ${name} agent to ${pick(verbs).toLowerCase()} ${pick(nouns)}."\\n<commentary>\\nThe request is about ${task}, which is this agent's focus.\\n</commentary>\\n</example>`,
    ).join('\\n');
    const kind = rand();
    const lines = ['---', `name: ${name}`];
    if (kind < 0.045) {
      // The most common break: an unquoted `: ` in a plain description (Claude Code re-quotes it).
      lines.push(`description: ${summary} Note: it reads ${tech} code first.${examples ? ` Examples: ${exampleText.replace(/\\n/g, ' ')}` : ''}`);
      invalidYaml++;
    } else if (examples > 0) {
      lines.push(`description: "${`${summary} Examples:\\n${exampleText}`.replace(/"/g, '\\"')}"`);
    } else {
      lines.push(`description: ${JSON.stringify(summary)}`);
    }
    if (kind >= 0.045 && kind < 0.05) {
      lines.push('tools: *');
      invalidYaml++;
    } else if (rand() < 0.52) lines.push(`tools: ${pick(toolSets)}`);
    if (rand() < 0.45) lines.push(`model: ${pick(models)}`);
    if (rand() < 0.2) lines.push(`color: ${pick(colors)}`);
    lines.push('---', '');
    // A body of about 6 KB and 130 lines: an introduction, sections of lists, prose and code.
    lines.push(`You are a senior ${tech} ${role} focused on ${task}. ${sentence()} ${sentence()}`, '');
    const sections = 5 + Math.floor(rand() * 4);
    for (let s = 0; s < sections; s++) {
      lines.push(`## ${pick(verbs)} ${pick(nouns)}`, '', `${sentence()} ${sentence()}`, '');
      const items = 4 + Math.floor(rand() * 5);
      for (let n = 0; n < items; n++) lines.push(`- **${pick(verbs)}** ${pick(nouns)} ${pick(adverbs)}.`);
      lines.push('');
      if (rand() < 0.45) {
        const language = pick(Object.keys(codeSamples));
        lines.push(`### Example: ${pick(nouns)}`, '', '```' + language, ...codeSamples[language]!, '```', '');
      }
      lines.push(`${sentence()} ${sentence()} ${sentence()}`, '');
    }
    lines.push('## Output', '', `1. ${sentence()}`, `2. ${sentence()}`, `3. ${sentence()}`, '');
    files.set(join(i % 10 === 0 ? `team-${i % 7}` : '', `${name}.md`), lines.join('\n'));
  }
  writeCorpus(folder, files);
  return { files: count, invalidYaml };
}

/**
 * A copy of the agent files of `source` (every file, in its subfolders) in `folder`, where the benchmark may change
 * one for its rebuild without touching the original.
 */
export function copyCorpus(source: string, folder: string): { files: number } {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(relative(source, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  writeCorpus(folder, files);
  return { files: files.size };
}

/**
 * Makes `folder` hold exactly `files` (path inside it → content). A file already there with the same text is left as it
 * is and any other file is removed, so that preparing a corpus again deletes and creates no files: on this machine's
 * disk (ext4 without a journal) creating files soon after many were deleted costs several seconds of kernel time,
 * which would be charged to the build measured next.
 */
function writeCorpus(folder: string, files: ReadonlyMap<string, string | Buffer>): void {
  const written = new Set<string>();
  for (const [path, content] of files) {
    const file = join(folder, path);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    written.add(file);
    if (existsSync(file) && readFileSync(file).equals(bytes)) continue;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, bytes);
  }
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!written.has(path) && !entry.isDirectory()) rmSync(path, { force: true });
    }
  }
}
