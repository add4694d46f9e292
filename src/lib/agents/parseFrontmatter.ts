import { findings, type Finding } from './diagnostics.ts';
import { isRecord, recoverFrontmatter } from './recoverFrontmatter.ts';
import { requoteFrontmatter } from './requoteFrontmatter.ts';
import type { FrontmatterBlock } from './splitFrontmatter.ts';
import { parseStrictYaml } from './strictYaml.ts';

/** Which reading of the frontmatter succeeded: strict YAML, Claude Code's re-quoting retry, or our recovery. */
export type FrontmatterStage = 'strict' | 'requote' | 'recovered';

export interface ParsedFrontmatter {
  stage: FrontmatterStage;
  /** The fields as the catalogue takes them (with wrong-but-valid YAML readings corrected). */
  data: Record<string, unknown>;
  /** The fields as Claude Code sees them, or null when Claude Code cannot read the frontmatter at all. */
  claudeCodeData: Record<string, unknown> | null;
  /** 1-based line in the file of each top-level key. */
  lines: Record<string, number>;
  /** Keys whose values Claude Code's retry wrapped in quotes (empty unless the stage is `requote`). */
  requotedKeys: string[];
  findings: Finding[];
}

export type FrontmatterResult = ({ ok: true } & ParsedFrontmatter) | { ok: false; finding: Finding };

/** Keys whose values are text; YAML reading them as numbers or booleans is a mistake. */
const textKeys = new Set(['name', 'description', 'model', 'color', 'initialPrompt', 'permissionMode', 'effort']);
/** Keys whose values are prose, where ` #` is content (`Fixes #42`) rather than a comment. */
const proseKeys = new Set(['description', 'initialPrompt']);
const executable = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);
const topLevelKey = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * The most values (strings, numbers, items of lists and maps) that the aliases of one top-level key of a frontmatter
 * may repeat.
 */
const repeatsPerKey = 10_000;

/**
 * A copy of a YAML value. A list or map met again (YAML shares an alias's value wherever `*name` repeats it) is
 * copied out too, each value of such a repeat counting against `budget.left`: past it, the repeat's lists and maps
 * lose their remaining items, and `budget.left` goes below zero, to tell. A long list written out is kept whole.
 */
function bounded(value: unknown, budget: { left: number }, seen: Set<object>, inRepeat = false): unknown {
  if (inRepeat) budget.left--;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const repeat = inRepeat || seen.has(value);
  seen.add(value);
  const cut = () => {
    if (!repeat || budget.left > 0) return false;
    budget.left = -1;
    return true;
  };
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      if (cut()) break;
      items.push(bounded(item, budget, seen, repeat));
    }
    return items;
  }
  const entries: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (cut()) break;
    entries[key] = bounded(item, budget, seen, repeat);
  }
  return entries;
}

/**
 * Reads a frontmatter block in three stages, as faithfully to Claude Code as we can: strict YAML; on failure,
 * Claude Code's re-quoting retry; on failure again, our line-based recovery (which Claude Code does not have,
 * so it skips such a file, or, for an agent of the plugin `plugin`, loads it without its fields). The stage that
 * succeeded is recorded and every act of leniency is reported.
 */
export function parseFrontmatter(block: FrontmatterBlock, knownKeys: ReadonlySet<string>, plugin?: string): FrontmatterResult {
  if (block.language !== '' && block.language !== 'yaml') {
    return executable.has(block.language)
      ? { ok: false, finding: findings.frontmatterExecutable(block.openLine, block.language) }
      : { ok: false, finding: findings.frontmatterNotMapping(block.openLine) };
  }
  const fileLine = (index: number): number => block.openLine + 1 + index;
  const rawLines = block.yaml.split('\n');
  const lines: Record<string, number> = {};
  rawLines.forEach((line, index) => {
    const key = topLevelKey.exec(line)?.[1];
    if (key && !(key in lines)) lines[key] = fileLine(index);
  });

  const strict = parseStrictYaml(block.yaml);
  if (strict.ok) return fromYaml(strict.value, 'strict', [], []);

  const requoted = requoteFrontmatter(block.yaml);
  const retry = requoted.changed.length > 0 ? parseStrictYaml(requoted.yaml) : strict;
  if (retry.ok) {
    const keys = requoted.changed.map((change) => change.key);
    const finding = findings.frontmatterRequoted(fileLine(strict.line - 1), `${strict.reason} at line ${fileLine(strict.line - 1)}`, keys);
    return fromYaml(retry.value, 'requote', keys, [finding]);
  }

  const recovered = recoverFrontmatter(block.yaml, knownKeys);
  const errorLine = fileLine(retry.line - 1);
  return {
    ok: true,
    stage: 'recovered',
    data: recovered.data,
    claudeCodeData: null,
    lines,
    requotedKeys: [],
    findings: [findings.frontmatterRecovered(errorLine, `${retry.reason} at line ${errorLine}`, Object.keys(recovered.data), plugin)],
  };

  function fromYaml(parsed: unknown, stage: FrontmatterStage, requotedKeys: string[], found: Finding[]): FrontmatterResult {
    if (parsed === null || parsed === undefined) parsed = {};
    if (!isRecord(parsed)) return { ok: false, finding: findings.frontmatterNotMapping(block.openLine + 1) };
    // YAML shares an alias's value where it is repeated; every reader after this one copies it out, so a few lines
    // of aliases of aliases would fill the memory. The repeats of each key keep at most `repeatsPerKey` values.
    const value: Record<string, unknown> = {};
    const shared = new Set<object>();
    for (const [key, item] of Object.entries(parsed)) {
      const budget = { left: repeatsPerKey };
      value[key] = bounded(item, budget, shared);
      if (budget.left < 0) found.push(findings.yamlAliasesExpand(lines[key] ?? block.openLine, key, repeatsPerKey));
    }
    const data = { ...value };
    for (const [index, line] of rawLines.entries()) {
      const match = topLevelKey.exec(line);
      const key = match?.[1];
      const written = match?.[2]?.trim();
      if (!key || !written || !textKeys.has(key) || /^["'|>[{&*!]/.test(written)) continue;
      const seen = data[key];
      if (typeof seen === 'string' && proseKeys.has(key) && / #/.test(written) && seen !== written && written.startsWith(seen)) {
        found.push(findings.yamlCommentTruncated(fileLine(index), key, seen, written));
        data[key] = written;
      } else if (typeof seen === 'number' || typeof seen === 'boolean') {
        found.push(findings.yamlNotText(fileLine(index), key, typeof seen === 'number' ? `the number ${seen}` : `the boolean ${seen}`, written));
        data[key] = written;
      }
    }
    return { ok: true, stage, data, claudeCodeData: value, lines, requotedKeys, findings: found };
  }
}
