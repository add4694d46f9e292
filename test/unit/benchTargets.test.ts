import { describe, expect, it } from 'vitest';
import { checkTargets, targetLines, type MeasuredCatalogue } from '../../bench/targets.ts';

const catalogue = (corpus: string, wall: number, rest: Partial<MeasuredCatalogue> = {}): MeasuredCatalogue => ({
  corpus,
  build: { wall, peakMb: 700 },
  ratio: 2,
  agentPageKbGzip: { max: 14 },
  firstSearchKb: 110,
  ...rest,
});

describe('the benchmark targets', () => {
  it('judges each catalogue by its own targets, with the figure judged', () => {
    const lines = targetLines(
      checkTargets(
        [
          catalogue('1000', 5.8, { ratio: 3.05, firstSearchKb: 119.1 }),
          catalogue('5000', 25.7, { ratio: 2.23, build: { wall: 25.7, peakMb: 1211 }, firstSearchKb: 151 }),
          catalogue('corpora', 6, { ratio: 3.2, agentPageKbGzip: { max: 28.5 }, firstSearchKb: 130.7 }),
        ],
        540,
      ),
    );
    expect(lines).toEqual([
      '✓ 1,000 agents built in ≤ 6 s: 5.8 s',
      '✗ 1,000 agents: at most 2.5× the floor: 3.05×',
      '✓ 1,000 agents: every agent page with its CSS and JS ≤ 20 KB gzip: largest 14 KB',
      '✓ 1,000 agents: the first search fetches ≤ 120 KB: 119.1 KB',
      '✗ 5,000 agents built in ≤ 25 s: 25.7 s',
      '✓ 5,000 agents: at most 2.5× the floor: 2.23×',
      '✓ 5,000 agents: peak memory ≤ 2 GB: 1,211 MB',
      '✓ 5,000 agents: every agent page with its CSS and JS ≤ 20 KB gzip: largest 14 KB',
      '✗ 5,000 agents: the first search fetches ≤ 120 KB: 151 KB',
      '✗ the corpora built in ≤ 4 s: 6.0 s',
      '✗ the corpora: every agent page with its CSS and JS ≤ 20 KB gzip: largest 28.5 KB',
      '✗ the corpora: the first search fetches ≤ 120 KB: 130.7 KB',
      '✓ build time grows no worse than linearly from 1,000 agents to 5,000 agents: 4.4× the time for 5× the agents',
      '✓ npm run dev shows an edited agent file within 1 s: 540 ms',
    ]);
  });

  it('compares each synthetic size with the next smaller one measured, in any order given', () => {
    const checks = checkTargets([catalogue('5000', 30), catalogue('100', 2.4), catalogue('1000', 7)], null).filter((check) => check.target.startsWith('build time grows'));
    expect(checks).toEqual([
      { target: 'build time grows no worse than linearly from 100 agents to 1,000 agents', measured: '2.9× the time for 10× the agents', met: true },
      { target: 'build time grows no worse than linearly from 1,000 agents to 5,000 agents', measured: '4.3× the time for 5× the agents', met: true },
    ]);
    expect(checkTargets([catalogue('100', 1), catalogue('200', 2.5)], null).at(-1)).toMatchObject({ measured: '2.5× the time for 2× the agents', met: false });
  });

  it('judges no figure that was not measured: peak memory without GNU time, the first search without Chromium, the dev loop', () => {
    const targets = checkTargets([catalogue('5000', 20, { build: { wall: 20, peakMb: null }, firstSearchKb: null })], null).map((check) => check.target);
    expect(targets).toEqual(['5,000 agents built in ≤ 25 s', '5,000 agents: at most 2.5× the floor', '5,000 agents: every agent page with its CSS and JS ≤ 20 KB gzip']);
  });

  it('sets no time, ratio or memory target for sizes the issue names none for', () => {
    expect(checkTargets([catalogue('100', 2.4, { ratio: 7.6 })], null).map((check) => check.target)).toEqual([
      '100 agents: every agent page with its CSS and JS ≤ 20 KB gzip',
      '100 agents: the first search fetches ≤ 120 KB',
    ]);
  });
});
