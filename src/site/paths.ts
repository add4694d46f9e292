/** Addresses inside the site, with the base path (BASE_PATH) in front: every internal link goes through here. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('agents/x/')` is `/agents/x/`, or `/team/catalog/agents/x/` under a base path. */
export const href = (path = ''): string => `${base}${path.replace(/^\/+/, '')}`;
export const agentHref = (slug: string): string => href(`agents/${slug}/`);
export const rawAgentHref = (slug: string): string => href(`agents/${slug}.md`);
export const categoryHref = (slug: string): string => href(`categories/${slug}/`);
export const skillHref = (id: string): string => href(`skills/${id}/`);
