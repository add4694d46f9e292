/**
 * The floor: the least any tool must do to publish the same agents. Read each file, parse its frontmatter with
 * gray-matter, render its body with marked, write one bare HTML page per agent, then index the pages with
 * Pagefind's command line (cold). `node bench/floor.ts <agents folder> <output folder>`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { pagefindBinary } from '../src/integrations/pagefindBinary.ts';

const [agentsDir, outDir] = process.argv.slice(2);
if (!agentsDir || !outDir) throw new Error('Usage: node bench/floor.ts <agents folder> <output folder>');

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const files = (readdirSync(agentsDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.md'));
rmSync(outDir, { recursive: true, force: true });
for (const [index, file] of files.entries()) {
  const text = readFileSync(join(agentsDir, file), 'utf8');
  let data: Record<string, unknown> = {};
  let body = text;
  try {
    const parsed = matter(text, {});
    data = parsed.data;
    body = parsed.content;
  } catch {
    // Not valid YAML: keep the text after the frontmatter as the body.
    body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  }
  const name = typeof data['name'] === 'string' ? data['name'] : `agent-${index}`;
  const description = typeof data['description'] === 'string' ? data['description'] : '';
  const html = await marked.parse(body);
  const page = join(outDir, 'agents', `${index}`, 'index.html');
  mkdirSync(join(page, '..'), { recursive: true });
  writeFileSync(page, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(name)}</title></head><body><main data-pagefind-body><h1>${escape(name)}</h1><p>${escape(description)}</p>${html}</main></body></html>`);
}
// Pagefind's command line, as the build runs it (faster than its Node API for the same index).
const indexed = spawnSync(pagefindBinary(), ['--site', outDir, '--output-path', join(outDir, 'pagefind'), '--quiet'], { stdio: 'inherit' });
if (indexed.status !== 0) throw new Error(`Pagefind failed (exit code ${indexed.status}).`);
console.log(`floor: ${files.length} files`);
