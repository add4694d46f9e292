/**
 * The targets the benchmark is measured against (issue 6, for a 2-core machine like the one the figures in the README
 * come from), checked against a run's figures: which hold and which do not, with the figure each is judged on.
 * Sizes are in KB of 1,024 bytes, as in the table.
 */

/** What the checks read of one catalogue's results (see `Result` in run.ts). */
export interface MeasuredCatalogue {
  /** Its number of synthetic agents, or `corpora`. */
  corpus: string;
  build: { wall: number; peakMb: number | null };
  ratio: number;
  agentPageKbGzip: { max: number };
  firstSearchKb: number | null;
}

export interface TargetCheck {
  target: string;
  /** The figure it is judged on. */
  measured: string;
  met: boolean;
}

/** The byte budgets, also checked by the budget tests (test/browser/budgets.test.ts) on the sample catalogue. */
export const budgetsKb = { agentPage: 20, firstSearch: 120 };
const devLoopBudgetMs = 1000;
const maxRatio = 2.5;
const memoryBudgetMb = 2048;

/** Time targets by catalogue: wall time in seconds. */
const timeTargets: Record<string, number> = { '1000': 6, '5000': 25, corpora: 4 };

/** How the bench names a catalogue: `1,000 agents`, `the corpora`. */
export const catalogueName = (corpus: string): string => (corpus === 'corpora' ? 'the corpora' : `${Number(corpus).toLocaleString('en')} agents`);
const check = (target: string, measured: string, met: boolean): TargetCheck => ({ target, measured, met });

/**
 * The targets that apply to the catalogues measured: a catalogue's own (time, ratio to the floor, memory, bytes),
 * linear growth between each two synthetic sizes measured, and the dev loop when it was measured. A figure that
 * was not measured (no Chromium, no GNU time) is not judged.
 */
export function checkTargets(catalogues: readonly MeasuredCatalogue[], devLoopMs: number | null): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const catalogue of catalogues) {
    const name = catalogueName(catalogue.corpus);
    const seconds = timeTargets[catalogue.corpus];
    if (seconds !== undefined) checks.push(check(`${name} built in ≤ ${seconds} s`, `${catalogue.build.wall.toFixed(1)} s`, catalogue.build.wall <= seconds));
    if (catalogue.corpus === '1000' || catalogue.corpus === '5000') {
      checks.push(check(`${name}: at most ${maxRatio}× the floor`, `${catalogue.ratio}×`, catalogue.ratio <= maxRatio));
    }
    if (catalogue.corpus === '5000' && catalogue.build.peakMb !== null) {
      checks.push(check(`${name}: peak memory ≤ 2 GB`, `${catalogue.build.peakMb.toLocaleString('en')} MB`, catalogue.build.peakMb <= memoryBudgetMb));
    }
    checks.push(check(`${name}: every agent page with its CSS and JS ≤ ${budgetsKb.agentPage} KB gzip`, `largest ${catalogue.agentPageKbGzip.max} KB`, catalogue.agentPageKbGzip.max <= budgetsKb.agentPage));
    if (catalogue.firstSearchKb !== null) {
      checks.push(check(`${name}: the first search fetches ≤ ${budgetsKb.firstSearch} KB`, `${catalogue.firstSearchKb} KB`, catalogue.firstSearchKb <= budgetsKb.firstSearch));
    }
  }
  const synthetic = catalogues.filter((catalogue) => /^\d+$/.test(catalogue.corpus)).sort((a, b) => Number(a.corpus) - Number(b.corpus));
  for (const [index, larger] of synthetic.entries()) {
    const smaller = synthetic[index - 1];
    if (!smaller) continue;
    const agents = Number(larger.corpus) / Number(smaller.corpus);
    const time = larger.build.wall / smaller.build.wall;
    checks.push(
      check(
        `build time grows no worse than linearly from ${catalogueName(smaller.corpus)} to ${catalogueName(larger.corpus)}`,
        `${time.toFixed(1)}× the time for ${agents.toFixed(agents % 1 === 0 ? 0 : 1)}× the agents`,
        time <= agents,
      ),
    );
  }
  if (devLoopMs !== null) checks.push(check(`npm run dev shows an edited agent file within ${devLoopBudgetMs / 1000} s`, `${devLoopMs} ms`, devLoopMs < devLoopBudgetMs));
  return checks;
}

/** The checks as lines: `✓ target: figure` or `✗ target: figure`. */
export const targetLines = (checks: readonly TargetCheck[]): string[] => checks.map(({ target, measured, met }) => `${met ? '✓' : '✗'} ${target}: ${measured}`);
