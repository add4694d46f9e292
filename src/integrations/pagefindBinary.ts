import { createRequire } from 'node:module';

/**
 * The binary of the `pagefind` package, found as that package finds it: a path in `PAGEFIND_EXTENDED_BINARY_PATH`
 * or `PAGEFIND_BINARY_PATH`, else the extended binary, else the plain one, of this platform's `@pagefind` package.
 */
export function pagefindBinary(): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const path = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (path) return path;
  }
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const tried: string[] = [];
  for (const name of names) {
    const id = `@pagefind/${platform}-${process.arch}/bin/${name}${platform === 'windows' ? '.exe' : ''}`;
    try {
      return require.resolve(id);
    } catch {
      tried.push(id);
    }
  }
  throw new Error(`Pagefind's binary for ${platform}-${process.arch} is not installed (looked for ${tried.join(' and ')}): run npm install, which installs it with the pagefind package.`);
}
