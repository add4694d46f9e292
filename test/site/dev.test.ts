import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedAddress } from '../../bench/devLoop.ts';
import { generateCorpus } from '../../bench/generateCorpus.ts';
import { projectRoot } from '../support/buildSite.ts';

/** This process's environment without what Vitest adds to it (NODE_ENV=test, VITEST, import.meta.env's names). */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(key)) delete env[key];
  return env;
}

// `astro dev` on a catalogue it has never seen: its first load renders every prompt, on render workers of its own
// (there is no build worker under `astro dev`), joined by the main thread.
describe('astro dev on a first load of many agents', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agent-catalog-dev-test-'));
  const cache = mkdtempSync(join(tmpdir(), 'agent-catalog-dev-cache-'));
  const port = 4500 + Math.floor(Math.random() * 400);
  // Enough prompts that the render workers have booted before the main thread has rendered them all: 30 took the
  // main thread 245 ms in a fast spell of this machine, less than a worker takes to start, and it rendered them alone.
  const count = 120;
  let server: ChildProcess;
  let log = '';
  let lastError = '';
  // An agent whose file is valid and has code, to open and to edit.
  let slug = '';

  const page = async (): Promise<string | null> => {
    // Where the server says it listens: the port asked for may be taken (by a static server of another test file,
    // serving the same synthetic agents), and Astro then takes the next free one.
    const origin = servedAddress(log);
    if (!origin) return null;
    try {
      const response = await fetch(`${origin}/agents/${slug}/`);
      return response.ok ? await response.text() : null;
    } catch (error) {
      lastError = String((error as Error).cause ?? error);
      return null;
    }
  };
  const until = async (done: () => Promise<boolean>, what: string) => {
    for (const started = Date.now(); !(await done()); ) {
      if (Date.now() - started > 60_000) throw new Error(`astro dev: ${what} within a minute (${lastError}). Its log:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    generateCorpus(folder, { count });
    slug = readdirSync(folder)
      .map((file) => file.replace(/\.md$/, ''))
      .find((name) => {
        const text = readFileSync(join(folder, `${name}.md`), 'utf8');
        return text.startsWith(`---\nname: ${name}\n`) && text.includes('```');
      })!;
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...devEnv(), AGENTS_DIR: folder, DOCS_DIR: 'none', CATALOG_CACHE_DIR: cache, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await until(async () => (await page()) !== null, 'no agent page');
  }, 90_000);

  afterAll(() => {
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('renders the prompts on two render workers and the main thread (the main thread alone on a one-core machine)', () => {
    // Whichever of them took a prompt first is named first.
    const where = availableParallelism() >= 2 ? '(2 render workers|the main thread and 2 render workers|2 render workers and the main thread)' : 'the main thread';
    expect(log).toMatch(new RegExp(`Rendered ${count} system prompts on ${where} in \\d+ ms`));
    expect(log).not.toMatch(/could not be rendered/);
  });

  it('serves an agent page with its code highlighted, and shows an edit of its file', async () => {
    expect(await page()).toMatch(/<code class="language-[^"]+">[^]*?<span class="[a-z]+( b| i)?">/);
    const file = join(folder, `${slug}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA line added while the server runs.\n`);
    await until(async () => (await page())?.includes('A line added while the server runs.') ?? false, 'the edit did not reach the page');
  }, 70_000);
});
