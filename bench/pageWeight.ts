/**
 * What a page costs its reader, from the built files: the page's HTML and the CSS and JavaScript it loads before
 * search is opened, gzip-compressed as a static host would serve them. Shared by the benchmark and the budget
 * tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** The size a file travels at: Pagefind's index files are compressed already; everything else is gzipped. */
export function servedSize(root: string, path: string): number {
  const bytes = readFileSync(join(root, path));
  return /\.pf_(index|fragment|meta|filter)$|\.pagefind$/.test(path) ? bytes.length : gzipSize(bytes);
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The files the page loads, with their gzip sizes. */
  files: { path: string; bytes: number }[];
}

/**
 * The gzip bytes of a built page (`agents/x/index.html` under `root`) and of the style sheets, module scripts and
 * inline scripts it loads. `base` is the site's base path, which addresses in the page start with.
 */
export function pageWeight(root: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(root, page), 'utf8');
  const local = (address: string) => {
    if (!address.startsWith(base)) throw new Error(`${page} loads ${address}, outside the site.`);
    const path = address.slice(base.length).split(/[?#]/)[0]!;
    if (!existsSync(join(root, path))) throw new Error(`${page} loads ${address}, which is not in the build.`);
    return path;
  };
  const files: { path: string; bytes: number }[] = [];
  let css = 0;
  let js = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const path = local(match[1]!);
    const bytes = servedSize(root, path);
    files.push({ path, bytes });
    css += bytes;
  }
  for (const match of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) {
    const path = local(match[1]!);
    const bytes = servedSize(root, path);
    files.push({ path, bytes });
    js += bytes;
    // A module's static imports load with it.
    for (const imported of readFileSync(join(root, path), 'utf8').matchAll(/import\s*(?:[\w{}\s,*]+from\s*)?["']([^"']+\.js)["']/g)) {
      const importedPath = join(path, '..', imported[1]!).split('\\').join('/');
      if (existsSync(join(root, importedPath)) && !files.some((file) => file.path === importedPath)) {
        const importedBytes = servedSize(root, importedPath);
        files.push({ path: importedPath, bytes: importedBytes });
        js += importedBytes;
      }
    }
  }
  // Inline scripts travel inside the HTML and are counted there; they are listed for the record.
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + match[1]!.length, 0);
  files.push({ path: '(inline scripts, raw bytes, inside the HTML)', bytes: inlineJs });
  const htmlBytes = gzipSize(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, files };
}
