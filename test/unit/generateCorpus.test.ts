import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus.ts';

const work = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const files = (folder: string) => (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.md')).sort();

describe('the benchmark corpus', () => {
  it('is written again without deleting or rewriting the files it already holds, and loses the others', () => {
    const folder = join(work, 'twice');
    generateCorpus(folder, { count: 20 });
    const before = new Map(files(folder).map((name) => [name, statSync(join(folder, name))]));
    writeFileSync(join(folder, 'stray.md'), 'not generated');
    const edited = [...before.keys()][0]!;
    writeFileSync(join(folder, edited), 'edited by hand');
    generateCorpus(folder, { count: 20 });
    expect(files(folder)).toEqual([...before.keys()]);
    for (const [name, stat] of before) {
      const now = statSync(join(folder, name));
      expect(now.ino).toBe(stat.ino);
      if (name !== edited) expect(now.mtimeMs).toBe(stat.mtimeMs);
    }
    expect(statSync(join(folder, edited)).size).toBe(before.get(edited)!.size);
  });
});
