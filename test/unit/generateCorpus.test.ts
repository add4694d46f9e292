import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus, generateCorpus } from '../../bench/generateCorpus.ts';

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
  it('copies a folder of real agent files byte for byte, and brings an edited copy back without touching the rest', () => {
    const source = join(work, 'real');
    mkdirSync(join(source, 'team'), { recursive: true });
    writeFileSync(join(source, 'README.md'), '# Agents\n');
    writeFileSync(join(source, 'team', 'reviewer.md'), '---\nname: reviewer\n---\nReviews.\n');
    // UTF-16 with a byte-order mark: copied as bytes, never decoded.
    writeFileSync(join(source, 'team', 'utf16.md'), Buffer.from('\ufeff---\nname: utf16\n---\n', 'utf16le'));
    const folder = join(work, 'copy');
    expect(copyCorpus(source, folder)).toEqual({ files: 3 });
    const copied = files(folder);
    expect(copied).toEqual(['README.md', 'team/reviewer.md', 'team/utf16.md']);
    for (const name of copied) expect(readFileSync(join(folder, name)).equals(readFileSync(join(source, name))), name).toBe(true);
    const before = statSync(join(folder, 'README.md'));
    writeFileSync(join(folder, 'team', 'reviewer.md'), 'changed by the rebuild');
    writeFileSync(join(folder, 'stray.md'), 'left by an earlier run');
    copyCorpus(source, folder);
    expect(files(folder)).toEqual(copied);
    expect(readFileSync(join(folder, 'team', 'reviewer.md'), 'utf8')).toBe('---\nname: reviewer\n---\nReviews.\n');
    expect(statSync(join(folder, 'README.md')).mtimeMs).toBe(before.mtimeMs);
  });
});
