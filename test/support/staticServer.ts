import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port>` followed by the base path, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from a folder, as a static host does: `/x/` serves `x/index.html`, a missing file gets
 * `404.html` with status 404, and the site may live under a base path (`/team/catalog/`).
 */
export async function serveStatic(folder: string, basePath = '/'): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer((request, response) => {
    const notFound = () => {
      const page = join(folder, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    };
    // A path is read as a host reads it: `//x` is a path here, not another host, and a malformed escape is not found.
    let path: string;
    try {
      path = decodeURIComponent(new URL(`http://localhost${request.url ?? '/'}`).pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(folder, path.slice(base.length)));
    if (!file.startsWith(normalize(folder + sep)) && file !== normalize(folder)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
