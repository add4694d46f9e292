/** Text made safe inside HTML or XML, in an element or a quoted attribute: `& < > " '` as entities. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/**
 * Text made safe as the content of an HTML element (never an attribute): only `&` and `<` as entities, as Prism
 * escapes code. Code is full of quotes and `>`, which escaped would add bytes to every page for nothing.
 */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
