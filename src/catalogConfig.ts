/**
 * The catalogue's settings, in one place. Each has a default here and can be set by an environment variable
 * for builds and deploys (`AGENTS_DIR=../team-agents CATALOG_TITLE="Acme agents" npm run build`).
 */
import { resolve } from 'node:path';
import { sourceBase } from './lib/present/sourceUrl.ts';

const env = process.env;

/** `/team/catalog`, `team/catalog/` and `/team/catalog/` all mean `/team/catalog`; empty means the domain's root. */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

const agentsDir = resolve(env['AGENTS_DIR'] || 'agents');

/**
 * The guides folder (DOCS_DIR): MDX pages that link agents. The guides of `src/docs/` are written for the sample
 * catalogue, so by default they are built only with it; another agents folder brings its own with DOCS_DIR.
 * `DOCS_DIR=none` builds no guides.
 */
function docsDir(value: string | undefined): string | null {
  if (value === 'none' || value === '') return null;
  if (value) return resolve(value);
  return agentsDir === resolve('agents') ? resolve('src/docs') : null;
}

export const catalogConfig = {
  /** The folder of agent files to build, relative to the project (AGENTS_DIR). */
  agentsDir,
  /** Where builds keep what they can reuse: Astro's data store, the preview images (CATALOG_CACHE_DIR). */
  cacheDir: resolve(env['CATALOG_CACHE_DIR'] || 'node_modules/.astro'),
  /** Threads that render system prompts (CATALOG_RENDER_THREADS; 0 or 1: the main thread only). See agentCatalogLoader.ts. */
  renderThreads: Number.parseInt(env['CATALOG_RENDER_THREADS'] ?? '2', 10) || 0,
  /** The folder of MDX guides (DOCS_DIR), or null for none. */
  docsDir: docsDir(env['DOCS_DIR']),
  /** Fail the build when any file has an error (CATALOG_STRICT=1). */
  strict: env['CATALOG_STRICT'] === '1' || env['CATALOG_STRICT'] === 'true',
  /** The site's title, shown in the header and in page titles (CATALOG_TITLE). */
  title: env['CATALOG_TITLE'] || 'Agent Catalog',
  /** One sentence about the catalogue, for the home page and search engines (CATALOG_DESCRIPTION). */
  description: env['CATALOG_DESCRIPTION'] || 'Every Claude Code subagent of this team: what it does, when Claude delegates to it, and what it may use.',
  /** The address the site is served from, for absolute links (SITE_URL), e.g. `https://agents.example.com`. */
  siteUrl: env['SITE_URL'] || undefined,
  /** The path under that address (BASE_PATH), e.g. `/team/catalog` for GitHub Pages project sites. */
  basePath: basePath(env['BASE_PATH']),
  /**
   * The address of the agents folder in its repository (SOURCE_URL), ending with `/`, or null: each agent page
   * then links its file there, e.g. `https://github.com/acme/agents/blob/main/.claude/agents/`.
   */
  sourceUrl: sourceBase(env['SOURCE_URL']),
};
