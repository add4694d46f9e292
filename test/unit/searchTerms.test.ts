import { describe, expect, it } from 'vitest';
import { hasLetters, searchWords, startsWithWord } from '../../src/lib/present/searchTerms.ts';
import { summaryText } from '../../src/scripts/search/pagefind.ts';

describe('searchWords', () => {
  it('keeps what a question asks for, without the punctuation that ends it', () => {
    expect(searchWords('who knows PostgreSQL?')).toEqual({ term: 'PostgreSQL', leftOut: 'who knows' });
    expect(searchWords('Which agents can review Terraform')).toEqual({ term: 'review Terraform', leftOut: 'Which agents can' });
    expect(searchWords('is there an agent for k8s and C#?')).toEqual({ term: 'k8s C#', leftOut: 'is there an agent for and' });
    expect(searchWords('I need help with flaky tests')).toEqual({ term: 'help flaky tests', leftOut: 'I need with' });
  });
  it('leaves the small words out of a query that is no question', () => {
    expect(searchWords('agent for accessibility audits')).toEqual({ term: 'accessibility audits', leftOut: 'agent for' });
    expect(searchWords('node.js and C++ please')).toEqual({ term: 'node.js C++', leftOut: 'and please' });
  });
  it('keeps words written in capitals, which are names', () => {
    expect(searchWords('IT support agent')).toEqual({ term: 'IT support', leftOut: 'agent' });
    expect(searchWords('agents for the US CAN bus')).toEqual({ term: 'US CAN bus', leftOut: 'agents for the' });
  });
  it('has nothing to leave out of a query without filler words, or with nothing else', () => {
    expect(searchWords('kubernetes operator')).toBeNull();
    expect(searchWords('Who is it?')).toBeNull();
    expect(searchWords('   ')).toBeNull();
  });
  it('leaves a quoted phrase as it is', () => {
    expect(searchWords('"who knows" postgres')).toBeNull();
    expect(searchWords('“the agent” postgres')).toBeNull();
  });
});

describe('startsWithWord', () => {
  it('takes a word found by the start of the query’s word, whole or in one of its parts', () => {
    expect(startsWithWord('Kubernetes.', 'kuber')).toBe(true);
    expect(startsWithWord('kubernetes-specialist.', 'special')).toBe(true);
    expect(startsWithWord('(i18n)', 'i18n')).toBe(true);
    expect(startsWithWord('C#/.NET', 'c#')).toBe(true);
    expect(startsWithWord('Next.js', 'next.js')).toBe(true);
  });
  it('tells the start of a word Pagefind searched instead of one no page has', () => {
    expect(startsWithWord('has', 'haskell')).toBe(false);
    expect(startsWithWord('-p', 'perl')).toBe(false);
    expect(startsWithWord('X%', 'xqzv')).toBe(false);
  });
  it('looks up no word of punctuation alone', () => {
    expect(['k8s', 'C#', '-', '?', '“'].filter(hasLetters)).toEqual(['k8s', 'C#']);
  });
});

describe('summaryText', () => {
  it('says how many results a query has, or that nothing matches it', () => {
    expect(summaryText(1234, 'redis')).toBe('1,234 results for “redis”');
    expect(summaryText(1, 'redis')).toBe('1 result for “redis”');
    expect(summaryText(0, 'redis')).toBe('Nothing matches “redis”');
    expect(summaryText(12, '')).toBe('12 pages');
  });
  it('says when the filters chosen leave nothing', () => {
    expect(summaryText(0, 'redis', '', true)).toBe('Nothing matches “redis” with the filters chosen.');
    expect(summaryText(0, '', '', true)).toBe('No page has every filter chosen.');
    expect(summaryText(3, 'redis', '', true)).toBe('3 results for “redis”');
  });
  it('names the filler words it left out', () => {
    expect(summaryText(4, 'PostgreSQL', 'who knows')).toBe('4 results for “PostgreSQL”, leaving out “who knows”');
    expect(summaryText(0, 'redis', 'who knows')).toBe('Nothing matches “redis”');
  });
  it('names the word of a query that no page has', () => {
    expect(summaryText(0, 'haskell', '', false, 'haskell')).toBe('Nothing matches “haskell”');
    expect(summaryText(0, 'haskell migrations', '', true, 'haskell')).toBe('Nothing matches “haskell migrations”: no page has “haskell”');
  });
});
