import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { escapeText } from './escapeMarkup.ts';

/**
 * Fence names that mean "no language": shown as plain text, and not reported as unknown.
 */
const plainText = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output', 'none', 'nohighlight', 'ascii', 'log']);

/** Fence names Prism has no grammar for, written as the closest one it has. */
const aliases: Record<string, string> = {
  vue: 'markup',
  svelte: 'markup',
  xhtml: 'markup',
  env: 'bash',
  dotenv: 'bash',
  zsh: 'bash',
  console: 'shell-session',
  terminal: 'shell-session',
  jsonc: 'json',
  jsonl: 'json',
  ndjson: 'json',
  dockerfile: 'docker',
  tf: 'hcl',
  terraform: 'hcl',
  mjs: 'javascript',
  cjs: 'javascript',
  mts: 'typescript',
  cts: 'typescript',
  golang: 'go',
  'c++': 'cpp',
  'c#': 'csharp',
  'f#': 'fsharp',
  ps1: 'powershell',
  pwsh: 'powershell',
  mermaid: '',
};

/** Languages asked for that Prism does not have (so that they are looked up once). */
const missing = new Set<string>();
loadLanguages.silent = true;

/** Prism's grammar for a fence's language name, loaded on first use, or undefined when it has none. */
function grammarOf(language: string): Prism.Grammar | undefined {
  // `Prism.languages` also holds its helper functions (`extend`, `insertBefore`, `DFS`): only objects are grammars.
  const own = (): Prism.Grammar | undefined => {
    const grammar: unknown = Object.hasOwn(Prism.languages, language) ? Prism.languages[language] : undefined;
    return grammar !== null && typeof grammar === 'object' ? (grammar as Prism.Grammar) : undefined;
  };
  const loaded = own();
  if (loaded || missing.has(language)) return loaded;
  try {
    loadLanguages([language]);
  } catch {
    // Prism's list of components also names things that are not languages (`meta`): loading one throws.
  }
  const grammar = own();
  if (!grammar) missing.add(language);
  return grammar;
}

/**
 * A fence's info word as a language name: lower case, without trailing punctuation (```` ```markdown, ````),
 * then the grammar it stands for. `name` is what the reader sees; `grammar` is '' for plain text.
 */
export function codeLanguage(fence: string): { name: string; grammar: string } {
  const name = fence.toLowerCase().replace(/[,;:.]+$/, '');
  const grammar = Object.hasOwn(aliases, name) ? aliases[name]! : name;
  return { name, grammar: plainText.has(grammar) ? '' : grammar };
}

export interface HighlightedCode {
  /** The HTML with its code blocks highlighted. */
  html: string;
  /** The language of each code block Prism has no grammar for, once per block (shown as plain text). */
  unknownLanguages: string[];
}

const decode = (text: string): string => text.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);

/**
 * The short class of each colour group of Prism's token types (GitHub's colours, in src/styles/global.css), in the
 * stylesheet's order: a token with types of two groups takes the later, as the stylesheet's later rule won when
 * tokens carried Prism's own classes (`token keyword`, three times the bytes).
 */
const colourGroups: [string, string[]][] = [
  ['c', ['comment', 'prolog', 'doctype', 'cdata']],
  ['k', ['keyword', 'operator', 'important', 'rule', 'shebang']],
  ['s', ['string', 'char', 'attr-value', 'regex', 'template-string', 'url']],
  ['f', ['function', 'function-name']],
  ['v', ['class-name', 'variable', 'namespace', 'selector']],
  ['n', ['number', 'boolean', 'constant', 'builtin', 'property', 'symbol', 'attr-name', 'entity', 'title', 'code']],
  ['t', ['tag', 'key']],
  ['del', ['deleted']],
  ['ins', ['inserted']],
];
const colourOf = new Map(colourGroups.flatMap(([group, types], order) => types.map((type) => [type, { group, order }] as const)));
/** In JSON, keys are coloured as tags and the colon is left plain. */
const jsonColour: Record<string, string | null> = { property: 't', operator: null };
const fontOf: Record<string, string> = { bold: 'b', title: 'b', italic: 'i' };

/** The classes of a token of these types (its type and aliases), or '' for none: the token is then left unwrapped. */
function tokenClasses(types: string[], json: boolean): string {
  let colour: { group: string | null; order: number } | undefined;
  for (const type of types) {
    const found = json && Object.hasOwn(jsonColour, type) ? { group: jsonColour[type]!, order: colourGroups.length } : colourOf.get(type);
    if (found && (!colour || found.order >= colour.order)) colour = found;
  }
  const fonts = [...new Set(types.flatMap((type) => fontOf[type] ?? []))];
  return [colour?.group ?? [], ...fonts].flat().join(' ');
}

/**
 * Prism's tokens as HTML: each coloured token a span of its short classes around its escaped text; a token whose
 * classes are those of the span around it, or that has none (punctuation, interpolation), is left unwrapped and
 * keeps the colour around it.
 */
function tokensHtml(stream: Prism.TokenStream, json: boolean, around = ''): string {
  if (typeof stream === 'string') return escapeText(stream);
  if (Array.isArray(stream)) return stream.map((part) => tokensHtml(part, json, around)).join('');
  const types = [stream.type, ...(stream.alias === undefined ? [] : [stream.alias].flat())];
  const classes = tokenClasses(types, json);
  const inner = tokensHtml(stream.content, json, classes || around);
  return classes === '' || classes === around ? inner : `<span class="${classes}">${inner}</span>`;
}

/** Code highlighted as `Prism.highlight` does it (with the hooks of languages that embed others), in short classes. */
function highlight(code: string, grammar: Prism.Grammar, language: string): string {
  const env: Prism.Environment = { code, grammar, language };
  Prism.hooks.run('before-tokenize', env);
  env['tokens'] = Prism.tokenize(env.code!, env.grammar!);
  Prism.hooks.run('after-tokenize', env);
  return tokensHtml(env['tokens'] as Prism.TokenStream, language === 'json');
}

/**
 * Highlights the code blocks of sanitised HTML: each `<pre><code class="language-…">` holding nothing but text
 * (as the sanitiser writes it) becomes Prism's tokens, as spans of short classes (see `colourGroups`) around
 * escaped text. It runs after sanitising, on purpose: what it adds is built from the block's text, escaped here,
 * so the token spans never pass through the sanitiser (they were most of its work). Blocks without a language, in
 * plain text or in a language Prism does not have, keep their text as it is; every block becomes scrollable by
 * keyboard. Tokens without a colour of their own (punctuation) are left plain, and the line break that ends every
 * block is dropped.
 *
 * @example highlightCode('<pre><code class="language-js">let a = 1;</code></pre>').html
 *   // '<pre tabindex="0"><code class="language-js"><span class="k">let</span> a <span class="k">=</span> …'
 */
export function highlightCode(html: string): HighlightedCode {
  const unknownLanguages: string[] = [];
  const highlighted = html.replace(/<pre><code(?: class="language-([^"\s]+)")?>([^<]*?)\n?<\/code><\/pre>/g, (_, fence: string | undefined, text: string) => {
    if (fence === undefined) return `<pre tabindex="0"><code>${text}</code></pre>`;
    const { name, grammar: language } = codeLanguage(fence);
    const grammar = language === '' ? undefined : grammarOf(language);
    if (language !== '' && !grammar) unknownLanguages.push(name);
    let code = text;
    try {
      if (grammar) code = highlight(decode(text), grammar, language);
    } catch {
      // A grammar that fails on this text: the block stays plain, and is reported with the unknown ones.
      unknownLanguages.push(name);
    }
    return `<pre tabindex="0"><code class="language-${fence}">${code}</code></pre>`;
  });
  return { html: highlighted, unknownLanguages };
}
