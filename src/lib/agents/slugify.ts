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

/** Whether a name is already its own slug (lowercase letters, digits and single hyphens). */
export function isKebabCase(name: string): boolean {
  return name === slugify(name);
}
