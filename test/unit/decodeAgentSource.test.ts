import { describe, expect, it } from 'vitest';
import { decodeAgentSource } from '../../src/lib/agents/decodeAgentSource.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeAgentSource', () => {
  it('reads UTF-8 without a byte order mark as it is', () => {
    expect(decodeAgentSource(bytes('---\nname: café\n---\n'))).toEqual({ text: '---\nname: café\n---\n', utf16: false, findings: [] });
  });
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeAgentSource(bytes([0xef, 0xbb, 0xbf], '---\n')).text).toBe('---\n');
  });
  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeAgentSource(bytes('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
  it('reads bytes that are not UTF-8 as Windows-1252 and says on which line', () => {
    const decoded = decodeAgentSource(bytes('line one\nline two caf', [0xe9], ' \u2013\n'.replace('\u2013', '-')));
    expect(decoded.text).toBe('line one\nline two café -\n');
    expect(decoded.findings.map((finding) => [finding.code, finding.line])).toEqual([['not-utf8', 2]]);
  });
  it('reads UTF-16 with a byte order mark, and flags it', () => {
    const decoded = decodeAgentSource(Uint8Array.from([0xff, 0xfe, ...Buffer.from('---\r\nname: a\r\n', 'utf16le')]));
    expect(decoded.text).toBe('---\nname: a\n');
    expect(decoded.utf16).toBe(true);
  });
  it('keeps no-break spaces and other non-ASCII characters', () => {
    expect(decodeAgentSource(bytes('a\u00a0b\u2011c')).text).toBe('a\u00a0b\u2011c');
  });
});
