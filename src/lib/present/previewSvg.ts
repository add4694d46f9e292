import { escapeMarkup } from './escapeMarkup.ts';

/**
 * The social preview of an agent (what chat apps and wikis show when its link is pasted): a 1200 × 630 card
 * with its name, summary, model and tools, and its colour as an accent. Pure layout and string work: the build
 * composes the card from a glyph atlas (src/site/previewBitmap.ts), measuring with the real font, and falls back
 * to this SVG, whose lines are broken by an estimate of character widths.
 */

export interface PreviewInput {
  name: string;
  summary: string;
  /** Short facts shown as chips at the bottom: the model, the tools (`opus`, `3 tools`). */
  chips: string[];
  /** The agent's colour (a Claude Code colour name), or undefined. */
  color: string | undefined;
  /** The catalogue's title, in the footer. */
  site: string;
}

export const previewSize = { width: 1200, height: 630 } as const;

/** The dark theme's accent colours (they read well on the card's dark background). */
const accents: Record<string, string> = {
  red: '#ff7b72',
  blue: '#58a6ff',
  green: '#3fb950',
  yellow: '#d29922',
  purple: '#bc8cff',
  orange: '#f0883e',
  pink: '#f778ba',
  cyan: '#39c5cf',
};
const defaultAccent = '#79b8ff';
/** The card's font, in the order tried. */
export const previewFont = "DejaVu Sans, 'Liberation Sans', Arial, Helvetica, sans-serif";

/** The card's text styles, as [size, weight]: the catalogue's title, the agent's name (smaller when long), the summary, the chips. */
export const previewTextStyles = {
  site: [28, 700],
  name: [76, 700],
  longName: [60, 700],
  summary: [36, 400],
  chip: [28, 400],
} as const satisfies Record<string, readonly [number, 400 | 700]>;

/** Characters that XML 1.0 forbids, which an agent file could still hold. */
const stripControl = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Roughly how wide a character is, in ems, in a sans-serif font. */
function charWidth(char: string): number {
  if (/[iljtf.,:;'|!()[\]\s]/.test(char)) return 0.32;
  if (/[mwMW@]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)) return 1;
  return 0.58;
}

/** The most characters a line of the card can hold: its narrowest letters at its smallest size. */
const maxLineLength = 400;

/** How wide a text is, in pixels, at a font size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** An estimate from typical character widths, for when no font is at hand. */
export const estimateWidth: Measure = (text, size, weight) => [...text].reduce((sum, char) => sum + charWidth(char), 0) * size * (weight === 700 ? 1.06 : 1);

/**
 * Breaks text into at most `maxLines` lines that fit `width` pixels at `size`, at spaces (or anywhere in a word
 * too long for a line); the last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number, measure: Measure = estimateWidth): string[] {
  const textWidth = (line: string, at: number) => measure(line, at, 400);
  const lines: string[] = [];
  let line = '';
  // No line holds more than a few hundred characters: the rest of a long text is never measured (a description of
  // a million characters took seconds, measured again for each word it added).
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const shown = chars.length > (maxLines + 1) * maxLineLength ? chars.slice(0, (maxLines + 1) * maxLineLength).join('') : chars.join('');
  for (let word of shown.split(' ').filter(Boolean)) {
    if (lines.length > maxLines) break;
    // A word too long for a line is cut where it fills one: the longest start that fits, found by halving.
    while (textWidth(word, size) > width && lines.length <= maxLines) {
      const letters = [...word];
      let fits = 1;
      let fails = letters.length;
      while (fails - fits > 1) {
        const middle = Math.floor((fits + fails) / 2);
        if (textWidth(letters.slice(0, middle).join(''), size) > width) fails = middle;
        else fits = middle;
      }
      if (line) lines.push(line);
      lines.push(letters.slice(0, fits).join(''));
      line = '';
      word = letters.slice(fits).join('');
    }
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && textWidth(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

/** A run of text on the card, at its baseline. */
export interface PreviewText {
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  color: string;
  text: string;
}

export interface PreviewLayout {
  background: string;
  accent: string;
  texts: PreviewText[];
  chips: { x: number; y: number; width: number; height: number; fill: string; stroke: string }[];
}

/** Where everything goes on the card, with text measured by `measure`. Texts from the agent file are cleaned, not escaped. */
export function layoutPreview(input: PreviewInput, measure: Measure = estimateWidth): PreviewLayout {
  const accent = (input.color && accents[input.color]) || defaultAccent;
  const left = 96;
  const textWidthMax = previewSize.width - left - 80;
  const name = stripControl(input.name);
  const { site, name: large, longName, summary, chip: chipStyle } = previewTextStyles;
  const [nameSize, nameWeight] = measure(name, ...large) <= textWidthMax ? large : longName;
  const nameLines = wrapText(name, textWidthMax, nameSize, 2, (line, size) => measure(line, size, nameWeight));
  const summaryTop = 150 + nameLines.length * nameSize * 1.1 + 24;
  const summaryLines = wrapText(stripControl(input.summary), textWidthMax, summary[0], Math.max(2, Math.floor((500 - summaryTop) / 50)), measure);
  const texts: PreviewText[] = [
    { x: left, y: 96, size: site[0], weight: site[1], color: accent, text: stripControl(input.site) },
    ...nameLines.map((line, i) => ({ x: left, y: Math.round(150 + (i + 1) * nameSize * 1.1 - 12), size: nameSize, weight: nameWeight, color: '#f0f6fc', text: line })),
    ...summaryLines.map((line, i) => ({ x: left, y: Math.round(summaryTop + (i + 1) * 50 - 12), size: summary[0], weight: summary[1], color: '#a0aab6', text: line })),
  ];
  const chips: PreviewLayout['chips'] = [];
  let chipX = left;
  for (const chip of input.chips.slice(0, 4).map(stripControl)) {
    const chipWidth = Math.round(measure(chip, ...chipStyle) + 40);
    chips.push({ x: chipX, y: 522, width: chipWidth, height: 52, fill: '#1f2630', stroke: '#343b45' });
    texts.push({ x: chipX + 20, y: 557, size: chipStyle[0], weight: chipStyle[1], color: '#e6edf3', text: chip });
    chipX += chipWidth + 16;
  }
  return { background: '#0f1216', accent, texts, chips };
}

/** The preview card as an SVG document. Every text from the agent file is escaped. */
export function previewSvg(input: PreviewInput): string {
  const { width, height } = previewSize;
  const layout = layoutPreview(input);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${layout.background}"/>`,
    `<rect width="24" height="${height}" fill="${layout.accent}"/>`,
    ...layout.chips.map((chip) => `<rect x="${chip.x}" y="${chip.y}" width="${chip.width}" height="${chip.height}" rx="${chip.height / 2}" fill="${chip.fill}" stroke="${chip.stroke}" stroke-width="2"/>`),
    ...layout.texts.map(
      (run) => `<text x="${run.x}" y="${run.y}" font-family="${previewFont}" font-size="${run.size}" font-weight="${run.weight}" fill="${run.color}">${escapeMarkup(run.text)}</text>`,
    ),
    '</svg>',
  ].join('');
}
