import { DatedResult, Evidence, Model, Problem } from '../types';
import { Parsed, parseYaml } from '../yaml';
import { contentId } from '../common/content-id';
import { capitalised, fileError, fileWarning, quoted } from '../common/file-problem';
import { lineOfListItem, lineOfPath } from '../common/key-lines';
import { UnknownNames } from '../common/unknown-names';
import { describeYaml, isYamlMap } from '../common/yaml-values';
import { readEvidenceEntry } from './read-evidence-entry';
import { countOf } from '../common/count-of';

export interface EvidenceFileContext {
  /** When given, activity uuids not in the model are reported (and kept). */
  readonly model?: Model;
  /** When given, team names not in the list are reported (and kept). */
  readonly teams?: readonly string[];
}

/** Beyond this many errors the rest are summed up. */
const MAX_ERRORS = 50;

/**
 * Reads team-evidence.yaml: `evidence:` -> activity uuid -> list of entries. Dates are normalised
 * to YYYY-MM-DD (timestamps keep their day). Entries without an id get one derived from their
 * content, stable across reloads (a random id would no longer match the browser's copy of the
 * entry); entries with an id already used get a derived one too, and both are kept (warning).
 * Unknown activities and teams are kept and listed as warnings.
 *
 * Any error (an entry with no teams, a bad date or attachment, a wrong shape) makes the result
 * ok: false listing every problem, warnings included: the user fixes the file and loads it again,
 * rather than the app keeping part of it and writing the rest away on the next export.
 */
export function parseEvidenceFile(
  text: string,
  fileName: string,
  ctx: EvidenceFileContext = {},
  parsed: Parsed<unknown> = parseYaml(text, fileName),
): DatedResult<readonly Evidence[]> {
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const root = parsed.value;
  if (root === null || root === undefined) return { ok: true, value: [], warnings: [] };
  if (!isYamlMap(root)) {
    return {
      ok: false,
      problems: [
        fileError(fileName, `An evidence file is a map with the key "evidence"; found ${describeYaml(root)}.`, 1),
      ],
    };
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(root)) {
    if (key !== 'evidence')
      problems.push(
        fileError(
          fileName,
          `Unexpected top-level key ${quoted(key)}: an evidence file has only "evidence".`,
          lineOfPath(text, [key]),
        ),
      );
  }
  const body = Object.hasOwn(root, 'evidence') ? root['evidence'] : null;
  if (body !== null && body !== undefined && !isYamlMap(body)) {
    problems.push(
      fileError(
        fileName,
        `"evidence" must map activity uuids to lists of evidence; found ${describeYaml(body)}.`,
        lineOfPath(text, ['evidence']),
      ),
    );
  }
  const activities = new UnknownNames(ctx.model ? [...ctx.model.byUuid.keys()] : undefined);
  const teams = new UnknownNames(ctx.teams);
  const ids = new Set<string>();
  const evidence: Evidence[] = [];
  let latestDate: string | undefined;
  for (const [uuid, list] of Object.entries(isYamlMap(body) ? body : {})) {
    const name = ctx.model?.byUuid.get(uuid)?.name;
    const activityLabel = name === undefined ? `activity ${uuid}` : `activity ${quoted(name)}`;
    const uuidLine = lineOfPath(text, ['evidence', uuid]);
    activities.see(uuid, ['evidence', uuid]);
    const items = list ?? [];
    if (!Array.isArray(items)) {
      problems.push(
        fileError(
          fileName,
          `Under ${activityLabel}, expected a list of evidence; found ${describeYaml(items)}.`,
          uuidLine,
        ),
      );
      continue;
    }
    items.forEach((item: unknown, index) => {
      const line = uuidLine === undefined ? undefined : (lineOfListItem(text, uuidLine, index) ?? uuidLine);
      const label = `evidence ${index + 1} of ${activityLabel}`;
      if (!isYamlMap(item)) {
        problems.push(fileError(fileName, `${capitalised(label)} must be a map; found ${describeYaml(item)}.`, line));
        return;
      }
      const read = readEvidenceEntry(item, uuid, { file: fileName, text, line, label });
      problems.push(...read.problems);
      if (!read.evidence) return;
      const { id: given, ...fields } = read.evidence;
      for (const team of fields.teams) teams.see(team, line);
      const id = given !== undefined && !ids.has(given) ? given : uniqueId(fields, given, ids);
      if (given !== undefined && id !== given) {
        problems.push(
          fileWarning(
            fileName,
            `${capitalised(label)} repeats the id ${given}; it was given the id ${id} and both are kept.`,
            line,
          ),
        );
      }
      ids.add(id);
      evidence.push({ id, ...fields });
      for (const date of [fields.evidenceRecorded, fields.reviewed]) {
        if (date !== undefined && (latestDate === undefined || date > latestDate)) latestDate = date;
      }
    });
  }
  const warnings = [
    ...activities.problems(fileName, text, (uuid) => `Activity ${uuid} is not in the model; its evidence is kept.`),
    ...teams.problems(
      fileName,
      text,
      (team, n) =>
        `Team ${quoted(team)} is not a known team; its evidence (${countOf(n, 'entry', 'entries')}) is kept.`,
    ),
  ];
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const shown =
      errors.length > MAX_ERRORS
        ? [
            ...errors.slice(0, MAX_ERRORS),
            fileError(fileName, `${countOf(errors.length - MAX_ERRORS, 'more problem')} follow; fix these first.`),
          ]
        : errors;
    return { ok: false, problems: [...shown, ...problems.filter((p) => p.severity === 'warning'), ...warnings] };
  }
  return {
    ok: true,
    value: evidence,
    warnings: [...problems, ...warnings],
    ...(latestDate !== undefined && { latestDate }),
  };
}

/** An id derived from the entry (and the id it repeats), unique in the file. */
function uniqueId(fields: Omit<Evidence, 'id'>, given: string | undefined, taken: ReadonlySet<string>): string {
  const parts = [
    given ?? '',
    fields.activityUuid,
    fields.title,
    fields.description,
    fields.evidenceRecorded,
    fields.reviewer,
    ...fields.teams,
  ];
  // Identical id-less entries differ only by how many came before them: never the same id.
  for (let n = 0; ; n++) {
    const id = contentId([...parts, String(n)]);
    if (!taken.has(id)) return id;
  }
}
