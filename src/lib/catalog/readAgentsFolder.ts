import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './buildCatalog.ts';

/**
 * Reads every candidate agent file under a folder, recursively, in a stable order: every `.md` file, plus
 * files with another or no extension that start with a frontmatter (Claude Code skips those, and we say so).
 * Hidden folders and `node_modules` are not entered. Throws with an actionable message when the folder is missing.
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
  walk(root, '', files);
  return files;
}

function walk(root: string, prefix: string, files: SourceFile[]): void {
  const entries = readdirSync(join(root, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = join(root, path);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
    if (isDirectory) {
      if (!entry.isSymbolicLink()) walk(root, path, files);
      continue;
    }
    if (/\.md$/i.test(entry.name)) {
      files.push({ path, bytes: readFileSync(full) });
    } else if (/^[^.]+$|\.(markdown|mdown|txt)$/i.test(entry.name)) {
      const bytes = readFileSync(full);
      if (startsWithFrontmatter(bytes)) files.push({ path, bytes });
    }
  }
}

/** Whether the first non-blank line is `---` (after an optional byte order mark). */
function startsWithFrontmatter(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '');
  return /^\s*---[A-Za-z]*[ \t]*\r?\n/.test(head);
}
