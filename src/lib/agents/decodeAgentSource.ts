import { findings, type Finding } from './diagnostics.ts';

export interface DecodedSource {
  /** The text with any byte order mark removed and every line ending turned into `\n`. */
  text: string;
  /** Whether the bytes were UTF-16 (which Claude Code cannot read). */
  utf16: boolean;
  /** Encoding problems found while decoding. */
  findings: Finding[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decodes the bytes of an agent file the way an editor would: UTF-8 with or without a byte order mark,
 * UTF-16 when it has one, and bytes that are not UTF-8 as Windows-1252 (with a warning). CRLF and lone CR
 * line endings become LF, so that every later step sees one kind of line.
 *
 * @example decodeAgentSource(Buffer.from('\uFEFF---\r\nname: a\r\n---\r\n')).text === '---\nname: a\n---\n'
 */
export function decodeAgentSource(bytes: Uint8Array): DecodedSource {
  const found: Finding[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    found.push(findings.utf16());
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    found.push(findings.utf16());
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = windows1252.decode(body);
      found.push(findings.notUtf8(lineOfFirstInvalidByte(body)));
    }
  }
  return { text: text.replace(/\r\n?/g, '\n'), utf16: found.some((finding) => finding.code === 'utf16-encoding'), findings: found };
}

/** The 1-based line holding the first byte sequence that is not valid UTF-8. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 0x0a) line++;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return line;
    }
    i += length;
  }
  return line;
}
