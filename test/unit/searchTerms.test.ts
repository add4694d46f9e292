import { describe, expect, it } from 'vitest';
import { hasLetters, isWord, searchWords, wordStartingWith } from '../../src/lib/present/searchTerms.ts';
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

describe('wordStartingWith', () => {
  it('gives the part of a word found by the start of the query’s word', () => {
    expect(wordStartingWith('Kubernetes.', 'kuber')).toBe('Kubernetes');
    expect(wordStartingWith('kubernetes-specialist.', 'special')).toBe('specialist');
    expect(wordStartingWith('(scalability)', 'scala')).toBe('scalability');
    expect(wordStartingWith('(i18n)', 'i18n')).toBe('i18n');
    expect(wordStartingWith('C#/.NET', 'c#')).toBe('C');
    expect(wordStartingWith('Next.js,', 'next.js')).toBe('Next.js');
  });
  it('tells the start of a word Pagefind searched instead of one no page has', () => {
    expect(wordStartingWith('has', 'haskell')).toBeNull();
    expect(wordStartingWith('-p', 'perl')).toBeNull();
    expect(wordStartingWith('X%', 'xqzv')).toBeNull();
  });
  it('looks up no word of punctuation alone', () => {
    expect(['k8s', 'C#', '-', '?', '“'].filter(hasLetters)).toEqual(['k8s', 'C#']);
  });
});

describe('isWord', () => {
  it('tells the word itself, whole or as a part, from a longer word starting with it', () => {
    expect(isWord('Scala,', 'scala')).toBe(true);
    expect(isWord('C#/.NET', 'c#')).toBe(true);
    expect(isWord('Next.js', 'next.js')).toBe(true);
    expect(isWord('spark-scala', 'scala')).toBe(true);
    expect(isWord('scalability.', 'scala')).toBe(false);
  });
});

describe('summaryText', () => {
  const plain = { leftOut: '', missing: '', started: null };
  it('says how many results a query has, or that nothing matches it', () => {
    expect(summaryText(1234, { ...plain, term: 'redis' })).toBe('1,234 results for “redis”');
    expect(summaryText(1, { ...plain, term: 'redis' })).toBe('1 result for “redis”');
    expect(summaryText(0, { ...plain, term: 'redis' })).toBe('Nothing matches “redis”');
    expect(summaryText(12, { ...plain, term: '' })).toBe('12 pages');
  });
  it('says when the filters chosen leave nothing', () => {
    expect(summaryText(0, { ...plain, term: 'redis' }, true)).toBe('Nothing matches “redis” with the filters chosen.');
    expect(summaryText(0, { ...plain, term: '' }, true)).toBe('No page has every filter chosen.');
    expect(summaryText(3, { ...plain, term: 'redis' }, true)).toBe('3 results for “redis”');
  });
  it('names the filler words it left out', () => {
    expect(summaryText(4, { ...plain, term: 'PostgreSQL', leftOut: 'who knows' })).toBe('4 results for “PostgreSQL”, leaving out “who knows”');
    expect(summaryText(0, { ...plain, term: 'redis', leftOut: 'who knows' })).toBe('Nothing matches “redis”');
  });
  it('names the word of a query that no page has', () => {
    expect(summaryText(0, { ...plain, term: 'haskell', missing: 'haskell' })).toBe('Nothing matches “haskell”');
    expect(summaryText(0, { ...plain, term: 'haskell migrations', missing: 'haskell' }, true)).toBe('Nothing matches “haskell migrations”: no page has “haskell”');
  });
  it('says when a word was found only as the start of longer words, with one of them', () => {
    const started = { word: 'scala', like: 'scalability' };
    expect(summaryText(112, { ...plain, term: 'scala', started })).toBe('112 results for words starting with “scala”, such as “scalability”');
    expect(summaryText(8, { ...plain, term: 'scala developer', started })).toBe('8 results for “scala developer”, with words starting with “scala”, such as “scalability”');
    expect(summaryText(8, { ...plain, term: 'scala', leftOut: 'who knows', started })).toBe(
      '8 results for words starting with “scala”, such as “scalability”, leaving out “who knows”',
    );
    expect(summaryText(0, { ...plain, term: 'scala', started }, true)).toBe('Nothing matches “scala” with the filters chosen.');
  });
});
