/**
 * Text from YAML files (team, activity and evidence names) as literal Markdown inside a line: the
 * characters that could emphasise, link, inject HTML or entities, start code or math (GitHub's
 * `$...$`) or end a table cell are backslash-escaped (CommonMark allows that for any ASCII
 * punctuation), and line breaks become spaces. The callers never put such text at the start of a
 * line, so list and heading markers (`-`, `#`, `1.`) need no escaping.
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`)
  );
}

/** One row of a Markdown table. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
