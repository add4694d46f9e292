/**
 * `npm run bench [-- 100,1000,5000,corpora] [--runs 3] [--no-browser]`: builds seeded synthetic catalogues of N agents
 * (and, with `corpora`, a copy of the real agent files of ../shared/corpora) and measures,
 * in one run, the full build (pages and search index: wall time, CPU time, peak memory of the largest process,
 * and where the time went: start, content sync and its prompt rendering, Vite, pages, search index),
 * the floor (bench/floor.ts on the same files) and our ratio to it, a warm rebuild after one agent file changes,
 * and the output: total and search index size, an agent page's HTML, the CSS and JavaScript it loads before search
 * is opened, and what the first search query fetches (in Chromium, when it is installed). With `--runs N`, the cold
 * build and the floor run N times each and the run of median wall time counts (this machine's runs vary by about
 * 10%); the table then shows the range. Prints a table and which of the targets (bench/targets.ts) the figures
 * meet, and writes bench/results/<date>.json.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPhases, type BuildPhases } from './buildPhases.ts';
import { copyCorpus, generateCorpus } from './generateCorpus.ts';
import { devLoopMs } from './devLoop.ts';
import { firstSearchBytes } from './firstSearch.ts';
import { pageWeight } from './pageWeight.ts';
import { catalogueName, checkTargets, targetLines } from './targets.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
/** The catalogues to measure, separated by commas: a number of synthetic agents, or `corpora`. */
const catalogueList = /^(\d+|corpora)(,(\d+|corpora))*$/;
const corpusNames = (args.find((arg, index) => catalogueList.test(arg) && args[index - 1] !== '--runs') ?? '1000').split(',');
const unknown = args.filter((arg, index) => !catalogueList.test(arg) && arg !== '--no-browser' && arg !== '--runs' && args[index - 1] !== '--runs');
/** Stops with a message for the person who ran the bench (a usage error is no crash). */
function usage(message: string): never {
  console.error(message);
  process.exit(2);
}
if (unknown.length > 0) usage(`npm run bench takes sizes (100,1000,5000 or corpora), --runs N and --no-browser, not ${unknown.join(' ')}.`);
const corporaSource = join(root, '..', 'shared', 'corpora');
if (corpusNames.includes('corpora') && !existsSync(corporaSource)) usage(`The corpora are not beside the project (no ${corporaSource}): put the shared folder beside it, or measure without \`corpora\`.`);
const useBrowser = !args.includes('--no-browser');
const runsArg = args.indexOf('--runs');
const runs = runsArg < 0 ? 1 : Number(args[runsArg + 1]);
if (!Number.isInteger(runs) || runs < 1 || runs > 9) usage(`--runs takes a number of runs from 1 to 9, not ${args[runsArg + 1] ?? 'nothing'}.`);
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Timed {
  wall: number;
  cpu: number | null;
  peakMb: number | null;
  /** What the command wrote (not kept in the results file). */
  log: string;
}

/** Runs a command with the project's Node, measured by GNU time when the machine has it. */
function timed(script: string[], env: Record<string, string>): Timed {
  const report = join(root, 'bench', '.time');
  const command = timeTool ? [timeTool, '-f', '%e %U %S %M', '-o', report, process.execPath, ...script] : [process.execPath, ...script];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${script.join(' ')} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const log = run.stdout + run.stderr;
  if (!timeTool) return { wall, cpu: null, peakMb: null, log };
  const [elapsed, user, system, maxKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(report, { force: true });
  return { wall: elapsed!, cpu: user! + system!, peakMb: Math.round(maxKb! / 1024), log };
}

/** A command's figures, without what it wrote (kept out of the results file). */
const figures = <T extends Timed>({ log: _, ...measured }: T): Omit<T, 'log'> => measured;

/** The command run `runs` times (after `prepare` each time): the run of median wall time, and the range of all. */
function medianRun(run: () => Timed, prepare: () => void): Timed & { range: [number, number] } {
  const all: Timed[] = [];
  for (let n = 0; n < runs; n++) {
    prepare();
    all.push(run());
  }
  const walls = all.map((timed) => timed.wall);
  return { ...[...all].sort((a, b) => a.wall - b.wall)[Math.floor(runs / 2)]!, range: [Math.min(...walls), Math.max(...walls)] };
}

/**
 * Moves a folder out of the way (into bench/.trash, emptied once the builds are measured) instead of deleting it. This
 * machine's disk is ext4 without a journal, whose allocator skips the inodes of files deleted in the last minute or
 * more, one by one, for every file it creates: a build run right after deleting thousands of files spends seconds
 * of kernel time on it (3–5 s of CPU at 1,000 agents), which a build in a fresh clone does not.
 */
const trash = join(root, 'bench', '.trash');
function setAside(folder: string): void {
  if (!existsSync(folder)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(folder, join(trash, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
}

/** The first agent file of a corpus (a README is none). */
function firstAgentFile(corpus: string): string {
  const files = (readdirSync(corpus, { recursive: true }) as string[]).filter((path) => path.endsWith('.md') && !/(^|\/)readme\.md$/i.test(path)).sort();
  if (files.length === 0) throw new Error(`No agent file in ${corpus}.`);
  return files[0]!;
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** A median run's wall time in seconds (`unit` after it), with the range of its runs when there were several. */
const wallCell = ({ wall, range: [least, most] }: { wall: number; range: [number, number] }, unit = ''): string =>
  `${wall.toFixed(1)}${unit}${runs === 1 ? '' : ` (${least.toFixed(1)}–${most.toFixed(1)})`}`;
const seconds = (run: { wall: number; range: [number, number] }): string => wallCell(run, ' s');
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Result {
  /** The catalogue: its number of synthetic agents, or `corpora`. */
  corpus: string;
  /** Its agents (pages built). */
  agents: number;
  /** Synthetic files written not valid YAML (null for the corpora). */
  invalidYaml: number | null;
  /** How many times the cold build and the floor ran: their figures are those of the run of median wall time. */
  runs: number;
  build: Omit<Timed, 'log'> & { range: [number, number] };
  /** Where the build's time went (see buildPhases.ts), or null when its log could not be read. */
  phases: BuildPhases | null;
  floor: Omit<Timed, 'log'> & { range: [number, number] };
  ratio: number;
  warmRebuild: number;
  outputMb: number;
  searchIndexMb: number;
  agentPageHtmlKb: { median: number; max: number };
  agentPageKbGzip: { median: number; max: number; css: number; js: number };
  firstSearchKb: number | null;
  firstSearchFiles: { path: string; bytes: number }[];
}

const results: Result[] = [];
for (const name of corpusNames) {
  const corpus = join(root, 'bench', 'corpus', name);
  const out = join(root, 'bench', 'out', name);
  const cache = join(root, 'bench', '.cache', name);
  let invalidYaml: number | null = null;
  // The corpora are copied: the rebuild below changes one file.
  if (name === 'corpora') copyCorpus(corporaSource, corpus);
  else invalidYaml = generateCorpus(corpus, { count: Number(name) }).invalidYaml;
  // MALLOC_ARENA_MAX and MIMALLOC_ALLOW_THP as `npm run build` sets them (see package.json).
  const env = { AGENTS_DIR: corpus, DOCS_DIR: 'none', SITE_URL: 'https://bench.example', CATALOG_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', MIMALLOC_ALLOW_THP: '0' };
  const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out];
  process.stdout.write(`${catalogueName(name)}: build… `);
  // Each cold build starts with no output and no cache; the warm rebuild below reuses the last one's.
  const build = medianRun(
    () => timed(astro, env),
    () => {
      setAside(out);
      setAside(cache);
    },
  );
  process.stdout.write(`${seconds(build)}; warm rebuild… `);
  // One agent file changes, as in a pull request.
  const changed = join(corpus, firstAgentFile(corpus));
  appendFileSync(changed, '\nAlways state the trade-offs of each option.\n');
  const warm = timed(astro, env);
  process.stdout.write(`${warm.wall.toFixed(1)} s; floor… `);
  const floorOut = join(root, 'bench', 'out', `${name}-floor`);
  const floor = medianRun(
    () => timed(['bench/floor.ts', corpus, floorOut], {}),
    () => setAside(floorOut),
  );
  console.log(seconds(floor));

  const agentPages = readdirSync(join(out, 'agents'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(out, 'agents', entry.name, 'index.html')))
    .map((entry) => `agents/${entry.name}/index.html`);
  const htmlSizes = agentPages.map((page) => statSync(join(out, page)).size);
  const weights = agentPages.map((page) => pageWeight(out, page));
  const typical = weights[htmlSizes.indexOf(median(htmlSizes))]!;
  const search = useBrowser ? await firstSearchBytes(out, agentPages[0]!.replace(/index\.html$/, '')) : null;
  results.push({
    corpus: name,
    agents: agentPages.length,
    invalidYaml,
    runs,
    build: figures(build),
    phases: buildPhases(build.log, build.wall),
    floor: figures(floor),
    ratio: Math.round((build.wall / floor.wall) * 100) / 100,
    warmRebuild: warm.wall,
    outputMb: mb(folderBytes(out)),
    searchIndexMb: mb(folderBytes(join(out, 'pagefind'))),
    agentPageHtmlKb: { median: kb(median(htmlSizes)), max: kb(Math.max(...htmlSizes)) },
    agentPageKbGzip: { median: kb(median(weights.map((weight) => weight.total))), max: kb(Math.max(...weights.map((weight) => weight.total))), css: kb(typical.css), js: kb(typical.js) },
    firstSearchKb: search ? kb(search.total) : null,
    firstSearchFiles: search?.files ?? [],
  });
  setAside(floorOut);
}

// The outputs set aside are not needed any more; `astro dev` below would otherwise find them in the project.
rmSync(trash, { recursive: true, force: true });
process.stdout.write('dev loop: an edited agent file reaches its page in… ');
const devLoop = await devLoopMs(root);
console.log(`${devLoop} ms`);

/** The phases of a build, as rows of the table. */
const phaseRows: [string, keyof BuildPhases][] = [
  ['  start: Node, Astro, configuration (s)', 'start'],
  ['  content sync (s)', 'contentSync'],
  ['    of which rendering prompts (s)', 'prompts'],
  ['  Vite (s)', 'vite'],
  ['  pages (s)', 'pages'],
  ['  search index (s)', 'searchIndex'],
  ['  other (s)', 'other'],
];

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const rows = [
  ['agents', ...results.map((r) => (r.corpus === 'corpora' ? `corpora (${r.agents})` : r.corpus))],
  [runs === 1 ? 'build, wall (s)' : `build, wall, median of ${runs} (s)`, ...results.map((r) => wallCell(r.build))],
  ['build, CPU (s)', ...results.map((r) => r.build.cpu?.toFixed(1) ?? 'n/a')],
  ['build, peak memory (MB)', ...results.map((r) => String(r.build.peakMb ?? 'n/a'))],
  ...phaseRows.map(([label, phase]) => [label, ...results.map((r) => (r.phases?.[phase] ?? null)?.toFixed(1) ?? 'n/a')]),
  [runs === 1 ? 'floor, wall (s)' : `floor, wall, median of ${runs} (s)`, ...results.map((r) => wallCell(r.floor))],
  ['ours / floor', ...results.map((r) => `${r.ratio}×`)],
  ['warm rebuild, one file changed (s)', ...results.map((r) => r.warmRebuild.toFixed(1))],
  ['output (MB)', ...results.map((r) => String(r.outputMb))],
  ['search index (MB)', ...results.map((r) => String(r.searchIndexMb))],
  ['agent page HTML, median / max (KB)', ...results.map((r) => `${r.agentPageHtmlKb.median} / ${r.agentPageHtmlKb.max}`)],
  ['agent page + CSS + JS, gzip, median / max (KB)', ...results.map((r) => `${r.agentPageKbGzip.median} / ${r.agentPageKbGzip.max}`)],
  ['  of which CSS / JS (KB)', ...results.map((r) => `${r.agentPageKbGzip.css} / ${r.agentPageKbGzip.js}`)],
  ['first search query fetches, gzip (KB)', ...results.map((r) => (r.firstSearchKb === null ? 'n/a' : String(r.firstSearchKb)))],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const table = rows.map((row) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`);
table.splice(1, 0, `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
console.log(`\n${machine}\n\n${table.join('\n')}\n\nnpm run dev: an edited agent file reaches its page in ${devLoop} ms.\n`);
console.log(`Targets (for a 2-core machine like the README's):\n${targetLines(checkTargets(results, devLoop)).map((line) => `  ${line}`).join('\n')}\n`);

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const file = join(root, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}.json`);
// Results of other catalogues measured earlier the same day stay (files of before 2026-12-02 have no `corpus`).
type Stored = Omit<Result, 'corpus'> & { corpus?: string };
const corpusOf = (result: Stored) => result.corpus ?? String(result.agents);
const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results: Stored[] }).results.filter((r) => !corpusNames.includes(corpusOf(r))) : [];
const order = (result: Stored) => (corpusOf(result) === 'corpora' ? Infinity : result.agents);
const kept = [...earlier, ...results].sort((a, b) => order(a) - order(b));
// The targets over every catalogue the file holds, as they would print had they been measured together.
const targets = checkTargets(kept.map((result) => ({ ...result, corpus: corpusOf(result) })), devLoop);
writeFileSync(file, `${JSON.stringify({ machine, date: new Date().toISOString(), devLoopMs: devLoop, results: kept, targets }, null, 2)}\n`);
console.log(`Written to ${relative(root, file)}.`);
