import { Problem, Result } from '../types';
import { parseYaml } from '../yaml';
import { fileError, quoted } from '../common/file-problem';
import { describeYaml, isYamlMap } from '../common/yaml-values';

/** The files the data centre reads; `backup` is DSOMM Studio's own (see backup-file.ts). */
export type FileKind = 'progress' | 'evidence' | 'teams' | 'backup';

/** The key that marks the header part of a backup file. */
export const BACKUP_KEY = 'dsommStudioBackup';

const KIND_OF_KEY: Readonly<Record<string, FileKind>> = {
  [BACKUP_KEY]: 'backup',
  progress: 'progress',
  evidence: 'evidence',
  teams: 'teams',
  teamGroups: 'teams',
};

const KIND_ORDER: readonly FileKind[] = ['backup', 'progress', 'evidence', 'teams'];

/** A YAML document separator at the start of a line (`---`, optionally followed by a comment). */
export const DOCUMENT_START = /^---(?:[ \t].*)?$/;

/** A top-level key written at the start of a line: plain, 'single' or "double" quoted. */
const TOP_KEY =
  /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]|$)/;

export interface TopKey {
  readonly key: string;
  /** 1-based. */
  readonly line: number;
}

/**
 * The top-level keys of the first document of `text`, read line by line without parsing the YAML
 * (a 15 MB file is parsed once, by the reader of its kind, not twice). Keys in flow style
 * (`{progress: ...}`) are not seen; `fileKind` then falls back to parsing.
 */
export function topLevelKeys(text: string): TopKey[] {
  const keys: TopKey[] = [];
  let start = 0;
  let line = 0;
  let content = false;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    // An indented line is neither a key nor a separator, and once the document has content it
    // says nothing more: the nested lines of a 15 MB file are passed over without being cut out.
    const first = text.charCodeAt(start);
    if (content && (first === 32 || first === 9)) {
      line++;
      start = end < 0 ? text.length + 1 : end + 1;
      continue;
    }
    const raw = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    line++;
    start = end < 0 ? text.length + 1 : end + 1;
    if (DOCUMENT_START.test(raw)) {
      if (content) break;
      continue;
    }
    if (raw.trim() !== '' && !raw.trimStart().startsWith('#')) content = true;
    const match = TOP_KEY.exec(raw);
    if (match) {
      const key =
        match[1] !== undefined
          ? match[1].replace(/''/g, "'")
          : match[2] !== undefined
            ? unescapeDouble(match[2])
            : match[3].trimEnd();
      keys.push({ key, line });
    }
  }
  return keys;
}

function unescapeDouble(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

/** The kind a document with these top-level keys is, if any (a backup header wins over the rest). */
export function kindOfKeys(keys: readonly string[]): FileKind | undefined {
  const kinds = new Set(keys.flatMap((key) => (Object.hasOwn(KIND_OF_KEY, key) ? [KIND_OF_KEY[key]] : [])));
  return KIND_ORDER.find((kind) => kinds.has(kind));
}

const WHAT_IS_READ =
  'The app imports team-progress.yaml (it starts with "progress:"), team-evidence.yaml ("evidence:"), ' +
  `teams.yaml ("teams:" and "teamGroups:") and its own backup files ("${BACKUP_KEY}:"). ` +
  'To add activities to the model, add the file under "Custom activity files" instead.';

/**
 * Which kind of file `text` is, from its top-level keys. A file whose keys say nothing (wrong key,
 * a list, a syntax error before any key) is an error naming the line and what was found.
 */
export function fileKind(text: string, fileName: string): Result<FileKind> {
  const keys = topLevelKeys(text);
  const kind = kindOfKeys(keys.map((k) => k.key));
  if (kind) return { ok: true, value: kind, warnings: [] };
  if (keys.length > 0) return { ok: false, problems: [wrongKey(fileName, keys[0])] };
  // Nothing recognisable line by line: parse, to report a syntax error or what the file holds.
  const parsed = parseYaml(text, fileName);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const root = parsed.value;
  if (isYamlMap(root)) {
    const found = kindOfKeys(Object.keys(root));
    if (found) return { ok: true, value: found, warnings: [] };
    const first = Object.keys(root)[0];
    if (first !== undefined) return { ok: false, problems: [wrongKey(fileName, { key: first, line: 1 })] };
  }
  const problem: Problem = fileError(
    fileName,
    `The file holds ${root === null || root === undefined ? 'no data' : describeYaml(root)}, not a DSOMM file. ${WHAT_IS_READ}`,
    1,
  );
  return { ok: false, problems: [problem] };
}

function wrongKey(fileName: string, { key, line }: TopKey): Problem {
  return fileError(
    fileName,
    `The top-level key ${quoted(key)} is not one of a file the app imports. ${WHAT_IS_READ}`,
    line,
  );
}
