import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog, type SourceFile } from '../../src/lib/catalog/buildCatalog.ts';
import { toCatalogEntry } from '../../src/lib/catalog/catalogEntry.ts';
import { catalogReport, reportFile } from '../../src/lib/catalog/catalogReport.ts';
import { catalogInsight } from '../../src/lib/insight/catalogInsight.ts';
import { toolRisks } from '../../src/lib/insight/toolRisks.ts';
import { settingRows } from '../../src/lib/present/agentSettings.ts';
import { categoryOf, otherFields, runtimeFields, toolAccess } from '../../src/lib/present/agentFacts.ts';
import { reportSections } from '../../src/lib/present/reportSections.ts';
import { createPromptRenderer } from '../../src/loaders/renderPrompt.ts';
import { seededRandom, unsafeMarkup } from '../support/randomText.ts';
import { corporaDir, fixture, hasCorpora, seedsDir } from './helpers.ts';

/**
 * Real agent files broken at random, the ways files break in the wild and worse: YAML's special characters and
 * indentation, cut files, repeated lines, UTF-16, a byte-order mark, markup and script, comments, a prompt's own
 * tags, hidden characters. Seeded, so that a failure
 * can be replayed. The pipeline must take every one without throwing, lose none and explain each problem.
 */
const markdownFiles = (root: string): string[] =>
  readdirSync(root, { withFileTypes: true, recursive: true }).flatMap((entry) => (entry.isFile() && entry.name.endsWith('.md') ? [join(entry.parentPath, entry.name)] : []));

const originals = [seedsDir, fixture('malformed'), fixture('hostile'), ...(hasCorpora ? [corporaDir] : [])].flatMap(markdownFiles).map((path) => readFileSync(path, 'utf8'));

const pieces = [': ', '"', "'", '\t', '\r', '\0', '{', '}', '[', '|', '>', '&anchor', '*alias', '!!str ', '%', '#', '---\n', '\n---\n', '<example>', '</example>', '<commentary>', '\\n', '\uFEFF', '\u2028', '😀', '\ud800', 'tools: ', 'tools: []', 'hooks: []', 'disallowedTools: *', 'model: ', 'name: ', '- ', '\n', '```', '# ', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[link](javascript:alert(1))', '<!--', '-->', '<role>', '</role>', '<currentVersion>', '\u202E', '\u200B', '\u{E0049}\u{E0067}\u{E006E}'];

function mutations(seed: number, count: number): SourceFile[] {
  const { random, pick } = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    let text = pick(originals);
    for (let step = Math.floor(random() * 6); step >= 0; step--) {
      const at = Math.floor(random() * (text.length + 1));
      const kind = random();
      const lines = text.split('\n');
      const line = Math.floor(random() * Math.min(lines.length, 20));
      if (kind < 0.4) text = text.slice(0, at) + pick(pieces) + text.slice(at);
      else if (kind < 0.6) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 40));
      else if (kind < 0.7) text = text.slice(0, at);
      else if (kind < 0.8) text = [...lines.slice(0, line), pick(lines), ...lines.slice(line)].join('\n');
      else if (kind < 0.9) text = [...lines.slice(0, line), ` ${lines[line]}`, ...lines.slice(line + 1)].join('\n');
      else text = text.slice(0, at) + pick(originals).slice(0, 300) + text.slice(at);
    }
    const bytes = random() < 0.05 ? Buffer.from(`\uFEFF${text}`, 'utf16le') : Buffer.from(text, 'utf8');
    // A few names collide, as copies of one agent do.
    return { path: `mutant-${index % 400}${random() < 0.1 ? '-copy' : ''}/agent-${index}.md`, bytes };
  });
}

describe(`${hasCorpora ? 'corpora, seed and fixture' : 'seed and fixture (../shared/corpora is missing)'} files broken at random`, () => {
  const sources = mutations(20_261_203, 600);
  let catalog: Catalog;
  beforeAll(() => {
    catalog = buildCatalog(sources);
  });

  it('lists every file once, as an agent, a file that is not one, or an invalid file', () => {
    expect(catalog.files.map((file) => file.path).sort()).toEqual(sources.map((source) => source.path).sort());
    expect(catalogReport(catalog.files.map(reportFile)).summary.files).toBe(sources.length);
  });
  it('explains every file Claude Code does not simply load, on a line of the file, with a fix', () => {
    const lineCounts = new Map(sources.map((source) => [source.path, new TextDecoder().decode(source.bytes).split('\n').length]));
    for (const file of catalog.files) {
      if (file.status === 'invalid' || (file.claudeCode && file.claudeCode.status !== 'loads')) expect(file.diagnostics.length, file.path).toBeGreaterThan(0);
      for (const diagnostic of file.diagnostics) {
        expect(diagnostic.line, `${file.path}: ${diagnostic.code}`).toBeGreaterThanOrEqual(1);
        expect(diagnostic.line, `${file.path}: ${diagnostic.code}`).toBeLessThanOrEqual(lineCounts.get(file.path)! + 1);
        expect(diagnostic.message.length * diagnostic.hint.length, `${file.path}: ${diagnostic.code}`).toBeGreaterThan(0);
      }
    }
  });
  it('computes what the pages show of every agent without throwing', () => {
    const entries = catalog.files.map((file) => toCatalogEntry(file).data);
    expect(() => reportSections(entries)).not.toThrow();
    const agents = entries.flatMap((entry) => (entry.agent ? [{ ...entry, agent: entry.agent }] : []));
    expect(agents.length).toBeGreaterThan(sources.length / 3);
    for (const { agent, path } of agents) {
      const fields = runtimeFields(agent);
      expect(() => [toolRisks(toolAccess(fields)), settingRows(fields, agent.plugin !== null), categoryOf(agent), otherFields(agent)], path).not.toThrow();
    }
    const insight = catalogInsight(agents.map(({ slug, agent, skills, insight, claudeCode }) => ({ slug: slug!, name: agent.name, category: categoryOf(agent).slug, skills, insight, loads: claudeCode?.status !== 'skipped' })));
    expect(insight.descriptionTokens).toBeGreaterThan(0);
  });
  it('renders every system prompt, with no script, event handler or javascript: link left in it', async () => {
    const render = await createPromptRenderer({ gfm: true });
    for (const agent of catalog.agents) {
      const { rendered, failed } = await render(agent.body, 'digest');
      expect(failed, agent.path).toBeUndefined();
      expect(unsafeMarkup(rendered!.html), agent.path).toEqual([]);
    }
  });
});
