/**
 * Words a reader puts around what they look for when they ask in a sentence: "who knows PostgreSQL?", "which agent
 * can review Terraform", "agent for accessibility audits". Search finds only the pages that have every word of a
 * query (or a word of the same stem), so these words narrow the results to the pages that happen to have them (an
 * agent's page seldom has "who" and "knows" besides PostgreSQL), and rank first the agents named with them
 * (`ai-agent-audit-specialist` for "agent"). A query is searched without them.
 */
const fillerWords = new Set(
  [
    // Questions, and the verbs they are asked with.
    'who whom whose which what where how why',
    'can could should would will do does did is are was were be has have',
    'know knows need needs want wants',
    // Small words around them.
    'a an the for with about in on of to at by from and or',
    'i me my we us our you your it its that this there any some someone somebody anyone anybody please',
    // The catalogue's own nouns: every page of it is about an agent.
    'agent agents subagent subagents',
  ].flatMap((line) => line.split(' ')),
);

/** A word as the list above holds it: lower case, without punctuation ("PostgreSQL?" → "postgresql"). */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A filler word, unless written in capitals: "IT", "US" and "CAN" (the bus) are names, not filler. */
const isFiller = (word: string): boolean => fillerWords.has(bare(word)) && !/^\p{Lu}{2,}$/u.test(word.replace(/[^\p{L}]/gu, ''));

/** A query split into the words it searches for and the filler words it leaves out. */
export interface SearchWords {
  /** The words searched for, without the punctuation that ends a sentence ("PostgreSQL?" → "PostgreSQL"). */
  term: string;
  /** The filler words left out, as typed. */
  leftOut: string;
}

/**
 * The words of a query to search for, without its filler words; null when it has none, when nothing else is left
 * ("who can help?" is searched as typed), or when it quotes a phrase (a quote asks for those words exactly).
 *
 * @example searchWords('who knows PostgreSQL?') // { term: 'PostgreSQL', leftOut: 'who knows' }
 * @example searchWords('kubernetes operator') // null
 */
export function searchWords(query: string): SearchWords | null {
  if (/["“”]/.test(query)) return null;
  const words = query.split(/\s+/).filter((word) => bare(word) !== '');
  const kept = words.filter((word) => !isFiller(word));
  if (kept.length === 0 || kept.length === words.length) return null;
  return {
    term: kept.map((word) => word.replace(/[?!.,;:]+$/, '')).join(' '),
    leftOut: words.filter(isFiller).map((word) => word.replace(/[^\p{L}\p{N}'’-]+$/u, '')).join(' '),
  };
}

/** Whether a word of a query has a letter or digit: a search for punctuation alone finds nothing. */
export function hasLetters(word: string): boolean {
  return bare(word) !== '';
}

/**
 * The part of a word of a page, found by a search for a query's word, that starts with it ("special" finds
 * "kubernetes-specialist."; the part is "specialist"), or null when none does. Search finds a word by its start
 * ("kuber" finds Kubernetes); a word that no page has, nor any word starting with it, it searches as the longest
 * start of it that some page has: "has" for "haskell", "per" for "perl". The words found then do not start with the
 * query's.
 *
 * @example wordStartingWith('kubernetes-specialist.', 'special') // 'specialist'
 * @example wordStartingWith('Kubernetes.', 'kuber') // 'Kubernetes'
 * @example wordStartingWith('has', 'haskell') // null
 */
export function wordStartingWith(found: string, word: string): string | null {
  const wanted = bare(word);
  const part = found.split(/[^\p{L}\p{N}]+/u).find((part) => bare(part).startsWith(wanted));
  if (part) return part;
  // A word written with punctuation inside ("next.js" for "Next.js,"): the page's word without what surrounds it.
  return bare(found).startsWith(wanted) ? found.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') : null;
}

/** Whether a word of a page found for a query's word is that word itself, give or take case and punctuation. */
export function isWord(found: string, word: string): boolean {
  const wanted = bare(word);
  return [found, ...found.split(/[^\p{L}\p{N}]+/u)].some((part) => bare(part) === wanted);
}
