import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => Boolean(path));

/** The Chromium to drive, or null (the browser tests then say so loudly and are skipped). */
export const chromiumPath: string | null = candidates.find((path) => existsSync(path)) ?? null;

if (!chromiumPath) {
  console.warn(
    '\n!!! NO CHROMIUM FOUND: the browser tests are SKIPPED. Install it with `apt-get install -y chromium`' +
      ' (as .ci/run does) or set CHROMIUM_PATH. !!!\n',
  );
}

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium found.');
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
