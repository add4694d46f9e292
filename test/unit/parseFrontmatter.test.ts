import { describe, expect, it } from 'vitest';
import { recoveryKeys } from '../../src/lib/agents/agentSchema.ts';
import { parseFrontmatter } from '../../src/lib/agents/parseFrontmatter.ts';
import { requoteFrontmatter } from '../../src/lib/agents/requoteFrontmatter.ts';
import { splitFrontmatter } from '../../src/lib/agents/splitFrontmatter.ts';

const parse = (yaml: string) => {
  const result = parseFrontmatter(splitFrontmatter(`---\n${yaml}\n---\n`)!, recoveryKeys);
  if (!result.ok) throw new Error(result.finding.message);
  return result;
};

describe('parseFrontmatter: stage 1, strict YAML', () => {
  it('reads valid YAML strictly and records the stage', () => {
    const result = parse('name: a\ndescription: "Use it: now"\ntools:\n  - Read\n  - Grep');
    expect(result.stage).toBe('strict');
    expect(result.data).toEqual({ name: 'a', description: 'Use it: now', tools: ['Read', 'Grep'] });
    expect(result.findings).toEqual([]);
  });
  it('gives the line of every top-level key in the file', () => {
    expect(parse('name: a\n\ndescription: b').lines).toEqual({ name: 2, description: 4 });
  });
  it('keeps the full text when ` #` would truncate a description, and says what Claude Code sees', () => {
    const result = parse('name: a\ndescription: Fixes #42 quickly');
    expect(result.data['description']).toBe('Fixes #42 quickly');
    expect(result.claudeCodeData?.['description']).toBe('Fixes');
    expect(result.findings.map((finding) => finding.code)).toEqual(['yaml-comment-truncated']);
  });
  it('does not flag a real comment after a value', () => {
    expect(parse('name: a # the name\ndescription: b').findings).toEqual([]);
  });
  it('keeps a number-looking name as text', () => {
    const result = parse('name: 4.10\ndescription: b');
    expect(result.data['name']).toBe('4.10');
    expect(result.claudeCodeData?.['name']).toBe(4.1);
  });
  it('keeps unknown fields, lists of maps included', () => {
    expect(parse('name: a\ndescription: b\nservices:\n  - name: db\n    port: 5432').data['services']).toEqual([{ name: 'db', port: 5432 }]);
  });
});

describe('parseFrontmatter: stage 2, Claude Code re-quoting', () => {
  it('re-quotes a one-line description containing `: ` and loads it', () => {
    const result = parse('name: a\ndescription: Use it. Examples: <example>user: "hi"</example>');
    expect(result.stage).toBe('requote');
    expect(result.data['description']).toBe('Use it. Examples: <example>user: "hi"</example>');
    expect(result.requotedKeys).toEqual(['description']);
  });
  it('re-quotes `tools: *`, which strict YAML reads as an alias', () => {
    expect(parse('name: a\ndescription: b\ntools: *').data['tools']).toBe('*');
  });
  it('escapes backslashes and double quotes when re-quoting, as Claude Code does', () => {
    expect(requoteFrontmatter('description: a: "b" \\n c').yaml).toBe('description: "a: \\"b\\" \\\\n c"');
  });
  it('leaves quoted values and safe values alone', () => {
    expect(requoteFrontmatter('name: "a: b"\ntools: Read, Grep').changed).toEqual([]);
  });
});

describe('parseFrontmatter: stage 3, our recovery', () => {
  it('recovers a description whose example lines start at column 1', () => {
    const result = parse('name: a\ndescription: Use it. Examples:\n<example>\nuser: "Add a column"\nassistant: "On it"\n</example>\nmodel: opus');
    expect(result.stage).toBe('recovered');
    expect(result.claudeCodeData).toBeNull();
    expect(result.data).toEqual({
      name: 'a',
      description: 'Use it. Examples:\n<example>\nuser: "Add a column"\nassistant: "On it"\n</example>',
      model: 'opus',
    });
  });
  it('never starts a field inside an example, even with a known key', () => {
    const result = parse('name: a\ndescription: x: y <example>\nname: not a field\n</example>\ncolor: red');
    expect(result.data['name']).toBe('a');
    expect(result.data['color']).toBe('red');
  });
  it('parses each recovered field as YAML when it can (lists stay lists)', () => {
    const result = parse('name: a\ndescription: x: y\nmore words\ntools:\n  - Read\n  - Grep');
    expect(result.stage).toBe('recovered');
    expect(result.data['tools']).toEqual(['Read', 'Grep']);
    expect(result.data['description']).toBe('x: y\nmore words');
  });
});

describe('parseFrontmatter: refusals', () => {
  it('refuses `---js` frontmatter without evaluating it', () => {
    const result = parseFrontmatter(splitFrontmatter('---js\n{ name: process.exit(1) }\n---\n')!, recoveryKeys);
    expect(result.ok).toBe(false);
  });
});
