import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorker as buildWorkerIntegration } from '../../src/integrations/buildWorker.ts';
import { createPromptRenderer } from '../../src/loaders/renderPrompt.ts';
import { buildWorker } from '../../src/site/buildWorker.ts';

type Hook = (options: unknown) => Promise<void> | void;

describe('the build worker', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'build-worker-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

  const start = () => {
    const { hooks } = buildWorkerIntegration();
    (hooks['astro:config:setup'] as Hook)({ command: 'build' });
    (hooks['astro:config:done'] as Hook)({ config: { outDir: pathToFileURL(`${outDir}/`), markdown: { gfm: true, smartypants: true } } });
    return (hooks['astro:build:done'] as Hook).bind(null, { logger });
  };

  it('writes JSON and copies of files into the output folder, and the build waits for them', async () => {
    const done = start();
    const worker = buildWorker()!;
    expect(worker).toBeDefined();
    worker.write({ kind: 'json', path: 'agents/a.json', value: { slug: 'a', tools: ['Read'] } });
    worker.write({ kind: 'copy', path: 'agents/a.md', from: join(import.meta.dirname, '../../agents/backend-expert.md') });
    await done();
    expect(readFileSync(join(outDir, 'agents/a.json'), 'utf8')).toBe('{\n  "slug": "a",\n  "tools": [\n    "Read"\n  ]\n}');
    expect(readFileSync(join(outDir, 'agents/a.md'), 'utf8')).toBe(readFileSync(join(import.meta.dirname, '../../agents/backend-expert.md'), 'utf8'));
    expect(logged.at(-1)).toBe('Wrote 2 files of agents (raw files, JSON records, previews) beside the search index.');
    expect(buildWorker()).toBeUndefined();
  });

  it('holds the files back until writing starts (once Pagefind has read the pages), then writes them', async () => {
    const done = start();
    const worker = buildWorker()!;
    worker.write({ kind: 'json', path: 'agents/held.json', value: 'held' });
    // Time enough for the thread to start and write, were the file not held back.
    await new Promise((resolve) => setTimeout(resolve, 750));
    expect(existsSync(join(outDir, 'agents/held.json'))).toBe(false);
    worker.startWriting();
    await done();
    expect(readFileSync(join(outDir, 'agents/held.json'), 'utf8')).toBe('"held"');
  });

  it('renders system prompts exactly as the loader’s own thread does, with the site’s Markdown settings', async () => {
    const done = start();
    const body = '# Role\n\nYou review "code" -- carefully.\n\n<script>alert(1)</script>\n\n```ts\nconst a = 1;\n```\n\n```dql\nTABLE x\n```';
    const [onWorker, here] = await Promise.all([buildWorker()!.render(body, 'digest'), createPromptRenderer({ gfm: true }).then((render) => render(body, 'digest'))]);
    expect(onWorker).toEqual(here);
    expect(onWorker.rendered!.html).toContain('You review "code" -- carefully.');
    expect(onWorker.languages).toEqual(['dql']);
    await done();
  });

  it('fails the build naming each file it could not write', async () => {
    const done = start();
    buildWorker()!.write({ kind: 'copy', path: 'agents/gone.md', from: join(outDir, 'no-such-file.md') });
    await expect(done()).rejects.toThrow(/^1 file\(s\) of agents could not be written:\n {2}agents\/gone\.md: ENOENT: no such file or directory/);
    expect(existsSync(join(outDir, 'agents/gone.md'))).toBe(false);
  });
});
