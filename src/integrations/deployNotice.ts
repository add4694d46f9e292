import type { AstroIntegration } from 'astro';

/**
 * Says at the start of a build what a site without SITE_URL lacks: absolute addresses, which install commands,
 * social previews, canonical links and the sitemap need.
 */
export function deployNotice(): AstroIntegration {
  return {
    name: 'agent-catalog:deploy',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command !== 'build' || config.site) return;
        logger.warn(
          'SITE_URL is not set: install commands and Markdown links are completed in the browser, previews and canonical links are site-relative, and sitemap.xml is empty. Set SITE_URL=https://your.host for a deploy.',
        );
      },
    },
  };
}
