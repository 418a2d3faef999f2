import { Problem } from '../types';
import { fileWarning } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';

type Where = readonly string[] | number | undefined;

/**
 * Collects names a file uses that the app does not know, once each with where it first appears
 * and how often: one warning per unknown team rather than one per activity it is mentioned on.
 */
export class UnknownNames {
  private readonly known?: ReadonlySet<string>;
  private readonly seen = new Map<string, { where: Where; count: number }>();

  /** `known` undefined means nothing to check against: every name is accepted. */
  constructor(known: Iterable<string> | undefined) {
    this.known = known === undefined ? undefined : new Set(known);
  }

  /**
   * Notes a use of `name`; `where` is a key path (resolved to a line only if reported) or a line,
   * or a function giving it: files name known teams and stages hundreds of thousands of times, and
   * the path is only needed for the first use of an unknown one.
   */
  see(name: string, where: Where | (() => Where)): void {
    if (this.known === undefined || this.known.has(name)) return;
    const entry = this.seen.get(name);
    if (entry) entry.count++;
    else this.seen.set(name, { where: typeof where === 'function' ? where() : where, count: 1 });
  }

  problems(file: string, text: string, message: (name: string, count: number) => string): Problem[] {
    return [...this.seen].map(([name, { where, count }]) =>
      fileWarning(file, message(name, count), lineOf(text, where)),
    );
  }

  /** The line where each unknown name first appears, where it can be found. */
  lines(text: string): Map<string, number> {
    const lines = new Map<string, number>();
    for (const [name, { where }] of this.seen) {
      const line = lineOf(text, where);
      if (line !== undefined) lines.set(name, line);
    }
    return lines;
  }
}

function lineOf(text: string, where: Where): number | undefined {
  return typeof where === 'number' || where === undefined ? where : lineOfPath(text, where);
}
