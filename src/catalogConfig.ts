/**
 * The catalogue's settings, in one place. Each has a default here and can be set by an environment variable
 * for builds and deploys (`AGENTS_DIR=../team-agents CATALOG_TITLE="Acme agents" npm run build`).
 */
import { resolve } from 'node:path';

const env = process.env;

/** `/team/catalog`, `team/catalog/` and `/team/catalog/` all mean `/team/catalog`; empty means the domain's root. */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

export const catalogConfig = {
  /** The folder of agent files to build, relative to the project (AGENTS_DIR). */
  agentsDir: resolve(env['AGENTS_DIR'] || 'agents'),
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
};
