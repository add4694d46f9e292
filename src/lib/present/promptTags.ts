import { hiddenRuns, revealedParts } from '../agents/hiddenCharacters.ts';
import { escapeText } from './escapeMarkup.ts';
import { graphicsRoots, keptAsMarkup } from './htmlAllowlist.ts';

/**
 * What a system prompt says that HTML would not show: its comments, tags that are not HTML, and HTML that the page
 * does not render or that the prompt names as a word.
 *
 * Comments (`<!-- … -->`) are hidden on a web page, yet Claude reads them: they mark a prompt's parts
 * (`<!-- <requirements> -->`), credit its author, or could carry instructions a reader would never see. They are
 * shown as code: what Claude reads, the reader sees.
 *
 * Tags in a system prompt that are not HTML. Prompts are written for Claude, and structure their text with tags
 * of their own (`<role>`, `<instructions>`, `<example>`) or hold placeholders (`<currentVersion>`, `<value>`).
 * Markdown takes both for raw HTML, and a sanitiser then drops them as unknown elements: "from <currentVersion> to
 * <targetVersion>" read "from  to ". A tag whose name is not an HTML element is the prompt's text, and is shown so.
 *
 * HTML the page does not render (`<script>`, `<form>`, `<button>`), and HTML named in prose ("not a <div> soup"),
 * is text to Claude too, and is shown as written (see `alwaysText` and `tagsAsText`); a sanitiser would drop it,
 * with all that a `<script>` or `<textarea>` holds.
 */

/** HTML's elements, current and obsolete, and the roots of SVG and MathML (whose parts, such as `path`, are not here). */
const htmlElements = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
    'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe ' +
    'image img input ins isindex kbd keygen label legend li link listing main map mark marquee math menu menuitem meta ' +
    'meter multicol nav nextid nobr noembed noframes noscript object ol optgroup option output p param picture plaintext ' +
    'portal pre progress q rb rp rt rtc ruby s samp script search section select slot small source spacer span strike ' +
    'strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var ' +
    'video wbr xmp'
  ).split(' '),
);

/** Whether a tag name is an HTML element's (in any case). */
export const isHtmlElement = (name: string): boolean => htmlElements.has(name.toLowerCase());

/** A tag as Markdown reads raw HTML: `<name`, or `</name`, then a space, `/`, `>` or the end of the line. */
const tagStart = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/;

/** Elements HTML gives no end tag. */
const voidElements = new Set('area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(' '));

/**
 * Elements Markdown's renderer writes itself (see `markdownTag` in sanitizeBody.ts): a prompt's own tag of one of
 * these names cannot be told from the renderer's in the rendered HTML, and so is never taken for a word.
 */
const rendererElements = new Set('a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre section strong sup table tbody td th thead tr ul'.split(' '));

/**
 * Whether the page pairs an element's tags to know its markup from its words: one the page keeps, with an end tag,
 * that only a prompt writes (`div`, `span`, `details`, `kbd`…). Opened and never closed ("a <div> soup"), or closed
 * and never opened, its tag is a word of the prompt; a browser would hide it, and take what follows into it.
 */
const pairedElement = (name: string): boolean => keptAsMarkup(name) && !voidElements.has(name) && !rendererElements.has(name) && !graphicsRoots.has(name);

/** Whether an `<input>` tag is a checkbox (as a task list's are), the one kind the page keeps. */
const isCheckbox = (attributes: string): boolean => /\stype\s*=\s*["']?checkbox\b/i.test(attributes);

/**
 * Whether a tag, wherever it stands, is text on the page rather than markup: a tag that is not HTML; an HTML
 * element the page does not render (`<script>`, `<button>`, `<nav>`, `<style>`…), which Claude reads as written and
 * a sanitiser would drop; an `<input>` that is not a checkbox; an `<a>` with nothing in it. (A paired element left
 * unpaired is decided where the pairs are known.)
 */
function alwaysText(name: string, closing: boolean, attributes: string): boolean {
  const lower = name.toLowerCase();
  if (!isHtmlElement(lower) || !keptAsMarkup(lower)) return true;
  if (lower === 'input') return closing || !isCheckbox(attributes);
  // "<a> for navigation": a link with no address, no name and no id links nowhere (the renderer's have an address).
  return lower === 'a' && !closing && attributes.trim() === '';
}

/** Elements whose content an HTML parser reads as text up to their end tag: in a prompt, code as written. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/**
 * The Markdown of a prompt with what a page would hide or drop of its raw HTML made text, outside fenced code, so
 * that Markdown shows it as written (see `tagsAsText` for the rest, in the rendered HTML):
 *
 * - A block of markup the page does not render (`<form>`, `<style>`, `<script>`…) that stands on lines of its own,
 *   after a blank line, becomes a fenced code block of HTML, up to the blank line that ends it as Markdown reads it
 *   (or to the end tag of a `<script>` or `<style>`).
 * - Any other tag that opens a line (after a quote's `>` or a list item's marker) and is shown as text (see
 *   `alwaysText`; or a `<div>` never closed) is written as inline code (or escaped, when it does not end on its
 *   line): Markdown would otherwise take the lines after it as raw HTML, up to the next blank line, where a
 *   prompt's own tags (`<role>`) hold Markdown.
 *
 * A line indented four spaces or more is left as it is, as it may be code (`tagsAsText` shows its tags as text all
 * the same).
 *
 * @example textTagLines('<role>\nYou are **terse**.\n</role>') // '`<role>`\nYou are **terse**.\n`</role>`'
 */
export function textTagLines(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  let fence: { char: string; length: number } | null = null;
  let lowerMarkdown: string | undefined;
  /** Where each element's last end tag is: one search per name, however many lines open one. */
  const lastClose = new Map<string, number>();
  /** Whether an end tag of the element follows a point of the prompt. */
  const closedAfter = (name: string, from: number) => {
    const lower = name.toLowerCase();
    let last = lastClose.get(lower);
    if (last === undefined) lastClose.set(lower, (last = (lowerMarkdown ??= markdown.toLowerCase()).lastIndexOf(`</${lower}`)));
    return last >= from;
  };
  const lines = markdown.split('\n');
  const out: string[] = [];
  // Within a block of HTML that Markdown passes on as it is (up to a blank line), a tag written as inline code would
  // show its backticks: the tags there are left to `tagsAsText`.
  let inHtmlBlock = false;
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (inHtmlBlock) {
      inHtmlBlock = line.trim() !== '';
      out.push(line);
      continue;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '') fence = null;
      out.push(line);
      continue;
    }
    if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length };
      out.push(line);
      continue;
    }
    const lead = /^((?: {0,3}> ?)*(?: *(?:[-*+]|\d{1,9}[.)]) +| {0,3}))(?=<)/.exec(line)?.[1];
    const rest = lead === undefined ? '' : line.slice(lead.length);
    const name = tagStart.exec(rest)?.[1];
    if (lead === undefined || !name) {
      out.push(line);
      continue;
    }
    const closing = rest.startsWith('</');
    const tagText = /^<[^<>`]*>/.exec(rest)?.[0];
    const text = alwaysText(name, closing, tagText ?? rest);
    const word = !text && !closing && pairedElement(name.toLowerCase()) && !closedAfter(name, offset + lead.length + 1);
    if (!text && !word) {
      inHtmlBlock = lead.trim() === '' && opensHtmlBlock(name, rest, i === 0 || lines[i - 1]!.trim() === '');
      out.push(line);
      continue;
    }
    const blockStart = text && isHtmlElement(name) && lead.trim() === '' && (i === 0 || lines[i - 1]!.trim() === '');
    const block = blockStart ? markupBlockEnd(lines, i, name, closing, closedAfter, offset) : null;
    if (block !== null) {
      const shown = lines.slice(i, block);
      // One backtick more than the longest run in the block (a reduce: a spread of a hostile file's runs would
      // overflow the call stack).
      const ticks = '`'.repeat(shown.reduce((most, part) => (part.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length + 1), most), 3));
      out.push(`${ticks}html`, ...shown, ticks);
      for (; i < block - 1; i++) offset += lines[i]!.length + 1;
      continue;
    }
    // As inline code when the tag ends on the line, as `tagsAsText` writes the others; else escaped.
    out.push(tagText ? `${lead}\`${tagText}\`${rest.slice(tagText.length)}` : `${lead}\\${rest}`);
  }
  return out.join('\n');
}

/**
 * CommonMark's block-level elements: a line that starts with one of their tags opens a block of HTML, even within a
 * paragraph, up to the next blank line.
 */
const blockElements = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul').split(' '),
);

/**
 * Whether a line that starts with a tag the page keeps opens a block of HTML, as Markdown reads it: the tag of a
 * block-level element, or, after a blank line, any tag alone on its line.
 */
function opensHtmlBlock(name: string, rest: string, afterBlank: boolean): boolean {
  return blockElements.has(name.toLowerCase()) || (afterBlank && /^<[^<>]*>[ \t]*$/.test(rest));
}

/**
 * Where a block of markup the page does not render ends (the index of the line after it), or null when the line
 * that starts with its tag is prose ("<button> labels must be verbs.") or the tag is never closed (a `<script>` of
 * prose): the block of a `<script>`, `<style>` or another element whose content is text to its end tag runs to the
 * line of that tag; any other, whose first line ends with a tag too (`<button>Send</button>`), to the next blank
 * line.
 */
function markupBlockEnd(lines: readonly string[], start: number, name: string, closing: boolean, closedAfter: (name: string, from: number) => boolean, offset: number): number | null {
  const lower = name.toLowerCase();
  if (!closing && rawTextElements.has(lower)) {
    if (!closedAfter(lower, offset)) return null;
    for (let end = start; end < lines.length; end++) if (lines[end]!.toLowerCase().includes(`</${lower}`)) return end + 1;
    return null;
  }
  if (!/^ {0,3}<.*>[ \t]*$/.test(lines[start]!)) return null;
  let end = start + 1;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  return end;
}

/**
 * Rendered HTML with every tag the page shows as text as inline code (`<currentVersion>` →
 * `<code>&lt;currentVersion&gt;</code>`; see `alwaysText`): raw HTML comes out of Markdown as it was written. So
 * are the tags of a paired element (`div`, `span`, `kbd`…) that are left unpaired, opened and never closed or
 * closed and never opened: they are words of the prompt. Code is already escaped, and so untouched; so are the
 * parts of an SVG or MathML element, which the sanitiser takes out whole.
 *
 * @example tagsAsText('<p>from <v1> to <b>9</b>, <button>s and a <div> soup</p>') // '<p>from <code>&lt;v1&gt;</code> to <b>9</b>, <code>&lt;button&gt;</code>s and a <code>&lt;div&gt;</code> soup</p>'
 */
export function tagsAsText(html: string): string {
  const tags = [...html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)(\/?)>/g)];
  if (tags.length === 0) return html;
  const text = new Set<number>();
  const open = new Map<string, number[]>();
  const rawTextShown = new Map<string, number>();
  // Where the first opening tag of an element is that this pass cannot show as text (`<script/src=…>`, or
  // `<script` cut by a quote's `>`): an end tag after it stays markup, so that it ends what a parser opens there.
  let positions: Set<number> | undefined;
  const unshown = new Map<string, number>();
  const firstUnshownOpener = (name: string): number => {
    let first = unshown.get(name);
    if (first === undefined) {
      first = Infinity;
      positions ??= new Set(tags.map((tag) => tag.index));
      for (const opener of html.matchAll(new RegExp(`<${name}(?=[\\s/>])`, 'gi'))) {
        if (!positions.has(opener.index)) {
          first = opener.index;
          break;
        }
      }
      unshown.set(name, first);
    }
    return first;
  };
  let graphics = 0;
  tags.forEach(([, slash, name, attributes, close], index) => {
    const lower = name!.toLowerCase();
    if (graphicsRoots.has(lower)) {
      graphics = Math.max(0, graphics + (slash ? -1 : close || attributes!.endsWith('/') ? 0 : 1));
      return;
    }
    // Inside an SVG or MathML element, its parts (`path`, `mi`) are its markup, which the sanitiser takes out whole.
    if (graphics > 0) return;
    if (alwaysText(name!, slash !== '', attributes!)) {
      // The end tag of a `<script>` (or another element whose content is text) is shown as text, unless an opening
      // tag this pass cannot show comes before it and none shown is open (`<script/src=…>`): that keeps its end
      // tag, or it would take the rest of the prompt into its content.
      if (rawTextElements.has(lower)) {
        const shown = rawTextShown.get(lower) ?? 0;
        if (slash && shown === 0 && firstUnshownOpener(lower) < tags[index]!.index) return;
        rawTextShown.set(lower, Math.max(0, shown + (slash ? -1 : 1)));
      }
      text.add(index);
    } else if (pairedElement(lower)) {
      let opened = open.get(lower);
      if (!opened) open.set(lower, (opened = []));
      if (!slash) opened.push(index);
      else if (opened.pop() === undefined) text.add(index);
    }
  });
  for (const opened of open.values()) for (const index of opened) text.add(index);
  if (text.size === 0) return html;
  let out = '';
  let last = 0;
  tags.forEach(([tag, slash, name, attributes, close], index) => {
    if (!text.has(index)) return;
    out += `${html.slice(last, tags[index]!.index)}<code>&lt;${slash}${name}${attributes!.replace(/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/gi, '&amp;')}${close}&gt;</code>`;
    last = tags[index]!.index + tag.length;
  });
  return out + html.slice(last);
}

/**
 * Rendered HTML with the prompt's comments as code: a comment on lines of its own as a code block, one within a
 * line as inline code, and the opening of a comment never closed as text (a browser would hide all that follows).
 * An empty comment (`<!---->`, which the renderer is given before a prompt that starts like a frontmatter) is left.
 *
 * @example commentsAsText('<p>a <!-- b --> c</p>') // '<p>a <code>&lt;!-- b --></code> c</p>'
 */
export function commentsAsText(html: string): string {
  if (!html.includes('<!--')) return html;
  return html.replace(/<!--(?!-->)([\s\S]*?)(-->|$(?![\s\S]))/g, (comment, text: string, close: string, at: number) => {
    if (close === '') return `&lt;!--${escapeText(text)}`;
    const onItsOwn = (at === 0 || html[at - 1] === '\n') && (at + comment.length === html.length || html[at + comment.length] === '\n');
    return onItsOwn ? `<pre><code>${escapeText(comment)}</code></pre>` : `<code>${escapeText(comment)}</code>`;
  });
}

/**
 * HTML with the characters a page would not show marked where they are (see revealedParts in hiddenCharacters.ts),
 * in its text only.
 *
 * @example markHidden('<p>a\u202Eb</p>') // '<p>a<mark class="hidden-text">[U+202E]</mark>b</p>'
 */
export function markHidden(html: string): string {
  if (hiddenRuns(html).length === 0) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<') ? part : revealedParts(part).map((piece) => ('mark' in piece ? `<mark class="hidden-text">${escapeText(piece.mark)}</mark>` : piece.text)).join(''),
    )
    .join('');
}

/**
 * Whether a prompt's HTML shows nothing: no text outside its tags, and no image, rule or checkbox (what is left of
 * a prompt made only of markup the page takes out, such as an SVG: `<p></p>`). Asked of every agent page: the first
 * text found, within a prompt's first bytes as a rule, answers it.
 *
 * @example showsNothing('<p></p>\n') // true
 */
export const showsNothing = (html: string): boolean => !/(?:^|>)\s*[^<\s]/.test(html) && !/<(?:img|hr|input)\b/i.test(html);
