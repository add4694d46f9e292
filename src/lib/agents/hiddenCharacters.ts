import { findings, type Diagnostic, type Finding } from './diagnostics.ts';

/**
 * Characters that a page does not show and Claude reads all the same. Unicode's tag characters (U+E0000 to
 * U+E007F) spell ASCII invisibly, and have been used to hide instructions from the people who review a prompt;
 * bidirectional controls reorder what is shown (U+202E shows the text after it backwards); zero-width spaces and
 * joiners split or join words unseen. Legitimate uses are left alone: the tags of an emoji flag (🏴 followed by
 * tags and their cancel tag), and the zero-width joiners and non-joiners of emoji and of scripts that need them.
 */

export type HiddenKind = 'tags' | 'bidi' | 'zero-width';

export interface HiddenRun {
  /** 0-based offset in the text, and length in UTF-16 code units. */
  start: number;
  length: number;
  kind: HiddenKind;
  /** For tag characters: the ASCII they spell. */
  spelled?: string;
}

const runPattern = /[\u{E0000}-\u{E007F}]+|[\u202A-\u202E\u2066-\u2069]+|[\u200B\u2060-\u2064\u180E\uFEFF]+/gu;

/** Every run of hidden characters in `text`, in order. */
export function hiddenRuns(text: string): HiddenRun[] {
  if (!/[\u200B\u202A-\u202E\u2060-\u2069\u180E\uFEFF\u{E0000}-\u{E007F}]/u.test(text)) return [];
  return [...text.matchAll(runPattern)].flatMap((match): HiddenRun[] => {
    const run = match[0];
    const first = run.codePointAt(0)!;
    if (first >= 0xe0000) {
      // Character by character: a spread of a long run's codes would overflow the call stack.
      const spelled = [...run].map((char) => char.codePointAt(0)! - 0xe0000).filter((code) => code >= 0x20 && code <= 0x7e).map((code) => String.fromCharCode(code)).join('');
      // 🏴 with a region's tags (`gbsct`) and the cancel tag is the flag of Scotland, not hidden text.
      const flag = text.slice(0, match.index).endsWith('\u{1F3F4}') && run.endsWith('\u{E007F}') && /^[a-z0-9]{2,7}$/.test(spelled);
      return flag ? [] : [{ start: match.index, length: run.length, kind: 'tags', spelled }];
    }
    // A byte-order mark that starts the text is its encoding's mark.
    if (first === 0xfeff && match.index === 0 && run.length === 1) return [];
    const bidi = (first >= 0x202a && first <= 0x202e) || (first >= 0x2066 && first <= 0x2069);
    return [{ start: match.index, length: run.length, kind: bidi ? 'bidi' : 'zero-width' }];
  });
}

/** The characters of a run as code points, for people (`U+202E`). */
function codePoints(run: string): string {
  return [...new Set([...run].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
}

/** What the hidden characters of a text are, in words, and where the first is: null when it has none. */
export function hiddenCharacterFinding(text: string): Finding | null {
  const runs = hiddenRuns(text);
  if (runs.length === 0) return null;
  const of = (kind: HiddenKind) => runs.filter((run) => run.kind === kind);
  const chars = (list: HiddenRun[]) => list.map((run) => text.slice(run.start, run.start + run.length)).join('');
  const count = runs.reduce((sum, run) => sum + [...text.slice(run.start, run.start + run.length)].length, 0);
  const spelled = of('tags').map((run) => run.spelled).join(' … ');
  const kinds = [
    of('tags').length > 0 ? `Unicode tag characters, which spell ${quoteClipped(spelled)} invisibly` : null,
    of('bidi').length > 0 ? `bidirectional controls (${codePoints(chars(of('bidi')))}), which change the order text is shown in` : null,
    of('zero-width').length > 0 ? `zero-width characters (${codePoints(chars(of('zero-width')))})` : null,
  ].filter((kind): kind is string => kind !== null);
  const line = text.slice(0, runs[0]!.start).split('\n').length;
  return findings.hiddenCharacters(line, count, kinds);
}

const quoteClipped = (text: string): string => `“${text.length > 120 ? `${text.slice(0, 119)}…` : text}”`;

/** Whether a file's findings say it hides text (see hiddenCharacterFinding). */
export function hidesText(diagnostics: readonly Pick<Diagnostic, 'code'>[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.code === 'hidden-characters');
}

/** A piece of text as a page shows it: as it is, or, for characters a page would not show, a mark saying what they are. */
export type RevealedPart = { text: string } | { mark: string };

/**
 * Text in parts, its hidden characters replaced by marks: what Unicode tag characters spell
 * (`[hidden text: “…”]`), and the code points of bidirectional controls and zero-width characters (`[U+202E]`),
 * which are taken out, so that they reorder nothing.
 *
 * @example revealedParts('a\u202Eb') // [{ text: 'a' }, { mark: '[U+202E]' }, { text: 'b' }]
 */
export function revealedParts(text: string): RevealedPart[] {
  const parts: RevealedPart[] = [];
  let last = 0;
  for (const run of hiddenRuns(text)) {
    if (run.start > last) parts.push({ text: text.slice(last, run.start) });
    parts.push({ mark: run.kind === 'tags' ? `[hidden text: “${run.spelled ?? ''}”]` : `[${codePoints(text.slice(run.start, run.start + run.length))}]` });
    last = run.start + run.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}

/** The text without its hidden characters: for what is read without a page to mark them (llms.txt). */
export function withoutHidden(text: string): string {
  return revealedParts(text).map((part) => ('text' in part ? part.text : '')).join('');
}
