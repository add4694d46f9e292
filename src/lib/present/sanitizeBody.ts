import sanitizeHtml from 'sanitize-html';
import { escapeMarkup } from './escapeMarkup.ts';
import { allowedTags, graphicsParts } from './htmlAllowlist.ts';
import { commentsAsText, tagsAsText } from './promptTags.ts';

/** The `rel` of a link out of the catalogue: it passes on no referrer, and search engines do not vouch for it. */
const outboundRel = 'nofollow ugc noopener noreferrer';

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: {
    '*': ['id', 'title', 'lang', 'dir'],
    a: ['href', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'referrerpolicy'],
    code: ['class'],
    ul: ['class'],
    ol: ['class', 'start', 'reversed'],
    li: ['class'],
    th: ['align', 'colspan', 'rowspan', 'scope'],
    td: ['align', 'colspan', 'rowspan'],
    details: ['open'],
    input: ['type', 'checked', 'disabled', 'aria-label'],
    abbr: ['title'],
    q: ['cite'],
  },
  // Only the classes our own Markdown rendering writes, so that no file can dress up as the page around it.
  allowedClasses: {
    code: ['language-*'],
    ul: ['contains-task-list'],
    ol: ['contains-task-list'],
    li: ['task-list-item'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Links leave the catalogue without passing on who sent the reader, and tell search engines not to vouch for them.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^[a-z][a-z0-9+.-]*:/i.test(attribs['href'] ?? '') ? { ...attribs, rel: outboundRel } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' } }),
    // Task-list checkboxes only: never a live form control.
    input: (tagName, attribs) =>
      attribs['type'] === 'checkbox'
        ? { tagName, attribs: { type: 'checkbox', disabled: '', ...('checked' in attribs ? { checked: '', 'aria-label': 'Done' } : { 'aria-label': 'Not done' }) } }
        : { tagName: 'span', attribs: {} },
  },
};

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface SafeBody {
  /** The HTML to put in the page. */
  html: string;
  /** The headings, with the ids and levels they have in `html`. */
  headings: Heading[];
  /** What was taken out, for a notice on the page: `<script>`, `onclick`, `javascript: link`, ... (each once). */
  removed: string[];
}

export interface SafeBodyOptions {
  /** Ids the page around the body uses; a body heading with one of them gets a `prompt-` prefix. */
  reservedIds: (id: string) => boolean;
  /** The heading level the body's top headings become (the page has its own `h1` and section headings). */
  topLevel: number;
}

/**
 * Makes the rendered HTML of an agent's system prompt safe to put in the page and fit for it. First, what Claude
 * reads as text is made text: comments and tags that are not HTML (see promptTags.ts). Agent files come from
 * strangers: raw HTML is filtered to an allowlist (no script, style, event handler, `javascript:` URL, iframe,
 * object, embed, form or SVG; no inline style; only our own classes). Links and images whose address is a path of
 * the agent's project are shown as text (see `projectAddresses`). Then headings move down to sit under the page's
 * own (`topLevel`), ids the page uses are prefixed (and links to them follow), and every heading gets a link to
 * itself.
 *
 * @example safeBodyHtml('<h1 id="a">A</h1><script>x()</script>', [{ depth: 1, slug: 'a', text: 'A' }],
 *   { reservedIds: () => false, topLevel: 3 }).removed // ['<script>']
 */
export function safeBodyHtml(html: string, headings: readonly Heading[], settings: SafeBodyOptions): SafeBody {
  // Comments and tags that are not HTML (`<role>`, `<currentVersion>`) are the prompt's text (see promptTags.ts).
  const text = tagsAsText(commentsAsText(html));
  const source = text.includes('<img __ASTRO_IMAGE_="') ? text.replace(astroImage, astroImageTag) : text;
  const { html: sanitised, removed } = plainMarkdownHtml(source) ?? sanitizeFully(source);
  const clean = /<(?:a|img)\s/.test(sanitised) ? projectAddresses(sanitised) : sanitised;

  // A reduce, not a spread: a prompt of a hundred thousand headings would overflow the call stack.
  const minDepth = headings.reduce((least, heading) => Math.min(least, heading.depth), 6);
  const shift = Math.max(0, settings.topLevel - minDepth);
  const level = (depth: number): number => Math.min(6, depth + shift);
  const renamed = new Map<string, string>();
  const seen = new Set<string>();
  const withIds = clean.replace(/(<[a-z][a-z0-9]*\b[^<>]*?\sid=")([^"]*)(")/g, (_, start: string, id: string, end: string) => {
    let next = settings.reservedIds(id) || seen.has(id) ? `prompt-${id}` : id;
    for (let n = 2; seen.has(next) || settings.reservedIds(next); n++) next = `prompt-${id}-${n}`;
    seen.add(next);
    if (!renamed.has(id)) renamed.set(id, next);
    return `${start}${next}${end}`;
  });
  // A link to a heading of the prompt follows it when its id had to change.
  const followed = renamed.size === 0 ? withIds : withIds.replace(/<a href="#([^"]*)"/g, (link, id: string) => (renamed.has(id) ? `<a href="#${renamed.get(id)}"` : link));
  const linked = followed.replace(/<h([1-6])((?:\s[^<>]*)?)>([\s\S]*?)<\/h\1>/g, (_, depth: string, attributes: string, inner: string) => {
    const tag = `h${level(Number(depth))}`;
    const id = /\sid="([^"]*)"/.exec(attributes)?.[1];
    const heading = `<${tag}${attributes}>${inner}</${tag}>`;
    if (!id) return heading;
    // The link's name for screen readers is its label; its text, a `#`, is what others see (two elements fewer than a
    // hidden name and a hidden `#` apart; no difference beyond the noise in a build of 5,000 agents, in two pairs).
    const text = inner.replace(/<[^>]*>/g, '').trim().replace(/"/g, '&quot;');
    return `<div class="heading">${heading}<a class="heading-link" href="#${id}" aria-label="Link to the section “${text}”" data-pagefind-ignore>#</a></div>`;
  });
  return {
    html: linked,
    headings: headings.map((heading) => ({ depth: level(heading.depth), slug: renamed.get(heading.slug) ?? heading.slug, text: heading.text })),
    removed,
  };
}

/** The placeholder Astro's Markdown renderer writes for an image with a local address, for its image pipeline. */
const astroImage = /<img __ASTRO_IMAGE_="([^"]*)">/g;

/** The placeholder as the plain image it stands for: its address and text (the rest is for Astro's pipeline). */
function astroImageTag(placeholder: string, json: string): string {
  const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
  try {
    const image = JSON.parse(json.replace(/&(?:quot|amp|lt|gt|#39);/g, (entity) => entities[entity]!)) as { src?: unknown; alt?: unknown };
    return `<img src="${escapeMarkup(String(image.src ?? ''))}" alt="${escapeMarkup(String(image.alt ?? ''))}">`;
  } catch {
    return placeholder;
  }
}

/** An address with no scheme that is not a fragment: a path (`docs/api.md`, `/spec/`) or a placeholder (`url`). */
const isProjectAddress = (address: string): boolean => !address.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(address);

/**
 * Links and images whose address is a path, as text. Such an address is a file of the project the agent works in,
 * written for Claude (`[API](docs/api.md)`), or a placeholder (`![alt text](url)`): on the catalogue's page it leads
 * nowhere, or into the catalogue itself (`/spec/`). The text is kept and the address shown beside it, as the
 * prompt gives it to Claude. An image whose address the sanitiser took out is its text alone, or nothing.
 */
function projectAddresses(html: string): string {
  const text = (inner: string): string => inner.replace(/<[^>]*>/g, '').trim();
  return html
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (link, attributes: string, inner: string) => {
      const address = /\shref="([^"]*)"/.exec(attributes)?.[1];
      if (address === undefined || !isProjectAddress(address)) return link;
      return address === '' || text(inner) === address ? inner : `${inner} (<code>${address}</code>)`;
    })
    .replace(/<img\b[^>]*>/g, (image, at: number, all: string) => {
      const address = /\ssrc="([^"]*)"/.exec(image)?.[1];
      if (address !== undefined && !isProjectAddress(address)) return image;
      const alt = /\salt="([^"]*)"/.exec(image)?.[1] ?? '';
      const shown = address ? `Image${alt ? ` “${alt}”` : ''} (<code>${address}</code>)` : alt && `Image “${alt}”`;
      // An image of a line of HTML of its own is a paragraph of its own as text, not words glued to the blocks around.
      const ownLine = (at === 0 || all[at - 1] === '\n') && (at + image.length === all.length || all[at + image.length] === '\n');
      return ownLine && shown ? `<p>${shown}</p>` : shown;
    });
}

/** HTML sanitised, and what was taken out (each once). */
export interface Sanitised {
  html: string;
  removed: string[];
}

/** `html` through the sanitiser with the options above, noting what it takes out. */
export function sanitizeFully(html: string): Sanitised {
  const removed = new Set<string>();
  const clean = sanitizeHtml(html, {
    ...options,
    onOpenTag: (name, attribs) => {
      if (!allowedTags.includes(name) && !graphicsParts.has(name)) removed.add(`<${name}>`);
      for (const [attribute, value] of Object.entries(attribs)) {
        if (/^on/i.test(attribute)) removed.add(`${attribute.toLowerCase()} attribute`);
        if (/^\s*(javascript|vbscript|data):/i.test(value) && !(name === 'img' && /^\s*data:image\//i.test(value))) {
          removed.add(`${value.trim().split(':')[0]!.toLowerCase()}: URL`);
        }
      }
    },
  });
  return { html: clean, removed: [...removed] };
}

/**
 * Every tag a prompt without raw HTML renders to (Markdown's own, as Sätteri writes them), in the one form each is
 * written in, with attribute values that the sanitiser keeps as they are: heading ids and code languages without
 * `&`, `<` or quotes; links to http(s) addresses or to relative ones (no colon, no `&` that could spell one, no
 * backslash, not `//`); table cells aligned. Raw HTML in a prompt is written as it was typed, so anything else
 * (another tag, attribute, spacing, quote or case, a comment) leaves the HTML to the sanitiser.
 */
const markdownTag =
  /^<(?:\/?(?:p|h[1-6]|ul|ol|li|blockquote|pre|code|em|strong|del|table|thead|tbody|tr|th|td|a)|h[1-6] id="[^"&<>]*"|ol start="\d{1,9}"|code class="language-[^"&<>\s]+"|a href="(?:https?:\/\/[^"&<>\s\\]+|(?![/\\]{2})[^"&<>\s:\\]+)"|hr|br|(?:th|td) align="(?:left|center|right)")>$/;

/**
 * The sanitiser's output for HTML made only of Markdown's own tags (see `markdownTag`), each closed in order, and
 * text, computed without parsing it: the same HTML, with links out of the catalogue given the sanitiser's `rel` and
 * void tags written as it writes them. Null for any other HTML, which goes through `sanitizeFully`. Most prompts have no raw HTML, and
 * sanitising was half the time of rendering one. Tested to give the sanitiser's output on every prompt of the
 * corpora and of a synthetic catalogue that it takes.
 */
export function plainMarkdownHtml(html: string): Sanitised | null {
  let out = '';
  let last = 0;
  // The sanitiser also closes what is left open and drops closing tags of nothing open: an `<a>` left open would
  // take the rest of the page into its link. Here each closing tag must close the last one opened, and all must be.
  const open: string[] = [];
  for (const match of html.matchAll(/<[^>]*>/g)) {
    const tag = match[0];
    if (!markdownTag.test(tag)) return null;
    const name = /^<\/?([a-z0-9]+)/.exec(tag)![1]!;
    if (tag[1] === '/') {
      if (open.pop() !== name) return null;
    } else if (!written.has(`<${name}>`)) open.push(name);
    const text = html.slice(last, match.index);
    if (text.includes('<')) return null;
    out += text + (written.get(tag) ?? (tag.startsWith('<a href="http') ? `${tag.slice(0, -1)} rel="${outboundRel}">` : tag));
    last = match.index + tag.length;
  }
  const rest = html.slice(last);
  if (rest.includes('<') || open.length > 0) return null;
  return { html: out + rest, removed: [] };
}

/** The void tags as the sanitiser writes them. */
const written = new Map([
  ['<hr>', '<hr />'],
  ['<br>', '<br />'],
]);
