import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { vi } from 'vitest';
import { basePath } from '../../src/catalogConfig.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment of a build run from a test: the agents folder, the deploy settings unset unless `env` sets them,
 * and none of the `import.meta.env` values (BASE_URL '/', MODE 'test', ...) that Vitest puts in process.env, where
 * Astro's build would take them over its configuration. NODE_ENV is 'production': Vitest's 'test' would make Vite
 * build the pages' scripts with `import.meta.env.DEV` true.
 */
function buildEnv(from: NodeJS.ProcessEnv, agentsDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...from, AGENTS_DIR: agentsDir, CATALOG_STRICT: '', BASE_PATH: '', SITE_URL: '', ...env, NODE_ENV: 'production' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete result[key];
  return result;
}

/**
 * A scratch folder for one test file's builds, with its own Vite cache; `remove()` in `afterAll`. It lies inside
 * the project on purpose: Astro writes the prerender bundle of an outDir outside the working directory to one
 * shared fallback folder, and Node would then run the first build's cached modules for every later build.
 */
export function buildFolder(prefix: string) {
  mkdirSync(join(projectRoot, 'test/.tmp'), { recursive: true });
  const work = mkdtempSync(join(projectRoot, 'test/.tmp', `${prefix}-`));
  return {
    work,
    /** Where the build named `outDir` writes. */
    out: (outDir: string) => join(work, outDir),
    /**
     * Runs a real `astro build` of the project on an agents folder into `<work>/<outDir>`, with the given
     * environment (BASE_PATH, CATALOG_STRICT, ...), and returns what it logged.
     */
    build: async (agentsDir: string, outDir: string, env: Record<string, string> = {}): Promise<string> => {
      const saved = { ...process.env };
      process.env = buildEnv(saved, agentsDir, env);
      const logged: string[] = [];
      const capture = (chunk: unknown) => (logged.push(String(chunk)), true);
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
      try {
        // Node caches astro.config.mjs (and the settings it imports) after the first build of the process, so the
        // deploy settings are passed again here; the pages' own modules are bundled afresh for each build.
        await build({
          root: projectRoot,
          outDir: join(work, outDir),
          cacheDir: join(work, 'cache'),
          logLevel: 'info',
          base: basePath(process.env['BASE_PATH']),
          ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
        });
      } finally {
        stdout.mockRestore();
        stderr.mockRestore();
        process.env = saved;
      }
      return logged.join('');
    },
    /**
     * Runs `astro build` as `npm run build` does, in a process of its own, into `<work>/<outDir>` with this folder's
     * cache, and returns what it logged. In-process builds into a folder built before run that build's modules
     * again (Node caches them by path), which a rebuild by the command line never does.
     */
    buildWithCli: (agentsDir: string, outDir: string): string => {
      const env = buildEnv(process.env, agentsDir, { CATALOG_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' });
      // Nor is the build a test: what Vitest tells its own processes stays out of it.
      for (const key of ['VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
      const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, outDir)], { cwd: projectRoot, env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
      return run.stdout + run.stderr;
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
