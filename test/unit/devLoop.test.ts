import { describe, expect, it } from 'vitest';
import { servedAddress } from '../../bench/devLoop.ts';

describe('servedAddress', () => {
  it('reads the address astro dev says it serves on, through the colours of its log', () => {
    const log = '06:57:30 [agent-catalog] agents: 5 agents\n\u001b[2m┃\u001b[22m Local    \u001b[36mhttp://127.0.0.1:4778/\u001b[39m\n┃ Network  use --host to expose\n';
    expect(servedAddress(log)).toBe('http://127.0.0.1:4778');
    expect(servedAddress('┃ Local    http://localhost:4391/')).toBe('http://localhost:4391');
  });
  it('is null until it says', () => expect(servedAddress('06:57:30 [content] Syncing content\n')).toBeNull());
});
