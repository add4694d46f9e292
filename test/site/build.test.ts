import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'agent-catalog-site-'));
const cacheDir = join(work, 'cache');

/** Runs a real `astro build` of the project on an agents folder, returning what it logged. */
async function buildCatalog(agentsDir: string, outDir: string, env: Record<string, string> = {}): Promise<string> {
  const saved = { ...process.env };
  Object.assign(process.env, { AGENTS_DIR: agentsDir, CATALOG_STRICT: '' }, env);
  const logged: string[] = [];
  const capture = (chunk: unknown) => (logged.push(String(chunk)), true);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await build({ root, outDir: join(work, outDir), cacheDir, logLevel: 'info' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.env = saved;
  }
  return logged.join('');
}

const read = (outDir: string, path: string) => readFileSync(join(work, outDir, path), 'utf8');
const agentPages = (outDir: string) => readdirSync(join(work, outDir, 'agents')).sort();

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of the sample catalogue', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(join(root, 'agents'), 'sample');
  });

  it('makes a page per agent at /agents/<slug>/', () => {
    expect(agentPages('sample')).toEqual(['backend-database-engineer', 'backend-database-expert', 'backend-db-specialist', 'backend-expert', 'senior-backend-engineer']);
  });
  it('gives the examples of each page anchors example-1 to example-N', () => {
    const ids = (slug: string) => [...read('sample', `agents/${slug}/index.html`).matchAll(/id="(example-\d+)"/g)].map((match) => match[1]);
    expect(ids('backend-database-expert')).toEqual([]);
    expect(ids('backend-database-engineer')).toEqual(['example-1', 'example-2']);
    expect(ids('backend-db-specialist')).toEqual(['example-1', 'example-2', 'example-3']);
    expect(ids('backend-expert')).toEqual(['example-1', 'example-2', 'example-3']);
    expect(ids('senior-backend-engineer')).toEqual(['example-1', 'example-2']);
  });
  it('renders the system prompt as Markdown', () => {
    expect(read('sample', 'agents/backend-db-specialist/index.html')).toMatch(/<h2 id="core-competencies">Core Competencies<\/h2>/);
  });
  it('links every agent from the index', () => {
    const index = read('sample', 'index.html');
    for (const slug of agentPages('sample')) expect(index).toContain(`href="/agents/${slug}/"`);
  });
  it('writes report.json: every file loads in Claude Code only after re-quoting', () => {
    const report = JSON.parse(read('sample', 'report.json'));
    expect(report.files.map((file: { path: string; status: string; claudeCode: string }) => [file.path, file.status, file.claudeCode])).toEqual([
      ['backend-database-engineer.md', 'agent', 'loads-after-requote'],
      ['backend-database-expert.md', 'agent', 'loads-after-requote'],
      ['backend-db-specialist.md', 'agent', 'loads-after-requote'],
      ['backend-expert.md', 'agent', 'loads-after-requote'],
      ['senior-backend-engineer.md', 'agent', 'loads-after-requote'],
    ]);
    expect(report.files[0].warnings[0]).toMatchObject({ file: 'backend-database-engineer.md', line: 3, code: 'frontmatter-requoted' });
  });
  it('logs a summary of the catalogue', () => {
    expect(log).toContain('agents: 5 agents from 5 files; 0 not agents; 0 invalid; 5 warnings; 0 errors; Claude Code: 0 load, 5 load after re-quoting, 0 skipped.');
  });
});

describe('a build of another folder, after the sample one', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(fileURLToPath(new URL('../fixtures/site-mixed/', import.meta.url)), 'mixed');
  });

  it('shows only the agents of that folder (entries of the previous build are pruned)', () => {
    expect(agentPages('mixed')).toEqual(['data-helper', 'hr-rule-agent']);
  });
  it('lists the README as not an agent and the nameless file as invalid, and still builds', () => {
    const report = JSON.parse(read('mixed', 'report.json'));
    expect(report.files.map((file: { path: string; status: string; slug: string | null }) => [file.path, file.status, file.slug])).toEqual([
      ['README.md', 'not-agent', null],
      ['hr-rule-agent.md', 'agent', 'hr-rule-agent'],
      ['team/data-helper.md', 'agent', 'data-helper'],
      ['team/nameless.md', 'invalid', null],
    ]);
  });
  it('logs one file:line: message line per problem', () => {
    expect(log).toMatch(/site-mixed\/team\/nameless\.md:1: The frontmatter has no `name`; Claude Code skips a file without one\. Fix: Add a line `name: nameless`/);
  });
  it('keeps a body that starts with `---` whole', () => {
    expect(read('mixed', 'agents/hr-rule-agent/index.html')).toMatch(/<hr\s*\/?>\s*<h1 id="heading-after-a-rule">Heading after a rule<\/h1>/);
  });
});

describe('CATALOG_STRICT=1', () => {
  it('fails the build when a file has an error, naming the file', async () => {
    await expect(buildCatalog(fileURLToPath(new URL('../fixtures/site-mixed/', import.meta.url)), 'strict', { CATALOG_STRICT: '1' })).rejects.toThrow(
      /CATALOG_STRICT is set and 1 file\(s\) in .*site-mixed have errors:\n {2}.*site-mixed\/team\/nameless\.md: The frontmatter has no `name`/,
    );
    expect(existsSync(join(work, 'strict', 'index.html'))).toBe(false);
  });
});
