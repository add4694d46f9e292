import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';

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
 * Highlights the code blocks of sanitised HTML: each `<pre><code class="language-…">` holding nothing but text
 * (as the sanitiser writes it) becomes Prism's tokens, as `<span class="token …">` around escaped text. It runs
 * after sanitising, on purpose: what it adds is built from the block's text by Prism, which escapes it, so the
 * token spans never pass through the sanitiser (they were most of its work). Blocks without a language, in plain
 * text or in a language Prism does not have, keep their text as it is; every block becomes scrollable by keyboard.
 * Punctuation is left plain, and the line break that ends every block is dropped.
 *
 * @example highlightCode('<pre><code class="language-js">let a = 1;</code></pre>').html
 *   // '<pre tabindex="0"><code class="language-js"><span class="token keyword">let</span> a …'
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
      // Punctuation keeps the colour of the text around it: its spans would be a third of a page's code markup.
      if (grammar) code = Prism.highlight(decode(text), grammar, language).replace(/<span class="token punctuation">([^<]*)<\/span>/g, '$1');
    } catch {
      // A grammar that fails on this text: the block stays plain, and is reported with the unknown ones.
      unknownLanguages.push(name);
    }
    return `<pre tabindex="0"><code class="language-${fence}">${code}</code></pre>`;
  });
  return { html: highlighted, unknownLanguages };
}
