/**
 * Where a build's time went, read from what `astro build` logs: Astro's own timings of its steps and the
 * catalogue's lines for rendered prompts and the search index. All in seconds.
 */
export interface BuildPhases {
  /** From the process's start until Astro's build begins: Node, Astro and the configuration loading. */
  start: number;
  /** Content sync: reading and parsing the agents, skills, rendering the prompts, writing the data store. */
  contentSync: number;
  /** Rendering the system prompts (within the content sync), or null when none was rendered. */
  prompts: number | null;
  /** Vite bundling the server and client code. */
  vite: number;
  /** Rendering and writing the pages. */
  pages: number;
  /** Building the search index. */
  searchIndex: number;
  /** The rest of the build: between these steps, and waiting for the build worker's files. */
  other: number;
}

const seconds = (value: string, unit: string): number => Number(value) / (unit === 'ms' ? 1000 : 1);
const duration = /(\d+(?:\.\d+)?) ?(ms|s)\b/;

function after(log: string, marker: RegExp, line: RegExp): number | null {
  const start = log.search(marker);
  if (start < 0) return null;
  const match = line.exec(log.slice(start));
  return match ? seconds(match[1]!, match[2]!) : null;
}

/** The phases of a build whose log is `log` and which took `wall` seconds, or null when the log lacks a step. */
export function buildPhases(log: string, wall: number): BuildPhases | null {
  const total = after(log, /page\(s\) built in/, /page\(s\) built in (\d+(?:\.\d+)?)(ms|s)\b/);
  const contentSync = after(log, /Collecting build info/, new RegExp(`Completed in ${duration.source}`));
  const pages = after(log, /generating static routes/, new RegExp(`Completed in ${duration.source}`));
  const searchIndex = after(log, /pages? for search/, new RegExp(`pages? for search .*? in ${duration.source}`));
  const vites = [...log.matchAll(new RegExp(`\\[vite\\] \\S+ built in ${duration.source}`, 'g'))].map((match) => seconds(match[1]!, match[2]!));
  const prompts = after(log, /system prompts? (on|in)/, new RegExp(`system prompts? .*? in ${duration.source}`));
  if (total === null || contentSync === null || pages === null || searchIndex === null || vites.length === 0) return null;
  const vite = vites.reduce((sum, value) => sum + value, 0);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    start: round(wall - total),
    contentSync: round(contentSync),
    prompts: prompts === null ? null : round(prompts),
    vite: round(vite),
    pages: round(pages),
    searchIndex: round(searchIndex),
    other: round(total - contentSync - vite - pages - searchIndex),
  };
}
