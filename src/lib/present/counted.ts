/** One formatter for every count: `toLocaleString` makes a new one each call, and pages write thousands of counts. */
const numbers = new Intl.NumberFormat('en');

/** A whole number as the site writes it: `1,234`. */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/**
 * A count with its noun, in the plural unless it is one.
 *
 * @example counted(1, 'agent') // '1 agent'
 * @example counted(1234, 'category', 'categories') // '1,234 categories'
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}
