import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as paths relative to it with `/`. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The addresses a page links or loads: href, src and srcset of elements, content of URL-valued meta tags. */
export function pageAddresses(html: string): string[] {
  const found: string[] = [];
  const withoutScripts = html.replace(/<script\b(?![^>]*\bsrc=)[\s\S]*?<\/script>/gi, '');
  for (const match of withoutScripts.matchAll(/<(?:a|link|script|img|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/gi)) found.push(decodeEntities(match[1]!));
  for (const match of withoutScripts.matchAll(/<meta\b[^>]*?(?:property|name)="(?:og:url|og:image|twitter:image)"[^>]*?content="([^"]*)"/gi)) found.push(decodeEntities(match[1]!));
  for (const match of withoutScripts.matchAll(/<meta\b[^>]*?http-equiv="refresh"[^>]*?content="\d+;\s*url=([^"]*)"/gi)) found.push(decodeEntities(match[1]!));
  return found;
}

export interface LinkProblem {
  page: string;
  address: string;
  problem: string;
}

/**
 * Walks a built site and returns every broken internal link or asset: a page, file or anchor (`#id`) that is not
 * there. `base` is the site's base path (`/` or `/team/catalog/`); `origin` the SITE_URL the site was built with,
 * whose absolute addresses are internal too.
 */
export function brokenLinks(root: string, base: string, origin?: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const files = listFiles(root);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(join(root, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  /** The built file an address inside the site is served from, or null. */
  const target = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    const inside = decodeURIComponent(pathname.slice(base.length));
    for (const candidate of [inside, join(inside, 'index.html'), `${inside}.html`]) {
      const path = join(root, candidate);
      if (candidate !== '' && existsSync(path) && statSync(path).isFile()) return relative(root, path).split('\\').join('/');
    }
    return null;
  };
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), `http://site.invalid${base}`);
    for (const address of pageAddresses(readFileSync(join(root, page), 'utf8'))) {
      if (/^(mailto|tel|data|javascript):/i.test(address)) continue;
      let url: URL;
      try {
        url = new URL(address, pageUrl);
      } catch {
        problems.push({ page, address, problem: 'not a valid address' });
        continue;
      }
      const internal = url.origin === pageUrl.origin || (origin !== undefined && url.origin === new URL(origin).origin);
      if (!internal) continue;
      const file = target(url.pathname);
      if (!file) {
        problems.push({ page, address, problem: url.pathname.startsWith(base) ? 'no such page or file' : `outside the base path ${base}` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) problems.push({ page, address, problem: `no element with id "${anchor}"` });
    }
  }
  for (const sheet of files.filter((file) => file.endsWith('.css') && !file.startsWith('pagefind/'))) {
    for (const match of readFileSync(join(root, sheet), 'utf8').matchAll(/url\(\s*["']?(\/[^"')]+)["']?\s*\)/g)) {
      if (!target(match[1]!)) problems.push({ page: sheet, address: match[1]!, problem: 'no such file' });
    }
  }
  return problems;
}
