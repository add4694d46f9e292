import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAgentFile, type ParsedAgentFile } from '../../src/lib/agents/parseAgentFile.ts';

export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/** Parses a file of test/fixtures under its own name. */
export function parseFixture(path: string): ParsedAgentFile {
  return parseAgentFile(path.split('/').at(-1)!, readFileSync(fixture(path)));
}

/** Parses an agent file given as text. */
export function parseText(text: string, path = 'agent.md'): ParsedAgentFile {
  return parseAgentFile(path, new TextEncoder().encode(text));
}

/** The shared corpora of real agent files, beside the project; null (and a loud note) when absent. */
export const corporaDir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
export const hasCorpora = existsSync(corporaDir);
if (!hasCorpora) console.warn(`\n*** ../shared/corpora not found at ${corporaDir}: the tests over real agent files are SKIPPED. ***\n`);
export const corpusFolders = {
  davila7: `${corporaDir}davila7__claude-code-templates/cli-tool/components/agents`,
  vijaythecoder: `${corporaDir}vijaythecoder__awesome-claude-agents/agents`,
};
export const seedsDir = fileURLToPath(new URL('../../agents/', import.meta.url));
