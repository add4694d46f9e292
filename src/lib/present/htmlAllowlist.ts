/**
 * The HTML a system prompt may keep as markup on its page: the sanitiser's allowlist (sanitizeBody.ts), and what
 * the prompt passes (promptTags.ts) leave to it. Text structure, tables, code, disclosure; no script, style, form,
 * frame or embedded object.
 */
export const allowedTags = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'a', 'img', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q',
  'span', 'div', 'section', 'details', 'summary', 'figure', 'figcaption', 'picture', 'input',
];

/** SVG and MathML: taken out whole by the sanitiser, and named in the page's notice. */
export const graphicsRoots = new Set(['svg', 'math']);

/** Parts of SVG and MathML: their `<svg>` or `<math>` is named in the notice, not each part. */
export const graphicsParts = new Set(['circle', 'path', 'rect', 'g', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'defs', 'use', 'image', 'mi', 'mo', 'mn', 'mrow']);

const allowed = new Set(allowedTags);

/** Whether the page keeps an element (lower-case name) as markup: one the sanitiser allows, or SVG and MathML, which it takes out and names. */
export const keptAsMarkup = (name: string): boolean => allowed.has(name) || graphicsRoots.has(name);
