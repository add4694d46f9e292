import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { seedsDir } from './helpers.ts';

const catalog = buildCatalog(readAgentsFolder(seedsDir));

describe('the sample catalogue (agents/)', () => {
  it('holds the five seed agents with 0, 2, 3, 3 and 2 examples', () => {
    expect(Object.fromEntries(catalog.agents.map((agent) => [agent.slug, agent.examples.length]))).toEqual({
      'backend-database-engineer': 2,
      'backend-database-expert': 0,
      'backend-db-specialist': 3,
      'backend-expert': 3,
      'senior-backend-engineer': 2,
    });
  });
  it('is loaded by Claude Code only after re-quoting, every file', () => {
    expect(catalog.files.map((file) => file.claudeCode?.status)).toEqual(Array(5).fill('loads-after-requote'));
  });
  it('gives every example its turns, context and commentary', () => {
    for (const agent of catalog.agents) {
      for (const example of agent.examples) {
        expect(example.turns.map((turn) => turn.role)).toEqual(['user', 'assistant']);
        expect(example.context).toBeTruthy();
        expect(example.commentary).toBeTruthy();
      }
    }
  });
  it('keeps summaries free of examples and of the "Examples:" lead-in', () => {
    for (const agent of catalog.agents) {
      expect(agent.summary).not.toMatch(/<example>|Examples:\s*$/);
      expect(agent.summary).toMatch(/^Use this agent when/);
    }
    const expert = catalog.agents.find((agent) => agent.slug === 'backend-database-expert')!;
    expect(expert.summary).toContain('Examples include: designing database schemas');
  });
});
