import { hiddenRuns, revealedParts } from '../agents/hiddenCharacters.ts';
import { escapeText } from './escapeMarkup.ts';

/**
 * What a system prompt says that HTML would not show: its comments, and tags that are not HTML.
 *
 * Comments (`<!-- … -->`) are hidden on a web page, yet Claude reads them: they mark a prompt's parts
 * (`<!-- <requirements> -->`), credit its author, or could carry instructions a reader would never see. They are
 * shown as code: what Claude reads, the reader sees.
 *
 * Tags in a system prompt that are not HTML. Prompts are written for Claude, and structure their text with tags
 * of their own (`<role>`, `<instructions>`, `<example>`) or hold placeholders (`<currentVersion>`, `<value>`).
 * Markdown takes both for raw HTML, and a sanitiser then drops them as unknown elements: "from <currentVersion> to
 * <targetVersion>" read "from  to ". A tag whose name is not an HTML element is the prompt's text, and is shown so.
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

/**
 * The Markdown of a prompt, with each tag that is not HTML and opens a line (after a quote's `>` or a list item's
 * marker), outside fenced code, written as inline code (or escaped, when it does not end on its line). Markdown
 * then shows the tag as text and reads the lines after it as Markdown; it would otherwise take them all as raw
 * HTML, up to the next blank line. So is an HTML tag that would swallow the rest of the prompt and is never closed
 * (see `tagsAsText`). A line indented four spaces or more is left as it is, as it may be code (`tagsAsText` shows
 * its tags as text all the same).
 *
 * @example textTagLines('<role>\nYou are **terse**.\n</role>') // '`<role>`\nYou are **terse**.\n`</role>`'
 */
export function textTagLines(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  let fence: { char: string; length: number } | null = null;
  const lowerMarkdown = swallowing.test(markdown) ? markdown.toLowerCase() : '';
  let offset = 0;
  return markdown
    .split('\n')
    .map((line) => {
      const at = offset;
      offset += line.length + 1;
      const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (fence) {
        if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '') fence = null;
        return line;
      }
      if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) {
        fence = { char: marker[1]![0]!, length: marker[1]!.length };
        return line;
      }
      const lead = /^((?: {0,3}> ?)*(?: *(?:[-*+]|\d{1,9}[.)]) +| {0,3}))(?=<)/.exec(line)?.[1];
      if (lead === undefined) return line;
      const rest = line.slice(lead.length);
      const name = tagStart.exec(rest)?.[1];
      if (!name) return line;
      // A tag that would swallow the rest of the prompt (see tagsAsText), never closed, is a word of it too.
      const lower = name.toLowerCase();
      const unclosed = !rest.startsWith('</') && swallowingNames.has(lower) && !lowerMarkdown.includes(`</${lower}`, at + lead.length + 1);
      if (isHtmlElement(name) && !unclosed) return line;
      // As inline code when the tag ends on the line, as `tagsAsText` writes the others; else escaped.
      const tag = /^<[^<>`]*>/.exec(rest)?.[0];
      return tag ? `${lead}\`${tag}\`${rest.slice(tag.length)}` : `${lead}\\${rest}`;
    })
    .join('\n');
}

/**
 * Rendered HTML with every tag that is not HTML as inline code (`<currentVersion>` →
 * `<code>&lt;currentVersion&gt;</code>`): raw HTML comes out of Markdown as it was written. So is an HTML tag whose
 * content a parser would read as raw text, or the sanitiser drop (`<script>`, `<textarea>`, `<title>`), when it is
 * never closed: it is a word of the prompt, and would swallow all that follows. Code is already escaped, and so
 * untouched.
 *
 * @example tagsAsText('<p>from <v1> to <b>9</b></p>') // '<p>from <code>&lt;v1&gt;</code> to <b>9</b></p>'
 */
export function tagsAsText(html: string): string {
  // Inside an SVG or MathML element, its parts (`path`, `mi`) are its markup, which the sanitiser takes out whole.
  let graphics = 0;
  const lowerHtml = swallowing.test(html) ? html.toLowerCase() : '';
  return html.replace(/<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)(\/?)>/g, (tag, slash: string, name: string, rest: string, close: string, at: number) => {
    const lower = name.toLowerCase();
    if (lower === 'svg' || lower === 'math') graphics = Math.max(0, graphics + (slash ? -1 : close ? 0 : 1));
    if (graphics > 0) return tag;
    // "Never use <script> tags", "a <textarea> for input": opened and never closed, such a tag is a word of the
    // prompt, where an HTML parser would take all that follows for its content, and the sanitiser drop it.
    const unclosed = !slash && swallowingNames.has(lower) && !lowerHtml.includes(`</${lower}`, at + tag.length);
    if (isHtmlElement(name) && !unclosed) return tag;
    return `<code>&lt;${slash}${name}${rest.replace(/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/gi, '&amp;')}${close}&gt;</code>`;
  });
}

/**
 * Elements whose content an HTML parser reads as raw text up to their closing tag (or to the end), or that the
 * sanitiser drops with their content: opened in a prompt's prose, they would swallow the rest of it.
 */
const swallowingNames = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'iframe', 'noembed', 'noframes', 'noscript', 'option']);
const swallowing = new RegExp(`<(?:${[...swallowingNames].join('|')})\\b`, 'i');

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
