import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './buildCatalog.ts';

/**
 * Reads every candidate agent file under a folder, recursively, in a stable order: every `.md` file, plus
 * files with another or no extension that start with a frontmatter (Claude Code skips those, and we say so).
 * Hidden folders and `node_modules` are not entered; linked folders are, once on any path (a link back to a
 * folder the walk is already in is not followed again). A `.md` file or a folder that cannot be read (a broken
 * link, no permission, not a regular file) is listed with the reason, so that the report shows it. Throws with an
 * actionable message when the folder is missing.
 *
 * @example readAgentsFolder('agents') // [{ path: 'backend-expert.md', bytes }, ...]
 */
export function readAgentsFolder(root: string): SourceFile[] {
  let rootStat;
  try {
    rootStat = statSync(root);
  } catch {
    throw new Error(`The agents folder "${root}" does not exist. Create it, or set AGENTS_DIR to the folder that holds your agent files.`);
  }
  if (!rootStat.isDirectory()) throw new Error(`The agents folder "${root}" is a file, not a folder. Set AGENTS_DIR to the folder that holds your agent files.`);
  const files: SourceFile[] = [];
  walk(root, '', files, new Set([realpathSync(root)]));
  return files;
}

const nothing = new Uint8Array(0);

/** Walks one folder; `within` holds the real paths of the folders the walk is in, to stop at links that loop. */
function walk(root: string, prefix: string, files: SourceFile[], within: ReadonlySet<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    files.push({ path: `${prefix}/`, bytes: nothing, unreadable: readFailure(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = join(root, path);
    const kind = entryKind(entry, full);
    if (kind === 'folder') {
      const real = realpathSync(full);
      if (!within.has(real)) walk(root, path, files, new Set([...within, real]));
      continue;
    }
    const markdown = /\.md$/i.test(entry.name);
    if (!markdown && !/^[^.]+$|\.(markdown|mdown|txt)$/i.test(entry.name)) continue;
    const read = kind === 'file' ? readFile(full) : { unreadable: kind === 'other' ? 'it is not a regular file' : brokenLink(full) };
    // A file of another extension is an agent only if it starts with a frontmatter: one that cannot be read is not
    // known to be one.
    if (read.unreadable !== undefined) {
      if (markdown) files.push({ path, bytes: nothing, unreadable: read.unreadable });
    } else if (markdown || startsWithFrontmatter(read.bytes)) {
      files.push({ path, bytes: read.bytes });
    }
  }
}

/** What an entry is, following a link: a folder, a file, something else (a pipe, a device), or a broken link. */
function entryKind(entry: Dirent, full: string): 'folder' | 'file' | 'other' | 'broken' {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  let target;
  try {
    target = statSync(full, { throwIfNoEntry: false });
  } catch {
    return 'broken';
  }
  return !target ? 'broken' : target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
}

function readFile(path: string): { bytes: Uint8Array; unreadable?: undefined } | { unreadable: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { unreadable: readFailure(error) };
  }
}

/** Why a file or folder could not be read, in words. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // Listed, then gone before it was read: deleted or renamed meanwhile (`astro dev` reads the folder again).
  if (code === 'ENOENT') return 'it was removed while the folder was read';
  return (error as Error).message;
}

/** A link that leads nowhere, in words. */
function brokenLink(path: string): string {
  let target: string;
  try {
    target = readlinkSync(path);
  } catch (error) {
    return readFailure(error);
  }
  try {
    statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return `a link to ${target}, which leads back to itself`;
  }
  return `a link to ${target}, which does not exist`;
}

/** Whether the first non-blank line is `---` (after an optional byte order mark). */
function startsWithFrontmatter(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '');
  return /^\s*---[A-Za-z]*[ \t]*\r?\n/.test(head);
}
