import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog, type CatalogFile } from '../../src/lib/catalog/buildCatalog.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { corpusFolders, hasCorpora } from './helpers.ts';

/** Every Markdown file under a folder, found independently of the code under test. */
const markdownFiles = (root: string, prefix = ''): string[] =>
  readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });

describe.skipIf(!hasCorpora).each(Object.entries(corpusFolders))('the %s corpus (../shared/corpora)', (_, folder) => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = buildCatalog(readAgentsFolder(folder));
  });

  it('turns every Markdown file into an agent page or a listed problem, without throwing', () => {
    const listed = new Map(catalog.files.map((file) => [file.path, file]));
    for (const path of markdownFiles(folder)) {
      const file = listed.get(path);
      expect(file, path).toBeDefined();
      if (file!.status === 'agent') expect(file!.slug, path).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (file!.status === 'invalid') expect(file!.diagnostics.some((diagnostic) => diagnostic.severity === 'error'), path).toBe(true);
    }
  });
  it('gives every agent a unique slug', () => {
    const slugs = catalog.agents.map((agent) => agent.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
  it('lists a reason for every file Claude Code would skip', () => {
    for (const file of catalog.files.filter((each) => each.claudeCode?.status === 'skipped')) {
      expect(file.claudeCode!.reason, file.path).toBeTruthy();
      expect(file.diagnostics.length, file.path).toBeGreaterThan(0);
    }
  });
  it('reads every example as a conversation with at least one turn', () => {
    for (const agent of catalog.agents) for (const example of agent.examples) expect(example.turns.length, agent.path).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasCorpora)('what the corpora exercise', () => {
  let davila: Catalog;
  let vijay: Catalog;
  beforeAll(() => {
    davila = buildCatalog(readAgentsFolder(corpusFolders.davila7));
    vijay = buildCatalog(readAgentsFolder(corpusFolders.vijaythecoder));
  });
  const count = (files: CatalogFile[], test: (file: CatalogFile) => boolean) => files.filter(test).length;

  it('reads the 22 files of davila7 that fail strict YAML: 20 after re-quoting, 2 by our recovery', () => {
    expect(count(davila.files, (file) => file.agent?.frontmatterStage === 'requote')).toBe(20);
    expect(count(davila.files, (file) => file.agent?.frontmatterStage === 'recovered')).toBe(2);
  });
  it('builds the agent without a .md extension and says Claude Code skips it', () => {
    const file = davila.files.find((each) => each.path === 'development-team/flutter-ui-developer')!;
    expect([file.status, file.claudeCode?.reason]).toEqual(['agent', 'not-md-file']);
  });
  it('lists the Markdown files without frontmatter as not agents', () => {
    expect(count(davila.files, (file) => file.status === 'not-agent')).toBe(5);
  });
  it('keeps and flags the 14 names repeated across davila7 category folders', () => {
    const flagged = davila.files.filter((file) => file.diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-name'));
    expect(new Set(flagged.map((file) => file.agent!.name)).size).toBe(14);
  });
  it('reads 174 davila7 agents with examples', () => {
    expect(count(davila.files, (file) => (file.agent?.examples.length ?? 0) > 0)).toBe(174);
  });
  it('reads vijaythecoder: the 56-dash closing line, Title Case names, extra keys, the shared name', () => {
    expect(vijay.agents).toHaveLength(33);
    expect(vijay.files.every((file) => file.status === 'agent')).toBe(true);
    expect(count(vijay.files, (file) => file.diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-name'))).toBe(2);
    expect(vijay.agents.some((agent) => 'expertise_level' in agent.extra || 'tags' in agent.extra)).toBe(true);
  });
});
