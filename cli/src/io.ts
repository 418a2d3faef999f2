/** Where a command reads and writes: the real process, or a test's buffers. */
export interface Io {
  /** Folder relative paths on the command line are read against. */
  readonly cwd: string;
  /** The DSOMM Studio checkout the command runs from (holds node_modules). */
  readonly packageRoot: string;
  out(text: string): void;
  err(text: string): void;
  /** Today as YYYY-MM-DD in the local time zone (the heatmap caption's default date). */
  today(): string;
}
