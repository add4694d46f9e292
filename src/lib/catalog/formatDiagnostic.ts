import type { Diagnostic } from '../agents/diagnostics.ts';

/**
 * A diagnostic as a compiler would print it, with its fix on the next line.
 *
 * @example formatDiagnostic(d, 'agents') // 'agents/x.md:3:1: warning: The frontmatter ...\n    fix: Put ...'
 */
export function formatDiagnostic(diagnostic: Diagnostic, folder = ''): string {
  const file = folder ? `${folder.replace(/\/$/, '')}/${diagnostic.file}` : diagnostic.file;
  return `${file}:${diagnostic.line}:${diagnostic.column ?? 1}: ${diagnostic.severity}: ${diagnostic.message}\n    fix: ${diagnostic.hint}`;
}

/**
 * A diagnostic as a GitHub Actions workflow command, so it shows as an annotation on the pull request.
 * Values are escaped as GitHub's toolkit does.
 */
export function formatGithubAnnotation(diagnostic: Diagnostic, folder = ''): string {
  const file = folder ? `${folder.replace(/\/$/, '')}/${diagnostic.file}` : diagnostic.file;
  const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const column = diagnostic.column === undefined ? '' : `,col=${diagnostic.column}`;
  return `::${diagnostic.severity} file=${property(file)},line=${diagnostic.line}${column},title=${property(diagnostic.code)}::${data(`${diagnostic.message}\nFix: ${diagnostic.hint}`)}`;
}
