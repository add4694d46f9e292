import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';

/**
 * Pagefind does not write a file of its index that is already there: the files of an index are named by digests of
 * their content (each page's fragment, the chunks of the word index, the filters, the metadata). With the previous
 * build's files in place, a rebuild writes only what changed (at 1,000 agents Pagefind writes in 0.6 s instead of
 * 1.3 s); but Astro empties the output folder at the start of every build. So the index's files are kept in the
 * cache folder (as hard links: no copy) and put back before Pagefind writes.
 */

/** A file of the index named by its content: a language code, `_`, a hexadecimal digest. */
const digestName = /^[a-z]{2,3}(?:-[a-z0-9]+)*_[0-9a-f]{7,}$/i;

/**
 * The files of the index in `bundle` that are named by their content (paths relative to it), as its entry file and
 * metadata list them; null when they cannot be read as Pagefind 1.x writes them.
 */
export function indexFiles(bundle: string): string[] | null {
  try {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const files: string[] = [];
    for (const { hash } of Object.values(entry.languages)) {
      if (!digestName.test(hash)) return null;
      const metaFile = `pagefind.${hash}.pf_meta`;
      const meta = readMeta(readFileSync(join(bundle, metaFile)));
      if (!meta) return null;
      files.push(metaFile, ...meta.fragments.map((name) => `fragment/${name}.pf_fragment`), ...meta.chunks.map((name) => `index/${name}.pf_index`), ...meta.filters.map((name) => `filter/${name}.pf_filter`));
    }
    return files;
  } catch {
    return null;
  }
}

/**
 * The digests a language's metadata file names: its pages' fragments, its word index chunks and its filters. The
 * file is gzipped CBOR after a signature: `[version, [[fragment, words, …]…], [[from, to, chunk]…], [[filter,
 * digest]…], …]`. Null for anything else.
 */
function readMeta(file: Buffer): { fragments: string[]; chunks: string[]; filters: string[] } | null {
  const signature = 'pagefind_dcd';
  const data = gunzipSync(file);
  if (data.toString('latin1', 0, signature.length) !== signature) return null;
  const meta = decodeCbor(data.subarray(signature.length));
  if (!Array.isArray(meta) || meta.length < 4) return null;
  const column = (list: unknown, at: number): string[] | null => {
    if (!Array.isArray(list)) return null;
    const names = list.map((row) => (Array.isArray(row) ? row[at] : undefined));
    return names.every((name): name is string => typeof name === 'string' && digestName.test(name)) ? names : null;
  };
  const [fragments, chunks, filters] = [column(meta[1], 0), column(meta[2], 2), column(meta[3], 1)];
  return fragments && chunks && filters ? { fragments, chunks, filters } : null;
}

/** Decodes the CBOR that Pagefind writes: integers, strings, arrays, maps and simple values. Throws on anything else. */
function decodeCbor(data: Buffer): unknown {
  let at = 0;
  const read = (): unknown => {
    const initial = data[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) return info === 20 ? false : info === 21 ? true : null;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = data.readUInt8(at++);
    else if (info === 25) [value, at] = [data.readUInt16BE(at), at + 2];
    else if (info === 26) [value, at] = [data.readUInt32BE(at), at + 4];
    else if (info === 27) [value, at] = [Number(data.readBigUInt64BE(at)), at + 8];
    else throw new Error(`CBOR with indefinite lengths at byte ${at - 1}`);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
      case 3: {
        const bytes = data.subarray(at, (at += value));
        return major === 3 ? bytes.toString('utf8') : bytes;
      }
      case 4:
        return Array.from({ length: value }, read);
      case 5: {
        const map = new Map<unknown, unknown>();
        for (let n = 0; n < value; n++) map.set(read(), read());
        return map;
      }
      default:
        throw new Error(`CBOR tag at byte ${at - 1}`);
    }
  };
  return read();
}

/**
 * Links each of `files` (paths relative to `from`) into `to` (new names of the same files), or copies it whole where
 * links cannot be made; returns those placed. A file that cannot be placed is left out.
 */
function placeAll(files: readonly string[], from: string, to: string): Set<string> {
  const placed = new Set<string>();
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    try {
      if (!folders.has(dirname(target))) {
        mkdirSync(dirname(target), { recursive: true });
        folders.add(dirname(target));
      }
      try {
        linkSync(join(from, file), target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
        // Another file system, or no hard links: a whole copy, under its name only once complete.
        const partial = `${target}.${process.pid}-${threadId}.tmp`;
        copyFileSync(join(from, file), partial);
        renameSync(partial, target);
      }
      placed.add(file);
    } catch {
      // Left out: Pagefind writes it again (restoring), or the next build does not find it (keeping).
    }
  }
  return placed;
}

/**
 * Puts the files of the index kept in `cache` into `output`, before Pagefind writes there; returns those put back. A
 * file that cannot be put back (another build replacing the cache) is only written again by Pagefind.
 */
export function restoreIndex(cache: string, output: string): Set<string> {
  return placeAll(indexFiles(cache) ?? [], cache, output);
}

/**
 * After Pagefind has written its index into `output`: removes the `restored` files it does not use (an edited
 * agent's old fragment, old chunks of the word index) and keeps the index's files in `cache` for the next build.
 * Returns how many restored files the new index uses, or null when its files cannot be listed: then nothing is
 * kept, and the restored files stay (unused, they change no search).
 */
export function keepIndex(output: string, cache: string, restored: ReadonlySet<string>): number | null {
  rmSync(cache, { recursive: true, force: true });
  const files = indexFiles(output);
  if (!files) return null;
  const used = new Set(files);
  for (const file of restored) if (!used.has(file)) rmSync(join(output, file), { force: true });
  // The metadata, which lists the other files, goes in last: a build reading the cache meanwhile finds no index.
  const metadata = files.filter((file) => file.endsWith('.pf_meta'));
  placeAll(files.filter((file) => !file.endsWith('.pf_meta')), output, cache);
  placeAll([...metadata, 'pagefind-entry.json'], output, cache);
  return files.filter((file) => restored.has(file)).length;
}
