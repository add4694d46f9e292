import { describe, expect, it } from 'vitest';
import { sourceBase, sourceFileUrl } from '../../src/lib/present/sourceUrl.ts';

describe('sourceBase (SOURCE_URL)', () => {
  it('is null when unset or blank', () => {
    expect(sourceBase(undefined)).toBeNull();
    expect(sourceBase('  ')).toBeNull();
  });
  it('takes the folder address with or without its final slash', () => {
    expect(sourceBase('https://github.com/acme/agents/blob/main/.claude/agents')).toBe('https://github.com/acme/agents/blob/main/.claude/agents/');
    expect(sourceBase(' https://git.example.com/team/agents/-/blob/main/ ')).toBe('https://git.example.com/team/agents/-/blob/main/');
  });
  it('refuses what is not an http(s) folder address, naming the setting and an example', () => {
    for (const value of ['github.com/acme/agents', 'javascript:alert(1)', 'ftp://example.com/agents/', 'https://github.com/acme/agents/?tab=x', 'https://github.com/acme/agents/#readme']) {
      expect(() => sourceBase(value), value).toThrow(
        `SOURCE_URL must be the http(s) address of the agents folder in its repository, without ? or #, such as https://github.com/acme/agents/blob/main/.claude/agents/ (it is ${JSON.stringify(value)}).`,
      );
    }
  });
});

describe('sourceFileUrl', () => {
  it('puts the file path under the folder address, each part encoded', () => {
    expect(sourceFileUrl('https://github.com/acme/agents/blob/main/', 'team/data/sql-pro.md')).toBe('https://github.com/acme/agents/blob/main/team/data/sql-pro.md');
    expect(sourceFileUrl('https://github.com/acme/agents/blob/main/', 'équipe #1/a b?.md')).toBe('https://github.com/acme/agents/blob/main/%C3%A9quipe%20%231/a%20b%3F.md');
  });
});
