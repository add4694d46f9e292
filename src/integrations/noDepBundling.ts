import type { AstroIntegration } from 'astro';

/**
 * `astro build` starts a Vite server to sync content, and Astro asks it to pre-bundle the dependencies of its dev
 * toolbar for the browser (about 1 MB: 0.6–1.3 s) whenever Vite's cache is new or the configuration changed (a
 * fresh CI clone, another SITE_URL or BASE_PATH). A build never serves them: in builds, nothing is pre-bundled.
 * `astro dev` keeps them.
 */
export function noDepBundling(): AstroIntegration {
  return {
    name: 'agent-catalog:no-dep-bundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'agent-catalog:no-dep-bundling',
                enforce: 'post',
                configEnvironment(_name, config) {
                  config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
                },
              },
            ],
          },
        });
      },
    },
  };
}
