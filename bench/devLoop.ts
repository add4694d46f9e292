/**
 * The dev loop: `astro dev` serves a copy of the sample catalogue; one agent file is edited, and the time until its
 * page shows the edit is measured (the page is fetched every 50 ms).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/**
 * The address `astro dev` says it serves on, from what it has logged so far (null before it says): when the port
 * asked for is taken, it takes the next free one.
 */
export const servedAddress = (log: string): string | null => /http:\/\/(?:localhost|127\.0\.0\.1):\d+/.exec(log.replace(/\u001b\[[0-9;]*m/g, ''))?.[0] ?? null;

export async function devLoopMs(root: string): Promise<number> {
  // Outside the project, as a team's agents folder may be: it is watched by itself.
  const folder = mkdtempSync(join(tmpdir(), 'agent-catalog-dev-'));
  cpSync(join(root, 'agents'), folder, { recursive: true });
  const port = 4390 + Math.floor(Math.random() * 100);
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, AGENTS_DIR: folder, DOCS_DIR: 'none', CATALOG_CACHE_DIR: join(root, 'bench', '.cache', 'dev'), ASTRO_DEV_BACKGROUND: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let log = '';
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let page = '';
  try {
    for (let waited = 0; !(page && (await fetchText(page))); waited += 200) {
      if (waited > 60_000) throw new Error(`astro dev did not serve the sample agent page within a minute. Its log:\n${log.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const address = servedAddress(log);
      if (address) page = `${address}/agents/backend-expert/`;
    }
    const file = join(folder, 'backend-expert.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('You are an elite', 'You are an edited'));
    const started = performance.now();
    while (!(await fetchText(page))?.includes('You are an edited')) {
      if (performance.now() - started > 30_000) throw new Error(`The edit of ${file} did not reach ${page} within 30 s. The server's log:\n${log.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Math.round(performance.now() - started);
  } finally {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}
