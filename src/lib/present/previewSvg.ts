/**
 * The social preview of an agent (what chat apps and wikis show when its link is pasted): a 1200 × 630 card
 * with its name, summary, model and tools, and its colour as an accent, drawn as SVG and turned into PNG by
 * the build. Pure string work: no fonts are measured, so lines are broken by an estimate of character widths.
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
const font = "DejaVu Sans, 'Liberation Sans', Arial, Helvetica, sans-serif";

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

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

const textWidth = (text: string, size: number): number => [...text].reduce((sum, char) => sum + charWidth(char), 0) * size;

/**
 * Breaks text into at most `maxLines` lines that fit `width` pixels at `size`, at spaces (or anywhere in a word
 * too long for a line); the last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)) {
    // A word too long for a line is cut where it fills one.
    while (textWidth(word, size) > width) {
      const chars = [...word];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), size) > width) cut--;
      if (line) lines.push(line);
      lines.push(chars.slice(0, cut).join(''));
      line = '';
      word = chars.slice(cut).join('');
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

/** The preview card as an SVG document. Every text from the agent file is escaped. */
export function previewSvg(input: PreviewInput): string {
  const { width, height } = previewSize;
  const accent = (input.color && accents[input.color]) || defaultAccent;
  const left = 96;
  const textWidthMax = width - left - 80;
  const nameSize = textWidth(input.name, 76) <= textWidthMax ? 76 : 60;
  const nameLines = wrapText(stripControl(input.name), textWidthMax, nameSize, 2);
  const summaryTop = 150 + nameLines.length * nameSize * 1.1 + 24;
  const summaryLines = wrapText(stripControl(input.summary), textWidthMax, 36, Math.max(2, Math.floor((500 - summaryTop) / 50)));
  const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400) =>
    `<text x="${x}" y="${Math.round(y)}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  const chips = input.chips.slice(0, 4).map(stripControl);
  let chipX = left;
  const chipSvg = chips
    .map((chip) => {
      const chipWidth = Math.round(textWidth(chip, 28) + 40);
      const svg = `<rect x="${chipX}" y="522" width="${chipWidth}" height="52" rx="26" fill="#1f2630" stroke="#343b45" stroke-width="2"/>${text(chipX + 20, 557, 28, '#e6edf3', chip)}`;
      chipX += chipWidth + 16;
      return svg;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#0f1216"/>`,
    `<rect width="24" height="${height}" fill="${accent}"/>`,
    text(left, 96, 28, accent, stripControl(input.site), 700),
    ...nameLines.map((line, i) => text(left, 150 + (i + 1) * nameSize * 1.1 - 12, nameSize, '#f0f6fc', line, 700)),
    ...summaryLines.map((line, i) => text(left, summaryTop + (i + 1) * 50 - 12, 36, '#a0aab6', line)),
    chipSvg,
    '</svg>',
  ].join('');
}
