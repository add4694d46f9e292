export interface ExampleTurn {
  /** The speaker as written, capitalised: `User`, `Assistant`, `Human`, `Daisy`. */
  speaker: string;
  /** Who speaks: the person asking, or Claude answering. */
  role: 'user' | 'assistant';
  text: string;
}

export interface AgentExample {
  /** The situation the example starts from (`Context:` or `<context>`). */
  context?: string;
  turns: ExampleTurn[];
  /** Why the agent fits (`<commentary>`); several commentaries are joined by a blank line. */
  commentary?: string;
}

const assistantSpeakers = new Set(['assistant', 'claude', 'ai', 'agent']);
/** Speakers recognised anywhere after a space, even in one-line examples. */
const knownLabels = 'context|user|assistant|human|claude|ai|developer|customer';
/** Known speakers after a space, or any capitalised name at the start of a line followed by a quote. */
const label = new RegExp(`(?<=^|\\s)(${knownLabels})\\s*:[ \\t]*|(?<=^|\\n)[ \\t]*([A-Z][A-Za-z]{1,20})\\s*:[ \\t]*(?=["'“‘])`, 'gi');
const closingQuote: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
/** Tags some authors use instead of labels, turned into labels before parsing. */
const tagLabels: [RegExp, string][] = [
  [/<context>([\s\S]*?)(?:<\/context>|$)/gi, 'Context'],
  [/<(?:user|user_request|user_message|request)>([\s\S]*?)(?:<\/(?:user|user_request|user_message|request)>|$)/gi, 'User'],
  [/<(?:assistant|assistant_response|delegation|response)>([\s\S]*?)(?:<\/(?:assistant|assistant_response|delegation|response)>|$)/gi, 'Assistant'],
];

/**
 * Reads the inside of one `<example>` block as a conversation: an optional context, the turns in order
 * (quotes of any kind removed), and the commentary. Handles labels on their own lines or all on one line,
 * `<context>`/`<user_request>`/`<delegation>` tags, several turns, and turns after the commentary.
 *
 * @example parseExample('Context: New API. user: "Add auth" assistant: "I will use the agent" <commentary>fits</commentary>')
 *   // { context: 'New API.', turns: [User "Add auth", Assistant "I will use the agent"], commentary: 'fits' }
 */
export function parseExample(content: string): AgentExample {
  const commentaries: string[] = [];
  let text = content.replace(/<commentary>([\s\S]*?)(?:<\/commentary>|$)/gi, (_, inner: string) => {
    commentaries.push(inner.trim());
    return '\n';
  });
  for (const [tag, speaker] of tagLabels) text = text.replace(tag, (_, inner: string) => `\n${speaker}: ${inner.trim()}\n`);

  const contexts: string[] = [];
  const turns: ExampleTurn[] = [];
  const marks = findLabels(text);
  const lead = text.slice(0, marks[0]?.start ?? text.length).trim();
  if (lead) contexts.push(lead);
  marks.forEach((mark, index) => {
    const value = unquote(text.slice(mark.valueStart, marks[index + 1]?.start ?? text.length).trim());
    const name = mark.name.toLowerCase();
    if (name === 'context') {
      if (value) contexts.push(value);
    } else if (value) {
      turns.push({ speaker: capitalise(mark.name), role: assistantSpeakers.has(name) ? 'assistant' : 'user', text: value });
    }
  });

  const example: AgentExample = { turns };
  if (contexts.length > 0) example.context = contexts.join('\n\n');
  const commentary = commentaries.filter(Boolean).join('\n\n');
  if (commentary) example.commentary = commentary;
  return example;
}

interface LabelMark {
  name: string;
  start: number;
  valueStart: number;
}

/** Finds speaker labels, skipping any that fall inside the quoted text of the turn before. */
function findLabels(text: string): LabelMark[] {
  const candidates = [...text.matchAll(label)].map((match) => ({
    name: (match[1] ?? match[2])!,
    start: match.index,
    valueStart: match.index + match[0].length,
  }));
  const marks: LabelMark[] = [];
  let quotedUntil = -1;
  for (const candidate of candidates) {
    if (candidate.start < quotedUntil) continue;
    marks.push(candidate);
    quotedUntil = endOfQuote(text, candidate.valueStart, candidates);
  }
  return marks;
}

/**
 * When a turn opens with a quote, the offset of its closing quote: the first matching quote that is followed
 * only by space and then another label, a tag or the end. Apostrophes (`I'll`) are not followed by space.
 */
function endOfQuote(text: string, from: number, candidates: readonly LabelMark[]): number {
  const close = closingQuote[text[from] ?? ''];
  if (!close) return -1;
  const starts = new Set(candidates.map((candidate) => candidate.start));
  for (let i = text.indexOf(close, from + 1); i !== -1; i = text.indexOf(close, i + 1)) {
    let next = i + 1;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next === text.length || text[next] === '<' || starts.has(next) || starts.has(next - 1)) return i;
  }
  return -1;
}

function unquote(text: string): string {
  const close = closingQuote[text[0] ?? ''];
  return close && text.length >= 2 && text.endsWith(close) ? text.slice(1, -1).trim() : text;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
