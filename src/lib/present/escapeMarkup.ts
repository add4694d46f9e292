/** Text made safe inside HTML or XML, in an element or a quoted attribute: `& < > " '` as entities. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
