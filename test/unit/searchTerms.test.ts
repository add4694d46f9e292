import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/lib/present/searchTerms.ts';
import { summaryText } from '../../src/scripts/search/pagefind.ts';

describe('searchWords', () => {
  it('keeps what a question asks for, without the punctuation that ends it', () => {
    expect(searchWords('who knows PostgreSQL?')).toEqual({ term: 'PostgreSQL', leftOut: 'who knows', question: true });
    expect(searchWords('Which agents can review Terraform')).toEqual({ term: 'review Terraform', leftOut: 'Which agents can', question: true });
    expect(searchWords('is there an agent for k8s and C#?')).toEqual({ term: 'k8s C#', leftOut: 'is there an agent for and', question: true });
  });
  it('tells a question or a request from a query that only has filler words in it', () => {
    expect(searchWords('IT support agent')).toEqual({ term: 'IT support', leftOut: 'agent', question: false });
    expect(searchWords('agent for node.js and C++ please')).toMatchObject({ term: 'node.js C++', question: false });
    expect(searchWords('agents for the US CAN bus')).toMatchObject({ term: 'US CAN bus', leftOut: 'agents for the' });
    expect(searchWords('CAN bus for the car')).toMatchObject({ term: 'CAN bus car', question: false });
    expect(searchWords('kafka for the win?')).toMatchObject({ term: 'kafka win', question: true });
    expect(searchWords('need someone for terraform')).toMatchObject({ term: 'terraform', question: true });
  });
  it('has nothing to leave out of a query without filler words, or with nothing else', () => {
    expect(searchWords('kubernetes operator')).toBeNull();
    expect(searchWords('who can help?')).toBeNull();
    expect(searchWords('   ')).toBeNull();
  });
  it('leaves a quoted phrase as it is', () => {
    expect(searchWords('"who knows" postgres')).toBeNull();
    expect(searchWords('“the agent” postgres')).toBeNull();
  });
});

describe('summaryText', () => {
  it('says how many results a query has, or that nothing matches it', () => {
    expect(summaryText(1234, 'redis')).toBe('1,234 results for “redis”');
    expect(summaryText(1, 'redis')).toBe('1 result for “redis”');
    expect(summaryText(0, 'redis')).toBe('Nothing matches “redis”');
    expect(summaryText(12, '')).toBe('12 pages');
  });
  it('names the filler words it left out', () => {
    expect(summaryText(4, 'PostgreSQL', 'who knows')).toBe('4 results for “PostgreSQL”, leaving out “who knows”');
    expect(summaryText(0, 'redis', 'who knows')).toBe('Nothing matches “redis”');
  });
});
