/**
 * Turns an agent name into its page address: lowercase `a-z`, `0-9` and single hyphens only, so no name can
 * reach outside the output folder (`../`, `/`, `\` and dots are all removed). Accents are folded (`é` → `e`).
 * Returns '' when nothing usable is left.
 *
 * @example slugify('Python DevOps/CI-CD Expert') === 'python-devops-ci-cd-expert'
 * @example slugify('../../etc/passwd') === 'etc-passwd'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * An address for a name with nothing `slugify` keeps (`データ分析`): `prefix-` and eight hexadecimal digits of the
 * name's FNV-1a hash, so that the same name always gets the same address.
 *
 * @example digestSlug('agent', 'データ分析') // 'agent-' followed by 8 hexadecimal digits
 */
export function digestSlug(prefix: string, name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return `${prefix}-${hash.toString(16).padStart(8, '0')}`;
}

/** Whether a name is already its own slug (lowercase letters, digits and single hyphens). */
export function isKebabCase(name: string): boolean {
  return name === slugify(name);
}
