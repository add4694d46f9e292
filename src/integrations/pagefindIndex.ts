import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildWorker } from '../site/buildWorker.ts';
import { pagefindBinary } from './pagefindBinary.ts';

/** The pages Pagefind indexes. */
const pageGlob = '{agents,guides}/*/index.html';

/**
 * Builds the Pagefind search index over the built site at the end of `astro build`, and fails the build when
 * indexing fails. Only agent pages and guides carry `data-pagefind-body`, so lists, skill pages and the site's
 * chrome stay out of the index; a `type` filter tells agents from guides. Pagefind reads only those pages: the
 * lists of a large catalogue are big (the home page of 5,000 agents is 3 MB) and would be parsed for nothing.
 *
 * Pagefind runs as its command line, not through its Node API: the same binary writes byte for byte the same
 * index, in less time (1,000 agents: 1.8–2.0 s against 2.2–2.3 s; 5,000: 9.8 s against 11.2–11.6 s).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'agent-catalog:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        // `+` and `#` belong to words such as C++ and C#.
        const args = ['--site', site, '--glob', pageGlob, '--output-path', output, '--force-language', 'en', '--include-characters', '+#'];
        // Pagefind has read the pages once it builds its index, and writes it mostly on one thread: the build
        // worker's files are written beside it (see src/site/buildWorker.ts).
        const run = await runPagefind(args, site, (line) => {
          if (line.startsWith('[Building search indexes]')) buildWorker()?.startWriting();
        });
        // A catalogue with no agent (an empty folder, or only files that are not agents) still has its pages and
        // its report; its search box says that the site has no search index.
        if (/^Found 0 files\b/m.test(run.output) || /^\s*Indexed 0 pages\b/m.test(run.output)) {
          logger.warn(`No agent page or guide to index: the site has no search index (its search box says so). Add agent files to the agents folder, or fix those the report lists.`);
          return;
        }
        if (run.code !== 0) throw new Error(`Pagefind could not index ${site} (exit code ${run.code}): ${lastLines(run.errors || run.output)}`);
        const indexed = indexedPages(output);
        logger.info(`Indexed ${indexed} page${indexed === 1 ? '' : 's'} for search (agents and guides) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

interface PagefindRun {
  code: number | null;
  output: string;
  errors: string;
}

/**
 * Runs Pagefind's command line in `cwd`, calling `onLine` with each line it prints as it prints it. Pagefind reads a
 * configuration file (`pagefind.yml`, `.toml`, `.json`) from the folder it runs in: it runs in the built site, so
 * that one left in the project cannot change the index.
 */
function runPagefind(args: string[], cwd: string, onLine: (line: string) => void): Promise<PagefindRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBinary(), args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let output = '';
    let errors = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', (error) => reject(new Error(`Pagefind could not start: ${error.message}`)));
    child.on('close', (code) => {
      if (pending) onLine(pending);
      resolve({ code, output, errors });
    });
  });
}

/** The last lines of a command's output, for an error message (Pagefind repeats its error once per thread). */
function lastLines(text: string): string {
  const lines = [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
  return lines.slice(-3).join(' ') || 'no output';
}

/** How many pages the written index holds, from Pagefind's entry file. */
function indexedPages(output: string): number {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
