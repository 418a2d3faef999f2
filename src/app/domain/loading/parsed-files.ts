import { Parsed, parseYaml } from '../yaml';
import { MetaSeed, SeededMeta, seededMeta } from './meta-seed';
import { fileText, SourceFiles } from './paths';

/**
 * The YAML of served files, parsed once per text and shared by the steps of one read that need
 * the same file: each round of fetching, the early look for the data files, the loader and the
 * roadmap targets each parsed meta.yaml (six times a start) and teams.yaml (four times; 10 ms a
 * parse at 10,000 teams). Keyed by path and checked against the text, so a file read again with
 * other content is parsed again. The values are shared: readers must not change them.
 */
export class ParsedFiles {
  private readonly known = new Map<string, { readonly text: string; readonly parsed: Parsed<unknown> }>();

  /**
   * `known`: files whose parse is known already, by path, for that very text (the build's
   * snapshot of the bundled files, see model-snapshot.ts); any other text is parsed. `metaSeed`:
   * meta.yaml's read, known for one text of it (see meta-seed.ts).
   */
  constructor(
    known: ReadonlyMap<string, { readonly text: string; readonly value: unknown }> = new Map(),
    private readonly metaSeed?: MetaSeed,
  ) {
    for (const [path, { text, value }] of known) this.known.set(path, { text, parsed: { ok: true, value } });
  }

  /** meta.yaml `entry`'s read as known for its text (see `seededMeta`); undefined when not known. */
  seededMeta(files: SourceFiles, entry: string): SeededMeta | undefined {
    return this.metaSeed && seededMeta(this.metaSeed, files, entry, this);
  }

  /** The parse of `path` in `files`; undefined when `files` does not have it. */
  of(files: SourceFiles, path: string): Parsed<unknown> | undefined {
    const text = fileText(files, path);
    if (text === undefined) return undefined;
    const known = this.known.get(path);
    if (known?.text === text) return known.parsed;
    const parsed = parseYaml(text, path);
    this.known.set(path, { text, parsed });
    return parsed;
  }
}
