import type { AgentExample } from '../agents/extractExamples.ts';
import { slugify } from '../agents/slugify.ts';
import { skills as taxonomy, type Skill } from './taxonomy.ts';

/** Where a skill was found, from strongest to weakest. */
export type SkillSource = 'field' | 'name' | 'summary' | 'examples' | 'heading' | 'intro' | 'body' | 'implied';

export interface SkillMatch {
  skill: Skill;
  /** How strongly the agent has the skill: higher is stronger (the sum of its sources' weights). */
  score: number;
  /** Where it was found, strongest first. */
  sources: SkillSource[];
}

export interface SkillInput {
  name: string;
  summary: string;
  examples: readonly AgentExample[];
  body: string;
  /** The agent's own `tags` and `category` values. */
  declared: readonly string[];
}

/**
 * The weight of the first mention in each place, of each mention after it, and the most a place can give.
 * A skill is the agent's when its score reaches `threshold`: a mention in the name, the summary or the first
 * lines of the prompt is enough; mentions in the rest of a long prompt never are on their own (they add to a
 * heading or an example).
 */
type FoundIn = Exclude<SkillSource, 'implied'>;

const weights: Record<FoundIn, { first: number; more: number; cap: number }> = {
  field: { first: 20, more: 0, cap: 20 },
  name: { first: 12, more: 0, cap: 12 },
  summary: { first: 6, more: 2, cap: 10 },
  examples: { first: 4, more: 1, cap: 6 },
  heading: { first: 3, more: 3, cap: 6 },
  intro: { first: 4, more: 1, cap: 5 },
  body: { first: 1, more: 1, cap: 3 },
};
export const skillThreshold = 4;
/**
 * A setting (see taxonomy.ts) in the examples: the story's, unless several examples tell it; it adds to mentions
 * elsewhere. It counts once per example that names it, however often that one does (a checkout flow's audit names
 * the checkout in its context, its request and its answer).
 */
const settingInExamples = { first: 2, more: 1, cap: 4 };
/** The opening of a system prompt ("You are a senior X engineer with expertise in ...") counts as much as the summary. */
const introLength = 600;

/** Words of a text: letters and digits, keeping `+ # . / -` inside a word (`c++`, `c#`, `node.js`, `ci/cd`, `t-sql`). */
const wordPattern = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}+#./-]*[\p{L}\p{N}+#])?/gu;

function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * What a run of words (lower-case, joined by a space) can be: an alias, in any case (`folded`) or only as written
 * (`exact`, by its written form), and whether it begins a longer alias (`ruby on` of `ruby on rails`), in any case
 * or as written: only such runs are worth growing by a word.
 */
interface AliasRun {
  folded?: Skill[];
  /** Skills this run, in any case, does not name, though it holds one of their aliases (`-phrase`). */
  notFor?: Skill[];
  exact?: Map<string, Skill[]>;
  foldedStart: boolean;
  exactStarts?: Set<string>;
}

/**
 * Words after which a name matched only as written is the ordinary word, a verb: "Search the codebase", "Go through
 * the list", "Spark the imagination", where the skill's name would be followed by a noun ("Go modules", "Search
 * relevance") or by nothing.
 */
const verbFollowers = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'its', 'this', 'these', 'those', 'through']);

/** Runs of words by their lower-case form: one lookup per word of a text, most of which are no alias at all. */
type Matcher = Map<string, AliasRun>;

function entry(matcher: Matcher, key: string): AliasRun {
  let found = matcher.get(key);
  if (!found) matcher.set(key, (found = { foldedStart: false }));
  return found;
}

function addSkill(list: Skill[], skill: Skill): Skill[] {
  if (!list.includes(skill)) list.push(skill);
  return list;
}

function buildMatcher(list: readonly Skill[]): Matcher {
  const matcher: Matcher = new Map();
  for (const skill of list) {
    for (const alias of skill.aliases) {
      const aliasWords = words(alias).map((word) => word.toLowerCase());
      const found = entry(matcher, aliasWords.join(' '));
      found.folded = addSkill(found.folded ?? [], skill);
      for (let n = 1; n < aliasWords.length; n++) entry(matcher, aliasWords.slice(0, n).join(' ')).foldedStart = true;
    }
    for (const phrase of skill.notPhrases) {
      const phraseWords = words(phrase).map((word) => word.toLowerCase());
      const found = entry(matcher, phraseWords.join(' '));
      found.notFor = addSkill(found.notFor ?? [], skill);
      for (let n = 1; n < phraseWords.length; n++) entry(matcher, phraseWords.slice(0, n).join(' ')).foldedStart = true;
    }
    for (const alias of skill.exactAliases) {
      const aliasWords = words(alias);
      const written = aliasWords.join(' ');
      const found = entry(matcher, written.toLowerCase());
      found.exact ??= new Map();
      found.exact.set(written, addSkill(found.exact.get(written) ?? [], skill));
      for (let n = 1; n < aliasWords.length; n++) {
        const start = aliasWords.slice(0, n).join(' ');
        (entry(matcher, start.toLowerCase()).exactStarts ??= new Set()).add(start);
      }
    }
  }
  return matcher;
}

const defaultMatcher = buildMatcher(taxonomy);

/**
 * The skills named in a text, each with its number of mentions. Aliases match whole words; a hyphenated word
 * that is no alias itself is also read as its parts (`PostgreSQL-specific` names PostgreSQL).
 */
export function mentions(text: string, matcher: Matcher = defaultMatcher): Map<Skill, number> {
  const found = new Map<Skill, number>();
  const tokens: string[] = [];
  const folded: string[] = [];
  /** Whether each token is a part of a hyphenated word: aliases matched only as written are ordinary words there. */
  const part: boolean[] = [];
  for (const word of words(text)) {
    const lower = word.toLowerCase();
    tokens.push(word);
    folded.push(lower);
    part.push(false);
    if (word.includes('-') && !matcher.get(lower)?.folded) {
      for (const piece of word.split('-')) {
        if (!piece) continue;
        tokens.push(piece);
        folded.push(piece.toLowerCase());
        part.push(true);
      }
    }
  }
  // Where each skill's last match ends: `Ruby on Rails` is one mention of Ruby on Rails, not two. A phrase that
  // does not name a skill covers it the same way, from its first word.
  const coveredUntil = new Map<Skill, number>();
  // The matches starting at the current word, counted once its longer runs are known: `spark imagination` starts
  // where `Spark` does.
  const starting: { skills: Skill[]; end: number }[] = [];
  const count = (i: number) => {
    for (const { skills, end } of starting) {
      for (const skill of skills) {
        if ((coveredUntil.get(skill) ?? 0) > i) continue;
        coveredUntil.set(skill, end);
        found.set(skill, (found.get(skill) ?? 0) + 1);
      }
    }
    starting.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    // The runs of words starting at word i, grown one word at a time while they begin some longer alias.
    let key = folded[i]!;
    let written = tokens[i]!;
    let growFolded = true;
    let growExact = !part[i];
    for (let n = 1; i + n <= tokens.length && (growFolded || growExact); n++) {
      if (n > 1) {
        key = `${key} ${folded[i + n - 1]}`;
        written = `${written} ${tokens[i + n - 1]}`;
        growExact &&= !part[i + n - 1];
      }
      const run = matcher.get(key);
      if (!run) break;
      if (growFolded && run.folded) starting.push({ skills: run.folded, end: i + n });
      if (growFolded && run.notFor) {
        for (const skill of run.notFor) coveredUntil.set(skill, Math.max(coveredUntil.get(skill) ?? 0, i + n));
      }
      const exact = growExact && !verbFollowers.has(folded[i + n] ?? '') ? run.exact?.get(written) : undefined;
      if (exact) starting.push({ skills: exact, end: i + n });
      growFolded &&= run.foldedStart;
      growExact &&= run.exactStarts?.has(written) ?? false;
    }
    if (starting.length) count(i);
  }
  return found;
}

/** Splits a body into its headings and the rest, the opening apart. */
function bodyParts(body: string): { headings: string; intro: string; rest: string } {
  const headings: string[] = [];
  const prose: string[] = [];
  for (const line of body.split('\n')) (/^\s{0,3}#{1,6}\s/.test(line) ? headings : prose).push(line);
  const text = prose.join('\n');
  return { headings: headings.join('\n'), intro: text.slice(0, introLength), rest: text.slice(introLength) };
}

/**
 * The skills of an agent from the taxonomy, strongest first: found in its name, summary, examples and system
 * prompt, weighted by where (see `weights`), plus the skills its own `tags` or `category` name.
 *
 * @example detectSkills({ name: 'postgres-pro', summary: 'Tunes PostgreSQL.', examples: [], body: '', declared: [] })[0].skill.id // 'postgresql'
 */
export function detectSkills(input: SkillInput, list: readonly Skill[] = taxonomy): SkillMatch[] {
  const matcher = list === taxonomy ? defaultMatcher : buildMatcher(list);
  const { headings, intro, rest } = bodyParts(input.body);
  const places: [FoundIn, string][] = [
    ['field', input.declared.join('\n')],
    ['name', input.name.replace(/[-_]+/g, ' ')],
    ['summary', input.summary],
    ['examples', input.examples.map(exampleText).join('\n')],
    ['heading', headings],
    ['intro', intro],
    ['body', rest],
  ];
  const scores = new Map<Skill, { score: number; sources: SkillSource[] }>();
  for (const [source, text] of places) {
    if (!text) continue;
    const found = source === 'field' ? declaredSkills(input.declared, matcher) : source === 'examples' ? exampleMentions(input.examples, matcher) : mentions(text, matcher);
    for (const [skill, count] of found) {
      const weight = source === 'examples' && skill.setting ? settingInExamples : weights[source];
      const entry = scores.get(skill) ?? { score: 0, sources: [] };
      entry.score += Math.min(weight.cap, weight.first + weight.more * (count - 1));
      entry.sources.push(source);
      scores.set(skill, entry);
    }
  }
  // A skill implies its parents (PostgreSQL > SQL): they are the agent's too, at least at the threshold.
  const byId = new Map(list.map((skill) => [skill.id, skill]));
  for (const [skill, entry] of [...scores]) {
    if (entry.score < skillThreshold) continue;
    for (const parent of skill.implies.map((id) => byId.get(id)).filter((found): found is Skill => found !== undefined)) {
      const existing = scores.get(parent) ?? { score: 0, sources: [] };
      if (existing.score < skillThreshold) scores.set(parent, { score: skillThreshold, sources: [...existing.sources, 'implied'] });
    }
  }
  return [...scores]
    .filter(([, { score }]) => score >= skillThreshold)
    .map(([skill, { score, sources }]) => ({ skill, score, sources }))
    .sort((a, b) => b.score - a.score || a.skill.name.localeCompare(b.skill.name));
}

function exampleText(example: AgentExample): string {
  return [example.context ?? '', ...example.turns.map((turn) => turn.text), example.commentary ?? ''].join('\n');
}

/** The skills the examples name, with their mentions; a setting with the number of examples that name it. */
function exampleMentions(examples: readonly AgentExample[], matcher: Matcher): Map<Skill, number> {
  const found = new Map<Skill, number>();
  for (const example of examples) {
    for (const [skill, count] of mentions(exampleText(example), matcher)) found.set(skill, (found.get(skill) ?? 0) + (skill.setting ? 1 : count));
  }
  return found;
}

/** A declared tag or category names a skill when the whole value is one of its aliases. */
function declaredSkills(declared: readonly string[], matcher: Matcher): Map<Skill, number> {
  const found = new Map<Skill, number>();
  for (const value of declared) {
    const key = words(value).join(' ');
    const run = matcher.get(key.toLowerCase());
    for (const skill of [...(run?.folded ?? []), ...(run?.exact?.get(key) ?? [])]) found.set(skill, 1);
    if (!run?.folded) {
      // `tags: [postgres, k8s]` names two skills; a tag sentence is read like a summary.
      for (const [skill] of mentions(value, matcher)) found.set(skill, 1);
    }
  }
  return found;
}

/** The agent's declared `tags` (a list or a comma-separated string) and `category`, as text. */
export function declaredTags(extra: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const key of ['tags', 'category']) {
    const value = extra[key];
    const listed = typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    // One by one: a spread of a hostile file's thousands of tags would overflow the call stack.
    for (const item of listed) values.push(item);
  }
  return values.filter((value) => slugify(value) !== '');
}
