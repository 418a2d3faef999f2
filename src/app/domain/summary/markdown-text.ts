/**
 * An invisible character put after `@` or `#` where GitHub would otherwise read a mention or an
 * issue reference. GitHub finds those in the rendered text, after Markdown escapes are gone, so a
 * backslash does not stop them; a zero-width space does, and the text still reads the same.
 */
const BREAK = '\u200b';

/**
 * Text from YAML files (team, activity and evidence names) as literal Markdown inside a line: the
 * characters that could emphasise, link, inject HTML or entities, start code or math (GitHub's
 * `$...$`) or end a table cell are backslash-escaped (CommonMark allows that for any ASCII
 * punctuation), and line breaks become spaces. `@name`, `#123` and `GH-123` are broken up so a
 * pull-request comment does not notify whoever a team is named after, or link other issues. The
 * callers never put such text at the start of a line, so list and heading markers (`-`, `#`, `1.`)
 * need no escaping.
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`)
      .replace(/@(?=[a-z0-9])/gi, `@${BREAK}`)
      .replace(/#(?=\d)/g, `#${BREAK}`)
      .replace(/\b(gh)-(?=\d)/gi, `$1${BREAK}-`)
  );
}

/** One row of a Markdown table. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
