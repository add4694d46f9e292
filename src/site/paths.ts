/** Addresses inside the site, with the base path (BASE_PATH) in front: every internal link goes through here. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** The site's address (SITE_URL), when the build has one. */
const site: string | undefined = import.meta.env.SITE || undefined;

/** `href('agents/x/')` is `/agents/x/`, or `/team/catalog/agents/x/` under a base path. */
export const href = (path = ''): string => `${base}${path.replace(/^\/+/, '')}`;
export const agentHref = (slug: string): string => href(`agents/${slug}/`);
export const rawAgentHref = (slug: string): string => href(`agents/${slug}.md`);
export const agentJsonHref = (slug: string): string => href(`agents/${slug}.json`);
export const agentImageHref = (slug: string): string => href(`agents/${slug}.png`);
export const categoryHref = (slug: string): string => href(`categories/${slug}/`);
export const skillHref = (id: string): string => href(`skills/${id}/`);
export const guideHref = (slug: string): string => href(`guides/${slug}/`);
export const pluginHref = (id: string): string => href(`plugins/#${id}`);

/** Whether the build knows the site's address (SITE_URL), so that addresses can be absolute. */
export const hasSiteUrl = site !== undefined;

/**
 * An address of the site (from `href`) as an absolute URL when SITE_URL is set (`https://agents.example.com/x/`);
 * without it, the site-relative address, which pages complete in the browser where they can.
 */
export const absolute = (path: string): string => (site ? new URL(path, site).href : path);
