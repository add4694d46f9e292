import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../bench/buildPhases.ts';

// What `astro build` of 100 synthetic agents logged (shortened).
const log = `00:44:04 [content] Syncing content
00:44:06 [agent-catalog] Rendered 100 system prompts on the build worker and the main thread in 407 ms.
00:44:06 [content] Synced content
00:44:06 [build] Collecting build info...
00:44:06 [build] ✓ Completed in 1.87s.
00:44:06 [build] Building static entrypoints...
00:44:07 [vite] ✓ built in 568ms
00:44:07 [vite] ✓ built in 46ms
 generating static routes 
00:44:07   ├─ /agents/a/index.html (+2ms)
00:44:07 ✓ Completed in 360ms.
00:44:07 [build] ✓ Completed in 1.01s.
00:44:08 [agent-catalog:pagefind] Indexed 100 pages for search (agents and guides) in 253 ms.
00:44:08 [build] 181 page(s) built in 3.14s
00:44:08 [build] Complete!`;

describe('buildPhases reads where a build’s time went from its log', () => {
  it('splits the wall time into start, content sync, Vite, pages, search index and the rest', () => {
    expect(buildPhases(log, 3.9)).toEqual({ start: 0.76, contentSync: 1.87, prompts: 0.41, vite: 0.61, pages: 0.36, searchIndex: 0.25, other: 0.04 });
  });
  it('has no prompts phase when no prompt was rendered (a rebuild of unchanged agents)', () => {
    expect(buildPhases(log.replace(/.*Rendered.*\n/, ''), 3.9)?.prompts).toBeNull();
  });
  it('gives up on a log without one of the steps', () => {
    expect(buildPhases(log.replace(/.*pages for search.*\n/, ''), 3.9)).toBeNull();
  });
});
