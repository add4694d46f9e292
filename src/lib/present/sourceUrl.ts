/**
 * Links from an agent to its file in the team's repository (SOURCE_URL): the address of the agents folder there,
 * such as `https://github.com/acme/agents/blob/main/.claude/agents/`, and each file's path under it.
 */

/**
 * The SOURCE_URL setting as a folder address ending with `/`, or null when it is unset or blank. Anything but an
 * http(s) address is refused, naming the setting and an example.
 */
export function sourceBase(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  const url = URL.parse(trimmed);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(
      `SOURCE_URL must be the http(s) address of the agents folder in its repository, without ? or #, such as https://github.com/acme/agents/blob/main/.claude/agents/ (it is ${JSON.stringify(trimmed)}).`,
    );
  }
  return url.href.replace(/\/?$/, '/');
}

/** The address of an agent file (its path in the agents folder, with `/`) under the folder's address: each part encoded. */
export function sourceFileUrl(base: string, path: string): string {
  return base + path.split('/').map(encodeURIComponent).join('/');
}
