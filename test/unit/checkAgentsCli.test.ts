import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, seedsDir } from './helpers.ts';

const cli = fileURLToPath(new URL('../../src/cli/check-agents.ts', import.meta.url));

/** Runs the checker as `npm run check:agents` does: the real entry point on this Node. */
function check(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run check:agents', () => {
  it('prints file:line:col: severity: message lines with the fix, and a summary', () => {
    const { code, out } = check([seedsDir]);
    expect(code).toBe(0);
    expect(out).toMatch(/backend-expert\.md:3:1: warning: The frontmatter is not valid YAML .*\n {4}fix: Put the value of `description` in double quotes/);
    expect(out.trim().split('\n').at(-1)).toMatch(/: 5 agents from 5 files; 0 not agents; 0 invalid; 5 warnings; 0 errors; Claude Code: 0 load, 5 load after re-quoting, 0 skipped\.$/);
  });
  it('says what the agents cost every conversation, and which nearly duplicate each other', () => {
    const { code, out } = check([fixture('site-insight')]);
    expect(code).toBe(0);
    expect(out).toContain('Context: with all 4 agents installed, their names and descriptions take about 95 tokens (estimated) of every conversation.');
    expect(out).toContain('Near-duplicates (1), one of each pair with at least 50% of its text in the other:\n  code-reviewer.md (about 95% of it in the other) and code-reviewer-strict.md (about 80%)');
    expect(out.trim().split('\n').at(-1)).toMatch(/: 4 agents from 4 files;/);
  });
  it('speaks of one agent as one, and says when Claude Code loads none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-agent-'));
    try {
      writeFileSync(join(dir, 'solo.md'), '---\nname: solo\ndescription: Works alone.\n---\nYou work alone.\n');
      expect(check([dir]).out).toContain('Context: with the one agent installed, its name and description take about ');
      writeFileSync(join(dir, 'solo.md'), '\n---\nname: solo\ndescription: Works alone.\n---\nYou work alone.\n');
      expect(check([dir]).out).toContain(
        'Context: with the one agent installed, its name and description take about 0 tokens (estimated) of every conversation: Claude Code skips it, so it costs nothing until it is mended.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('leaves out of the context cost the agents Claude Code skips, and counts a name two files declare once', () => {
    expect(check([fixture('plugin-marketplace')]).out).toContain(
      'Context: with all 13 agents installed, their names and descriptions take about 176 tokens (estimated) of every conversation, for the 11 that Claude Code loads (the one it skips costs nothing until it is mended; it keeps one file of each name, so the file that repeats another’s name costs nothing).',
    );
  });
  it('exits 1 when a file has an error, naming the file', () => {
    const { code, out } = check([fixture('catalog-duplicates')]);
    expect(code).toBe(1);
    expect(out).toContain('catalog-duplicates/nameless.md:1:1: error: The frontmatter has no `name`');
  });
  it('with --strict, also exits 1 when Claude Code would skip a file', () => {
    const folder = fixture('malformed-strict');
    expect(check([folder]).code).toBe(0);
    const strict = check([folder, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('Failed (--strict): Claude Code would skip recovered.md.');
  });
  it('with --strict, also exits 1 when Claude Code would load a plugin’s agent without its fields', () => {
    const folder = fixture('plugin-marketplace/plugins/review');
    expect(check([folder]).code).toBe(0);
    const strict = check([folder, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('Claude Code: 4 load, 0 load after re-quoting, 2 load without their fields, 0 skipped.');
    expect(strict.out).toContain('Failed (--strict): Claude Code would load agents/README.md, agents/triage/flaky-test-hunter.md without their fields.');
  });
  it('with --strict, also exits 1 when a file hides text in characters a page does not show', () => {
    const folder = fixture('hostile');
    expect(check([folder]).code).toBe(0);
    const strict = check([folder, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('hidden-instructions.md:3:1: warning: The file has 62 characters that a page does not show');
    expect(strict.out).toContain('Failed (--strict): hidden-instructions.md hides text in characters a page does not show and Claude reads.');
  });
  it('with --strict, also exits 1 when Claude Code would refuse to run an agent whose tools give it none', () => {
    const text = (name: string, tools: string) => `---\nname: ${name}\ndescription: Plans work.\ntools: ${tools}\n---\n\nYou plan.\n`;
    const dir = mkdtempSync(join(tmpdir(), 'cannot-run-'));
    try {
      writeFileSync(join(dir, 'planner.md'), text('planner', 'Read, Grep'));
      writeFileSync(join(dir, 'copilot-planner.md'), text('copilot-planner', 'codebase, AskUserQuestion'));
      const plain = check([dir]);
      expect(plain.code).toBe(0);
      expect(plain.out).toContain('Claude Code: 1 load, 0 load after re-quoting, 1 load but cannot run, 0 skipped.');
      const strict = check([dir, '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.out).toContain('Failed (--strict): Claude Code would refuse to run copilot-planner.md.');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
  it('prints GitHub annotations when GITHUB_ACTIONS is set', () => {
    const { out } = check([seedsDir], { GITHUB_ACTIONS: 'true' });
    expect(out).toContain('::warning file=');
    expect(out).toMatch(/backend-expert\.md,line=3,title=frontmatter-requoted::The frontmatter is not valid YAML/);
  });
  it('prints the report as JSON with --json', () => {
    const report = JSON.parse(check([seedsDir, '--json']).out);
    expect(report.files).toHaveLength(5);
    expect(report.summary.claudeCode['loads-after-requote']).toBe(5);
  });
  it('says clearly when the folder does not exist, and exits 2', () => {
    const { code, err } = check(['/no/such/folder']);
    expect(code).toBe(2);
    expect(err).toContain('The agents folder "/no/such/folder" does not exist.');
  });
});
